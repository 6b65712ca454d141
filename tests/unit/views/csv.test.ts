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

it('quotes every cell holding a line break, a lone LF or CR too, so a row never splits', () => {
	const breaks: Row[] = [
		{ name: 'Beviljas 2020-03-24\nÄndringsbeslut 2023-05-10', amount: 1, inKind: false },
		{ name: 'rad ett\rrad två', amount: 2, inKind: false },
		{ name: 'rad ett\r\nrad två', amount: 3, inKind: false },
	];
	for (const csv of [toCsv(columns, breaks), `\uFEFF${csvHeader(columns)}${csvLines(columns, breaks).join('')}`]) {
		expect(csv).toContain('"Beviljas 2020-03-24\nÄndringsbeslut 2023-05-10";1;nej\r\n');
		expect(csv).toContain('"rad ett\rrad två";2;nej\r\n');
		const parsed = parse(csv, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
		expect(parsed.map((r) => r.Namn)).toEqual(breaks.map((r) => r.name));
	}
});

it('keeps text after a line break inside its quoted cell, where no spreadsheet reads it as a formula', () => {
	const csv = toCsv(columns, [{ name: 'Solceller\n=1+1', amount: 1, inKind: false }]);
	expect(csv).toContain('"Solceller\n=1+1";1;nej\r\n');
	// Every physical line that does not continue a quoted cell starts a record; none starts with "=".
	const parsed = parse(csv, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
	expect(parsed).toEqual([{ Namn: 'Solceller\n=1+1', 'Belopp (kr)': '1', 'Bidrag i annat än pengar': 'nej' }]);
	// A cell starting with a break and then "=" is quoted too, and does not start with a formula sign.
	expect(toCsv(columns, [{ name: '\n=1+1', amount: 1, inKind: false }])).toContain('"\n=1+1";1;nej');
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
