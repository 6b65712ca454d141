import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsvTable } from '../../../src/entries/csv.ts';
import { readJsonTable, readXlsxTable } from '../../../src/entries/records.ts';

const FIXTURES = 'tests/fixtures/projektbanken';

describe('reading JSON exports', () => {
	it('reads an array of records, numbering each by the line it starts on; numbers as digits, lists one value a line', () => {
		const text =
			'[\n  { "id": "1", "belopp": 1200000, "kommuner": ["Umeå", "Kalix"] },\n\n  { "id": "2", "belopp": null, "extra": true }\n]';
		expect(readJsonTable(text)).toEqual({
			table: {
				header: ['id', 'belopp', 'kommuner', 'extra'],
				rows: [
					{ row: 2, values: ['1', '1200000', 'Umeå\nKalix'] },
					{ row: 4, values: ['2', '', '', 'true'] },
				],
			},
			problems: [],
		});
	});

	it('reads an object holding one list of records, and refuses what is no list of records', () => {
		expect(readJsonTable('{ "projekt": [\n{ "id": "1" }\n] }').table.rows).toEqual([{ row: 2, values: ['1'] }]);
		expect(readJsonTable('{ "a": 1 }').problems[0]!.message).toContain('väntade en lista med poster');
		expect(readJsonTable('[1]').problems[0]!.message).toBe('post 1 är inget objekt med kolumner och värden, utan "1".');
		expect(readJsonTable('[{').problems[0]!.message).toMatch(/^filen går inte att läsa som JSON/);
	});
});

describe('reading XLSX exports', () => {
	it('reads the first sheet as the CSV export of the same records reads: dates as ÅÅÅÅ-MM-DD, amounts as digits', async () => {
		const xlsx = await readXlsxTable(readFileSync(`${FIXTURES}/projektbanken.xlsx`));
		const csv = readCsvTable(readFileSync(`${FIXTURES}/projektbanken.csv`, 'utf8'));
		expect(xlsx.problems).toEqual([]);
		expect(xlsx.table).toEqual(csv.table);
		expect(xlsx.table.rows[0]!.values.slice(0, 8)).toEqual([
			'20201001',
			'Exempel Energi AB',
			'4500000',
			'450000',
			'Solel i inlandet',
			expect.any(String),
			'2016-09-01',
			'2019-08-31',
		]);
	});

	it('says when a file is no workbook', async () => {
		expect((await readXlsxTable(new TextEncoder().encode('ärende-id;namn\n'))).problems).toEqual([
			{
				row: 1,
				message:
					'filen går inte att läsa som XLSX (en arbetsbok från Excel 2007 eller senare). Spara kalkylarket som .xlsx eller som CSV och försök igen.',
			},
		]);
	});
});
