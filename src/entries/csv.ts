/**
 * Reading a decision round from a spreadsheet export (CSV) with the columns of Region
 * Västerbotten's list of granted projects. Headers are matched case- and accent-insensitively,
 * cells may be separated by ";" or ",", quoted (holding ";", "" and line breaks), with or without a
 * byte-order mark. Rows are numbered as the spreadsheet shows them: the header is row 1.
 */
import { parse } from 'csv-parse/sync';
import { closestMatches, fold } from '../domain/text.ts';
import { quote } from '../schemas/errors.ts';

/** The columns, by what they hold, with their names as the list prints them. */
export const COLUMNS = {
	id: 'Ärende-ID',
	title: 'Projektnamn',
	owner: 'Projektägare',
	grantedAmount: 'Beviljat belopp',
	totalBudget: 'Total projektbudget',
	fund: 'Fond',
	priority: 'Prioritering',
	municipalities: 'Kommuner',
	counties: 'Län',
	summary: 'Sammanfattning',
} as const;

export type Column = keyof typeof COLUMNS;

export interface SpreadsheetRow {
	/** The row as the spreadsheet numbers it (the header is row 1). */
	row: number;
	cells: Record<Column, string>;
}

/** A problem in the spreadsheet: at a row, in a column where there is one. */
export interface SpreadsheetProblem {
	row: number;
	column?: string;
	message: string;
}

const ALL_COLUMNS = Object.values(COLUMNS).join('; ');

const key = (header: string) => fold(header.normalize('NFC')).replace(/[^a-z0-9]/g, '');

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

export function readSpreadsheet(text: string): { rows: SpreadsheetRow[]; problems: SpreadsheetProblem[] } {
	const content = text.normalize('NFC');
	let records: { record: string[]; info: { records: number; empty_lines: number } }[];
	try {
		// With `info`, each record comes with where it was found; the typings do not say so.
		records = parse(content, { bom: true, delimiter: detectDelimiter(content), relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof records;
	} catch (error) {
		const code = (error as { code?: string }).code;
		const line = (error as { lines?: number }).lines ?? 1;
		if (code === 'CSV_QUOTE_NOT_CLOSED') {
			return { rows: [], problems: [{ row: unclosedQuoteLine(content), message: 'ett citattecken som börjar på den här raden i filen stängs aldrig. Avsluta cellen med ett citattecken, och skriv citattecken i texten dubbelt ("").' }] };
		}
		const message =
			code === 'INVALID_OPENING_QUOTE' || code === 'CSV_INVALID_CLOSING_QUOTE'
				? 'en cell har ett citattecken mitt i texten. Sätt hela cellen inom citattecken och skriv citattecken i texten dubbelt ("").'
				: 'filen går inte att läsa som CSV. Spara kalkylarket som CSV (semikolonseparerad) och försök igen.';
		return { rows: [], problems: [{ row: line, message }] };
	}
	const [header, ...body] = records;
	if (!header) return { rows: [], problems: [{ row: 1, message: `filen är tom. Första raden ska ha kolumnerna ${ALL_COLUMNS}.` }] };

	const problems: SpreadsheetProblem[] = [];
	const wanted = new Map(Object.entries(COLUMNS).map(([column, name]) => [key(name), column as Column]));
	const positions = new Map<Column, number>();
	header.record.forEach((name, i) => {
		const column = wanted.get(key(name));
		if (!column) {
			const [close] = closestMatches(name, Object.values(COLUMNS), 1);
			problems.push({ row: 1, column: name, message: `kolumnen känns inte igen, och det som står i den skulle inte användas.${close ? ` Menade du ${quote(close)}?` : ` Kolumnerna är ${ALL_COLUMNS}.`}` });
		} else if (positions.has(column)) {
			problems.push({ row: 1, column: name, message: `kolumnen finns redan (kolumn ${positions.get(column)! + 1}). Ta bort den ena.` });
		} else positions.set(column, i);
	});
	const missing = (Object.keys(COLUMNS) as Column[]).filter((column) => !positions.has(column));
	if (missing.length === 1) problems.push({ row: 1, message: `kolumnen ${quote(COLUMNS[missing[0]!])} saknas. Lägg till den i första raden, även om den är tom.` });
	if (missing.length > 1) problems.push({ row: 1, message: `kolumnerna ${missing.map((c) => quote(COLUMNS[c])).join(', ')} saknas. Lägg till dem i första raden, även om de är tomma.` });
	if (problems.length) return { rows: [], problems };

	const rows: SpreadsheetRow[] = [];
	for (const { record, info } of body) {
		const row = info.records + info.empty_lines;
		if (record.every((cell) => cell.trim() === '')) continue;
		if (record.length !== header.record.length) {
			problems.push({ row, message: `raden har ${record.length} celler, men rubrikraden har ${header.record.length}. Kontrollera avgränsarna och citattecknen på raden.` });
			continue;
		}
		const cells = Object.fromEntries([...positions].map(([column, i]) => [column, record[i]!.trim()])) as Record<Column, string>;
		rows.push({ row, cells });
	}
	return { rows, problems };
}
