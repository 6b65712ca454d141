import { parse } from 'csv-parse/sync';
import { expect, it } from 'vitest';
import { csvHeader, csvLines, guardFormula, joined, toCsv, type CsvColumn } from '../../../src/views/csv.ts';

interface Row {
	name: string;
	amount: number | undefined;
	inKind: boolean;
}

const columns: CsvColumn<Row>[] = [
	{ header: 'Namn', description: '', value: (r) => r.name },
	{ header: 'Belopp (kr)', description: '', value: (r) => r.amount },
	{ header: 'Bidrag i annat än pengar', description: '', value: (r) => r.inKind },
];
const tricky = 'Projekt; "Ö-test"\nrad två';
const rows: Row[] = [
	{ name: tricky, amount: 1_347_090, inKind: false },
	{ name: 'Umeå', amount: undefined, inKind: true },
];

it('writes for Swedish Excel: BOM, semicolons, CRLF after every row, integer amounts, ja/nej', () => {
	const csv = toCsv(columns, rows);
	expect(csv.startsWith('\uFEFFNamn;Belopp (kr);Bidrag i annat än pengar\r\n')).toBe(true);
	expect(csv.endsWith('\r\n')).toBe(true);
	expect(csv).toContain(';1347090;nej\r\n');
	expect(csv).toContain('Umeå;;ja\r\n');
});

it('keeps a cell with a semicolon, a quote and a newline whole (RFC 4180)', () => {
	const csv = toCsv(columns, rows);
	expect(csv).toContain('"Projekt; ""Ö-test""\nrad två"');
	const parsed = parse(csv, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
	expect(parsed).toHaveLength(2);
	expect(parsed[0]).toEqual({ Namn: tricky, 'Belopp (kr)': '1347090', 'Bidrag i annat än pengar': 'nej' });
});

it('puts an apostrophe before text Excel would read as a formula, and only there', () => {
	expect(guardFormula('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
	expect(guardFormula('- punkt')).toBe("'- punkt");
	expect(guardFormula('@a')).toBe("'@a");
	expect(guardFormula('Umeå - Skellefteå')).toBe('Umeå - Skellefteå');
	expect(toCsv(columns, [{ name: '+46', amount: 5, inKind: false }])).toContain("'+46;5;nej");
});

it('writes lines to put together: the header and each row alone, without BOM', () => {
	expect(csvHeader(columns)).toBe('Namn;Belopp (kr);Bidrag i annat än pengar\r\n');
	expect(csvLines(columns, rows)).toEqual(['"Projekt; ""Ö-test""\nrad två";1347090;nej\r\n', 'Umeå;;ja\r\n']);
	expect(`\uFEFF${csvHeader(columns)}${csvLines(columns, rows).join('')}`).toBe(toCsv(columns, rows));
});

it('joins a list in one cell, and leaves an empty list empty', () => {
	expect(joined(['Umeå', 'Skellefteå'])).toBe('Umeå; Skellefteå');
	expect(joined([])).toBeUndefined();
});
