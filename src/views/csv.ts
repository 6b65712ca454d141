/**
 * CSV files for Swedish Excel: UTF-8 with a byte order mark (so Excel reads å, ä and ö), `;` between
 * cells (Excel's separator where the decimal sign is a comma), CRLF after every row, and RFC 4180
 * quoting otherwise (csv-stringify): a cell holding `;`, `"`, or a line break of any kind (a lone
 * "\n" or "\r" too) is quoted. Amounts are plain integers, dates ISO text at the precision of
 * the source, yes/no as "ja"/"nej". Every column says what it holds, for the /data/ page.
 */
import { stringify } from 'csv-stringify/sync';

export type CsvValue = string | number | boolean | undefined;

export interface CsvColumn<Row> {
	/** The header, which says what the column counts and in what unit: "Beviljat belopp (kr)". */
	header: string;
	/** One sentence for the /data/ page. */
	description: string;
	value: (row: Row) => CsvValue;
}

/**
 * Text Excel would take for a formula ("=…", "+…", "-…", "@…") gets an apostrophe first, the
 * OWASP advice against formula injection; the JSON files keep the text as it is.
 */
export function guardFormula(text: string): string {
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const cast = {
	boolean: (value: boolean) => (value ? 'ja' : 'nej'),
	number: (value: number) => String(value),
	string: guardFormula,
};

/**
 * With a record delimiter set, csv-stringify quotes only cells that hold that delimiter ("\r\n")
 * unless told otherwise: a lone "\n" would split the row in every reader. Quoted, a line break
 * stays inside its cell, and Excel starts the cell at the quote, so text after the break is never
 * read as a formula: the guard needs to look only at the start.
 */
const options = { delimiter: ';', record_delimiter: 'windows', quote_record_delimiter: true, cast } as const;

/** Each row as one CSV line (CRLF included), without BOM or header: for a file the search page puts together from the rows of its hits. */
export function csvLines<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string[] {
	return rows.map((row) => stringify([columns.map((c) => c.value(row))], options));
}

/** The header line alone (CRLF included), without BOM. */
export function csvHeader(columns: readonly Pick<CsvColumn<never>, 'header'>[]): string {
	return stringify([columns.map((c) => c.header)], options);
}

/** The byte order mark that starts every CSV file. */
export const BOM = '\uFEFF';

export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
	return stringify([columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => c.value(row)))], { ...options, bom: true });
}

/** Values of a list in one cell: "Umeå; Skellefteå". */
export const joined = (values: readonly (string | number)[]): string | undefined => (values.length ? values.join('; ') : undefined);
