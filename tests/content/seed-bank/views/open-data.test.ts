import { expect, it, vi } from 'vitest';
import {
	financingColumns,
	financingCsv,
	financingRows,
	openDataRecord,
	openDataRecords,
	projectColumns,
	projectsCsv,
	projectsFile,
	projectsJson,
} from '../../../../src/views/open-data.ts';
import { siteConfig } from '../../../../src/site.config.ts';
import { loadBank } from '../../../../src/views/collection.ts';
import { granted, project } from '../../../helpers/fixtures.ts';
import { shippedProject } from '../../../helpers/shipped.ts';

vi.mock('astro:content', async () => (await import('../../../helpers/astro-content.ts')).shippedContent());

it('publishes every validated field with integer amounts, derived places and the page URL', () => {
	const record = openDataRecord(project(), 'https://test.example.se');
	expect(record).toMatchObject({
		key: '20378916',
		url: 'https://test.example.se/projekt/20378916/',
		appliedAmount: 2_219_230,
		totalBudget: 9_397_435,
		municipalities: [
			{ name: 'Kalix', code: '2514' },
			{ name: 'Umeå', code: '2480' },
		],
		counties: [
			{ name: 'Västerbottens län', code: '24', countyLevel: false },
			{ name: 'Norrbottens län', code: '25', countyLevel: false },
		],
		summary: 'Sammanfattning från källan.',
	});
	expect(record.financing.every((row) => Number.isInteger(row.amount) && row.correctedAmount === row.amount)).toBe(true);
});

it('carries the published and the corrected amount of every financing row, so that summing rows gives the total (§ 40)', () => {
	const record = openDataRecord(shippedProject('20204763'), 'https://test.example.se');
	expect(record.financing[5]).toEqual({ financier: 'Skellefteå Science City', amount: 666_030, correctedAmount: 66_603, inKind: false });
	expect(record.financing.reduce((s, r) => s + r.correctedAmount, 0)).toBe(record.totalBudget);
	expect(record.counties).toEqual([
		{ name: 'Västerbottens län', code: '24', countyLevel: true },
		{ name: 'Norrbottens län', code: '25', countyLevel: true },
	]);
	expect(record.municipalities).toEqual([]);
});

it('publishes what was paid out and the work’s status as the source states them, and a derived status only where it does not, named so', () => {
	const paid = granted('10000001', 'A', 1_000_000);
	Object.assign(paid.data, { paidAmount: 850_000, paidDate: '2024-03', period: { start: '2023-05-01', end: '2026-08-31' } });
	const derived = openDataRecord(paid, 'https://test.example.se', '2026-12-05');
	expect(derived).toMatchObject({ grantedAmount: 1_000_000, paidAmount: 850_000, paidDate: '2024-03', derivedWorkStatus: 'closed' });
	expect(derived.workStatus).toBeUndefined();
	expect(openDataRecord(paid, 'https://test.example.se', '2026-08-31').derivedWorkStatus).toBe('ongoing');
	Object.assign(paid.data, { workStatus: 'terminated', workStatusDate: '2025-02-14' });
	const stated = openDataRecord(paid, 'https://test.example.se', '2026-12-05');
	expect(stated).toMatchObject({ workStatus: 'terminated', workStatusDate: '2025-02-14' });
	expect('derivedWorkStatus' in stated).toBe(false);
	const column = (header: string) => projectColumns.find((c) => c.header === header)!;
	expect(
		[
			column('Utbetalt (kr)'),
			column('Utbetalt per'),
			column('Arbetets status'),
			column('Arbetets status enligt källan'),
			column('Arbetets status per'),
		].map((c) => c.value(stated)),
	).toEqual([850_000, '2024-03', 'Avbrutet', 'terminated', '2025-02-14']);
	expect([column('Arbetets status'), column('Härledd arbetsstatus')].map((c) => c.value(derived))).toEqual([
		'Avslutat enligt projektperioden',
		'closed',
	]);
	expect(column('Arbetets status').value(openDataRecord(project(), 'https://test.example.se'))).toBeUndefined(); // a rejection: nothing to say
});

it('writes the whole file: date, licence and every project by title', async () => {
	const file = projectsFile(await loadBank(), new Date('2026-11-23T12:00:00Z'));
	expect(file.generated).toBe('2026-11-23T12:00:00.000Z');
	expect(file.licence).toEqual(siteConfig.dataLicence);
	expect(file.projects).toHaveLength(29);
	const titles = file.projects.map((p) => p.title);
	expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'sv', { sensitivity: 'base', numeric: true })));
});

// The CSV files are a published contract: their columns, what the /data/ page says of each, and what
// each holds for a real project (§ 40, with its correction) are pinned.
it('fills every column of projekt.csv and finansiering.csv as documented', async () => {
	const bank = await loadBank();
	const record = openDataRecords(bank).find((r) => r.key === '20204763')!;
	expect(projectColumns.map((c) => [c.header, c.description, c.value(record)])).toMatchSnapshot();
	const rows = financingRows(bank).filter((r) => r.record.key === '20204763');
	expect(rows.map((r) => r.row)).toEqual(record.financing.map((_, i) => i + 1));
	expect(financingColumns.map((c) => [c.header, c.description, ...rows.map((r) => c.value(r))])).toMatchSnapshot();
	expect((await projectsCsv()).split('\r\n')[0]).toBe(`\uFEFF${projectColumns.map((c) => c.header).join(';')}`);
	expect((await financingCsv()).split('\r\n').filter(Boolean)).toHaveLength(financingRows(bank).length + 1);
	expect(JSON.parse(await projectsJson(new Date('2026-11-23T12:00:00Z')))).toEqual(
		JSON.parse(JSON.stringify(projectsFile(bank, new Date('2026-11-23T12:00:00Z')))),
	);
});
