/**
 * Reading exports saved as JSON or XLSX into the same table a CSV export gives (mapping.ts
 * `Table`), so that one mapping reads a decider's export whatever the format it was saved in.
 */
import readXlsxFile from 'read-excel-file/node';
import { quote } from '../schemas/errors.ts';
import type { SpreadsheetProblem, Table } from './mapping.ts';

/** A cell's value as text: numbers as digits (no grouping), dates as ÅÅÅÅ-MM-DD, lists one value a line. */
function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
	if (Array.isArray(value)) return value.map(cellText).join('\n');
	if (typeof value === 'object') return JSON.stringify(value);
	return String(value);
}

/** The line each record of the top-level array starts on, in order: where a problem with the record is reported. */
function recordLines(text: string): number[] {
	const lines: number[] = [];
	let depth = 0;
	let line = 1;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (ch === '\n') line++;
		if (inString) {
			if (ch === '\\') i++;
			else if (ch === '"') inString = false;
			continue;
		}
		if (ch === '"') inString = true;
		else if (ch === '{' || ch === '[') {
			if (ch === '{' && depth === 1) lines.push(line);
			depth++;
		} else if (ch === '}' || ch === ']') depth--;
	}
	return lines;
}

/**
 * A JSON export: an array of records (objects whose keys are the columns), or an object holding one
 * such array. Each record is numbered by the line it starts on.
 */
export function readJsonTable(text: string): { table: Table; problems: SpreadsheetProblem[] } {
	const empty: Table = { header: [], rows: [] };
	let json: unknown;
	try {
		json = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (error) {
		return {
			table: empty,
			problems: [
				{ row: 1, message: `filen går inte att läsa som JSON (${(error as Error).message}). Spara exporten som JSON igen, eller som CSV.` },
			],
		};
	}
	const arrays = json !== null && typeof json === 'object' && !Array.isArray(json) ? Object.values(json).filter(Array.isArray) : [];
	const records = Array.isArray(json) ? json : arrays.length === 1 ? arrays[0]! : undefined;
	// An object holding the array starts one level deeper: its records lie at depth 2.
	const lines = Array.isArray(json) ? recordLines(text) : recordLines(text.slice(text.indexOf('[')));
	const offset = Array.isArray(json) ? 0 : text.slice(0, text.indexOf('[')).split('\n').length - 1;
	if (!records)
		return {
			table: empty,
			problems: [{ row: 1, message: 'väntade en lista med poster, [{ "kolumn": "värde", … }, …], eller ett objekt med en sådan lista.' }],
		};
	const header: string[] = [];
	const problems: SpreadsheetProblem[] = [];
	const rows: Table['rows'] = [];
	records.forEach((record: unknown, i) => {
		const row = (lines[i] ?? 1) + offset;
		if (record === null || typeof record !== 'object' || Array.isArray(record)) {
			problems.push({ row, message: `post ${i + 1} är inget objekt med kolumner och värden, utan ${quote(cellText(record))}.` });
			return;
		}
		for (const key of Object.keys(record)) if (!header.includes(key)) header.push(key);
		rows.push({ row, values: header.map((key) => cellText((record as Record<string, unknown>)[key]).normalize('NFC')) });
	});
	return { table: { header, rows }, problems };
}

/** The first sheet of an XLSX workbook: its first row is the header; rows are numbered as Excel numbers them. */
export async function readXlsxTable(bytes: Uint8Array): Promise<{ table: Table; problems: SpreadsheetProblem[] }> {
	const empty: Table = { header: [], rows: [] };
	let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
	try {
		sheets = await readXlsxFile(Buffer.from(bytes));
	} catch {
		return {
			table: empty,
			problems: [
				{
					row: 1,
					message:
						'filen går inte att läsa som XLSX (en arbetsbok från Excel 2007 eller senare). Spara kalkylarket som .xlsx eller som CSV och försök igen.',
				},
			],
		};
	}
	const data = sheets[0]?.data ?? [];
	const [head, ...body] = data;
	if (!head) return { table: empty, problems: [] };
	const header = head.map((cell) => cellText(cell).normalize('NFC'));
	const rows: Table['rows'] = [];
	body.forEach((cells, i) => {
		const values = header.map((_, c) => cellText(cells[c]).normalize('NFC'));
		if (values.every((v) => v.trim() === '')) return;
		rows.push({ row: i + 2, values });
	});
	return { table: { header, rows }, problems: [] };
}
