import { describe, expect, it } from 'vitest';
import { createBank } from '../../../src/views/bank.ts';
import { listFileName, membersOf, type ListFile, type Row } from '../../../src/client/sorted-lists.ts';
import { listFile, ROWS_PER_CHUNK, sortedListFiles, sortedListsInfo, sortedRowFiles } from '../../../src/views/sorted-lists.ts';
import { granted, project, testConfig } from '../../helpers/fixtures.ts';

/** Five projects: three granted amounts, one rejected application (no granted amount), one granted without an amount stated twice over. */
const projects = [
	granted('10000001', 'Bredband', 500_000, '2021-05-01', ['Umeå']),
	granted('10000002', 'Cykelvägar', 2_000_000, '2022-01-10', ['Kalix']),
	granted('10000003', 'Algodling', 1_000_000, undefined, ['Umeå', 'Kalix']),
	project((e) => Object.assign(e, { id: '10000004', title: 'Avslaget' })),
	granted('10000005', 'Dammar', 2_000_000, '2020-03-01', ['Umeå']),
];
const bank = createBank(projects, testConfig);

const rowsOf = (files: Record<string, string>) =>
	Object.keys(files)
		.sort((a, b) => Number(/(\d+)\.json$/.exec(a)![1]) - Number(/(\d+)\.json$/.exec(b)![1]))
		.flatMap((path) => JSON.parse(files[path]!) as Row[]);
const titles = (rows: Row[]) => rows.map((r) => r[1]);

describe('sorted lists', () => {
	it('write the bank largest first, ties by title, projects without the value last', () => {
		const rows = rowsOf(sortedRowFiles(bank, 'granted'));
		expect(titles(rows)).toEqual(['Cykelvägar', 'Dammar', 'Algodling', 'Bredband', 'Avslaget']);
		expect(rows[0]).toEqual([
			'/projekt/10000002/',
			'Cykelvägar',
			'Beviljat',
			'granted',
			'Beviljat belopp: 2\u00a0000\u00a0000\u00a0kr',
			expect.any(String),
			'Kommuner: Kalix',
			'Beslut om stöd 10 januari 2022',
		]);
		const info = sortedListsInfo(bank);
		expect(info.keys.granted).toEqual({ slug: 'belopp', present: 4 });
		// Undated decisions lack the value too: two without.
		expect(info.keys.date).toEqual({ slug: 'beslut', present: 3 });
		expect(titles(rowsOf(sortedRowFiles(bank, 'date')))).toEqual(['Cykelvägar', 'Bredband', 'Dammar', 'Algodling', 'Avslaget']);
		expect(info.total).toBe(5);
		expect(info.rows.replace('{k}', 'belopp').replace('{n}', '0')).toBe('/sok/ordning/belopp/rader/0.json');
	});

	it('cut the order into files of 50 cards', () => {
		const many = createBank(
			Array.from({ length: 120 }, (_, i) => granted(String(20000000 + i), `P${i}`, 1000 + i, '2024-01-01')),
			testConfig,
		);
		const files = sortedRowFiles(many, 'granted');
		expect(Object.keys(files)).toEqual([
			'/sok/ordning/belopp/rader/0.json',
			'/sok/ordning/belopp/rader/1.json',
			'/sok/ordning/belopp/rader/2.json',
		]);
		expect(Object.values(files).map((f) => JSON.parse(f).length)).toEqual([ROWS_PER_CHUNK, ROWS_PER_CHUNK, 20]);
		expect(titles(rowsOf(files)).slice(0, 2)).toEqual(['P119', 'P118']);
	});

	it('say where each filter value’s projects lie in each order', () => {
		const files = sortedListFiles(bank, 'granted');
		const umea = JSON.parse(files[`/sok/ordning/belopp/kommun/${listFileName('Umeå')}.json`]!) as ListFile;
		// Dammar, Algodling, Bredband: positions 1, 2, 3; the rejected application (Umeå and Kalix) at 4.
		expect(umea.n).toBe(4);
		expect([...membersOf(umea, 5)]).toEqual([0b11110]);
		const kalix = JSON.parse(files[`/sok/ordning/belopp/kommun/${listFileName('Kalix')}.json`]!) as ListFile;
		expect([...membersOf(kalix, 5)]).toEqual([0b10101]);
		expect(Object.keys(files).some((p) => p.startsWith('/sok/ordning/belopp/status/'))).toBe(true);
	});

	it('write positions as deltas or, when shorter, as a bitset', () => {
		const dense = Array.from({ length: 900 }, (_, i) => i * 2);
		const file = listFile(dense, 2000);
		expect('b' in file).toBe(true);
		expect([...membersOf(file, 2000)].slice(0, 2)).toEqual([0b01010101, 0b01010101]);
		expect(listFile([3, 700], 2000)).toEqual({ n: 2, d: [3, 697] });
	});
});
