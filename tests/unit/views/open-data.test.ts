import { parse } from 'csv-parse/sync';
import { expect, it, vi } from 'vitest';
import { openDataRecord, projectsCsv } from '../../../src/views/open-data.ts';
import { bankProject } from '../../helpers/bank.ts';

vi.mock('../../../src/views/collection.ts', async () => (await import('../../helpers/bank.ts')).mockedCollection());

it('publishes a county-wide project under its county, counted at county level, and no municipality', () => {
	const record = openDataRecord(bankProject('10000006'), 'https://test.example.se');
	expect(record).toMatchObject({
		key: '10000006',
		url: 'https://test.example.se/projekt/10000006/',
		grantedAmount: 800_000,
		totalBudget: 1_000_000,
		municipalities: [],
		counties: [{ name: 'Norrbottens län', code: '25', countyLevel: true }],
	});
	expect(record.financing.reduce((s, r) => s + r.correctedAmount, 0)).toBe(record.totalBudget);
});

it('publishes a euro grant in euro and no kronor figure, and a missing figure as absent, not 0', () => {
	const euro = openDataRecord(bankProject('10000004'), 'https://test.example.se');
	expect(euro.grantedAmountEur).toBe(250_000);
	expect(euro.grantedAmount).toBeUndefined();
	const missing = openDataRecord(bankProject('10000005'), 'https://test.example.se');
	expect(missing.grantedAmount).toBeUndefined();
	expect(missing.totalBudget).toBeUndefined();
});

it('writes /data/projekt.csv with a row per project of the bank, empty cells where the source states nothing', async () => {
	const rows = parse(await projectsCsv(), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
	expect(rows.map((r) => Object.values(r)[0]).sort()).toEqual([
		'10000001',
		'10000002',
		'10000003',
		'10000004',
		'10000005',
		'10000006',
		'10000007',
	]);
	const column = (header: string) => Object.fromEntries(rows.map((r) => [Object.values(r)[0], r[header]]));
	const none = { '10000002': '', '10000003': '', '10000005': '' };
	expect(column('Beviljat belopp (kr)')).toEqual({
		...none,
		'10000001': '1000000',
		'10000004': '',
		'10000006': '800000',
		'10000007': '400000',
	});
	expect(column('Beviljat belopp (euro)')).toEqual({ ...none, '10000001': '', '10000004': '250000', '10000006': '', '10000007': '' });
	// Listed by title, in Swedish order.
	expect(rows.map((r) => Object.values(r)[0])).toEqual([
		'10000004',
		'10000002',
		'10000005',
		'10000006',
		'10000007',
		'10000003',
		'10000001',
	]);
});
