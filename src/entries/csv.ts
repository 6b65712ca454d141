/**
 * Reading a spreadsheet export saved as CSV. Cells may be separated by ";" or ",", quoted (holding
 * ";", "" and line breaks), with or without a byte-order mark. Rows are numbered as the spreadsheet
 * shows them: the header is row 1. Which column feeds which field is the mapping's (mapping.ts);
 * headers are matched case- and accent-insensitively.
 */
import { parse } from 'csv-parse/sync';
import type { SpreadsheetProblem, Table } from './mapping.ts';

export type { SpreadsheetProblem } from './mapping.ts';

/** ";" or ",": whichever separates more cells in the header row (quotes aside). */
export function detectDelimiter(text: string): ';' | ',' {
	let quoted = false;
	let semicolons = 0;
	let commas = 0;
	for (const ch of text.replace(/^\uFEFF/, '')) {
		if (ch === '"') quoted = !quoted;
		else if (!quoted && (ch === '\n' || ch === '\r')) break;
		else if (!quoted && ch === ';') semicolons++;
		else if (!quoted && ch === ',') commas++;
	}
	return semicolons >= commas && semicolons > 0 ? ';' : ',';
}

/** The line a quote that is never closed opens on. */
function unclosedQuoteLine(text: string): number {
	let quoted = false;
	let line = 1;
	let opened = 1;
	for (const ch of text) {
		if (ch === '"') {
			quoted = !quoted;
			if (quoted) opened = line;
		} else if (ch === '\n') line++;
	}
	return opened;
}

/** A CSV export as a table: its header row and its rows, numbered as the spreadsheet numbers them. */
export function readCsvTable(text: string): { table: Table; problems: SpreadsheetProblem[] } {
	const content = text.normalize('NFC');
	const empty = { header: [], rows: [] };
	let records: { record: string[]; info: { records: number; empty_lines: number } }[];
	try {
		// With `info`, each record comes with where it was found; the typings do not say so.
		records = parse(content, {
			bom: true,
			delimiter: detectDelimiter(content),
			relax_column_count: true,
			skip_empty_lines: true,
			info: true,
		}) as unknown as typeof records;
	} catch (error) {
		const code = (error as { code?: string }).code;
		const line = (error as { lines?: number }).lines ?? 1;
		if (code === 'CSV_QUOTE_NOT_CLOSED') {
			return {
				table: empty,
				problems: [
					{
						row: unclosedQuoteLine(content),
						message:
							'ett citattecken som börjar på den här raden i filen stängs aldrig. Avsluta cellen med ett citattecken, och skriv citattecken i texten dubbelt ("").',
					},
				],
			};
		}
		const message =
			code === 'INVALID_OPENING_QUOTE' || code === 'CSV_INVALID_CLOSING_QUOTE'
				? 'en cell har ett citattecken mitt i texten. Sätt hela cellen inom citattecken och skriv citattecken i texten dubbelt ("").'
				: 'filen går inte att läsa som CSV. Spara kalkylarket som CSV (semikolonseparerad) och försök igen.';
		return { table: empty, problems: [{ row: line, message }] };
	}
	const [header, ...body] = records;
	if (!header) return { table: empty, problems: [] };
	const problems: SpreadsheetProblem[] = [];
	const rows: Table['rows'] = [];
	for (const { record, info } of body) {
		const row = info.records + info.empty_lines;
		if (record.every((cell) => cell.trim() === '')) continue;
		if (record.length !== header.record.length) {
			problems.push({
				row,
				message: `raden har ${record.length} celler, men rubrikraden har ${header.record.length}. Kontrollera avgränsarna och citattecknen på raden.`,
			});
			continue;
		}
		rows.push({ row, values: record });
	}
	return { table: { header: header.record, rows }, problems };
}
