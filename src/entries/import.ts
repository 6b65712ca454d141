/**
 * A decision round from a spreadsheet (`npm run import`): one entry per row, written as an editor
 * would write it from Region Västerbotten's list of granted projects. All or nothing: an invalid
 * row is reported with its row number and nothing is written. An entry edited by hand since its
 * import is not overwritten unless forced; importing the same file again changes nothing.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Document } from 'yaml';
import { parseAmount } from '../schemas/amount.ts';
import { didYouMean, listOr, quote } from '../schemas/errors.ts';
import type { DeciderConfig, SiteConfig } from '../schemas/site.ts';
import { allCounties, allMunicipalities, suggestMunicipalities, type County } from '../domain/registry.ts';
import { closestMatches } from '../domain/text.ts';
import { priorityLabel } from '../domain/priorities.ts';
import { COLUMNS, readSpreadsheet, type Column, type SpreadsheetRow } from './csv.ts';
import { decodeUtf8, PROJECTS_DIR, type EntryFile } from './files.ts';
import { citationProblem, validateEntries, type CitableSource, type Problem } from './validate.ts';

export interface ImportOptions {
	/** The spreadsheet's name as the editor gave it, for messages and the note in each entry. */
	file: string;
	/** The deciding body, one of the settings' deciders. */
	decider: string;
	/** The document the figures come from, shown on each page; by default the decider and the file's name. */
	source?: string | undefined;
	/** Overwrite entries edited by hand since their import. */
	force?: boolean;
	/** The bank's source documents (entries/sources.ts): where it ships any, `source` must be one of their titles. */
	sources?: readonly CitableSource[];
}

/** The encodings a spreadsheet may be read in: UTF-8, or, when asked for, what older Excel on Windows saves. */
export const ENCODINGS = ['utf-8', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/**
 * The spreadsheet's bytes as text: UTF-8 strictly (a Windows-1252 file would otherwise import "�"
 * for every å, ä and ö), or Windows-1252 when the editor says so.
 */
export function decodeSpreadsheet(bytes: Uint8Array, file: string, encoding: Encoding = 'utf-8'): { text: string; problems: Problem[] } {
	if (encoding === 'windows-1252') return { text: new TextDecoder('windows-1252').decode(bytes), problems: [] };
	const decoded = decodeUtf8(bytes, 'CSV-filen');
	if (!('line' in decoded)) return { text: decoded.text, problems: [] };
	return { text: '', problems: [{ file, line: decoded.line, message: `${decoded.message} Är filen sparad i Excel som "CSV (semikolonavgränsad)", kör i stället importen med --encoding windows-1252.` }] };
}

export type Outcome = 'created' | 'changed' | 'unchanged' | 'skipped';

export interface PlannedEntry {
	row: number;
	path: string;
	outcome: Outcome;
	/** The file's new text (for created and changed entries). */
	content: string;
}

const lower = (text: string) => text.trim().toLocaleLowerCase('sv').replace(/\s+/g, ' ');
const kronor = (amount: number) => `${amount.toLocaleString('sv-SE').replace(/\s/g, ' ')}`;
const cellList = (cell: string) => cell.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean);

/** The entry field each column fills, for mapping validation problems back to the spreadsheet. */
const COLUMN_OF_FIELD: Record<string, Column> = {
	id: 'id',
	title: 'title',
	owner: 'owner',
	grantedAmount: 'grantedAmount',
	decisions: 'grantedAmount',
	totalBudget: 'totalBudget',
	fund: 'fund',
	priority: 'priority',
	municipalities: 'municipalities',
	counties: 'counties',
	body: 'summary',
	filnamn: 'id',
};

const AMOUNT_EXAMPLES = '"8 943 710", "8 943 710 kr" eller "2 000 tkr"';

/** The decider's priority area a cell names: "Prioritering 6: …", or the area's name alone. */
function findPriority(cell: string, decider: DeciderConfig): { priority?: DeciderConfig['priorities'][number]; problem?: string } {
	const known = decider.priorities.map((p) => `"${priorityLabel(p)}"`);
	const knownList = known.length ? `${decider.name}s områden är ${listOr(known)}` : `${decider.name} har inga prioriterade områden i inställningarna`;
	const numbered = /^prioritering\s+([\d.]+)\s*(?::\s*([\s\S]*))?$/i.exec(cell.trim());
	if (numbered) {
		const priority = decider.priorities.find((p) => p.code === numbered[1]);
		if (!priority) return { problem: `${quote(cell)}: det finns ingen prioritering ${numbered[1]} för ${decider.name} i inställningarna; ${knownList}.` };
		if (numbered[2] && lower(numbered[2]) !== lower(priority.name)) {
			return { problem: `${quote(cell)}: namnet stämmer inte med prioritering ${numbered[1]} i inställningarna, ${quote(priority.name)}. Kontrollera numret och namnet.` };
		}
		return { priority };
	}
	const priority = decider.priorities.find((p) => lower(p.name) === lower(cell));
	return priority ? { priority } : { problem: `${quote(cell)} är inget prioriterat område för ${decider.name}; ${knownList}.` };
}

function findCounty(name: string): County | undefined {
	return allCounties.find((c) => lower(c.name) === lower(name) || lower(c.shortName) === lower(name));
}

interface ImportedEntry {
	row: number;
	id: string;
	data: Record<string, unknown>;
	body: string;
}

/** One row as an entry's data and body, or the problems with its cells. */
function entryFromRow(row: SpreadsheetRow, options: ImportOptions, decider: DeciderConfig, config: SiteConfig, problem: (column: Column, message: string) => void): ImportedEntry | undefined {
	const cells = row.cells;
	const failures = { count: 0 };
	const fail = (column: Column, message: string) => {
		failures.count++;
		problem(column, message);
	};
	const required = (column: Column, what: string) => {
		if (cells[column] === '') fail(column, `cellen är tom. ${what}`);
		return cells[column];
	};

	const id = required('id', 'Varje rad behöver sitt ärende-id med 8 siffror: det blir postens filnamn och adress.');
	if (id && !/^\d{8}$/.test(id)) fail('id', `${quote(id)} är inget ärende-id med 8 siffror, t.ex. 20372556. Kontrollera cellen mot källan.`);
	const title = required('title', 'Skriv projektets namn som i källan.');
	const summary = required('summary', 'Varje projekt behöver sin sammanfattning ur källan.');

	const amount = (column: Column) => {
		if (cells[column] === '') return undefined;
		const value = parseAmount(cells[column]);
		if (value === undefined) fail(column, `${quote(cells[column])} är inget belopp i hela kronor. Skriv t.ex. ${AMOUNT_EXAMPLES}, utan decimaler.`);
		return value;
	};
	required('grantedAmount', `Skriv det beviljade beloppet, t.ex. ${AMOUNT_EXAMPLES}.`);
	const granted = amount('grantedAmount');
	const budget = amount('totalBudget');

	let fund: string | undefined;
	if (cells.fund !== '') {
		const names = config.funds.map((f) => f.name);
		fund = names.find((name) => lower(name) === lower(cells.fund));
		if (!fund) fail('fund', `${quote(cells.fund)} är ingen av fonderna i inställningarna (${listOr(names)}).${didYouMean(cells.fund, names) || ' Skriv ett av namnen, eller lägg till fonden i src/site.config.ts.'}`);
	}

	let priority: DeciderConfig['priorities'][number] | undefined;
	if (cells.priority !== '') {
		const found = findPriority(cells.priority, decider);
		if (found.problem) fail('priority', found.problem);
		priority = found.priority;
	}

	const municipalities: string[] = [];
	for (const name of cellList(cells.municipalities)) {
		const municipality = allMunicipalities.find((m) => lower(m.name) === lower(name));
		if (!municipality) {
			const suggestions = suggestMunicipalities(name.replace(/\s+(kommun|stad)$/i, ''));
			fail('municipalities', `${quote(name)} är ingen av Sveriges 290 kommuner. ${suggestions.length ? `Menade du ${listOr(suggestions.map((s) => quote(s)))}?` : 'Skriv kommunens officiella namn.'}`);
		} else if (municipalities.includes(municipality.name)) fail('municipalities', `${quote(municipality.name)} står två gånger. Ta bort den ena.`);
		else municipalities.push(municipality.name);
	}
	const countiesOfMunicipalities = new Set(municipalities.map((name) => allMunicipalities.find((m) => m.name === name)!.countyCode));
	const counties: string[] = [];
	for (const name of cellList(cells.counties)) {
		const county = findCounty(name);
		if (!county) {
			const [close] = closestMatches(name, allCounties.flatMap((c) => [c.shortName, c.name]), 1);
			fail('counties', `${quote(name)} är inget av Sveriges 21 län. ${close ? `Menade du ${quote(close)}?` : 'Skriv länets namn, t.ex. "Västerbotten".'}`);
		} else if (!countiesOfMunicipalities.has(county.code) && !counties.includes(county.name)) counties.push(county.name);
	}
	if (failures.count > 0) return undefined;

	const decided = [`Beviljat belopp ${kronor(granted!)} kr${fund ? ` (${fund})` : ''}`, ...(budget !== undefined ? [`total projektbudget ${kronor(budget)} kr`] : [])].join('; ');
	const data: Record<string, unknown> = {
		id,
		title,
		decider: decider.name,
		...(cells.owner ? { owner: { name: cells.owner } } : {}),
		status: 'granted',
		decisions: [{ kind: 'grant', body: decider.name, summary: `${decided}.` }],
		...(fund ? { fund } : {}),
		...(priority ? { priority: { ...(priority.code ? { code: priority.code } : {}), name: priority.name } } : {}),
		municipalities,
		...(counties.length ? { counties } : {}),
		grantedAmount: kronor(granted!),
		...(budget !== undefined ? { totalBudget: kronor(budget) } : {}),
		source: { document: options.source ?? `${decider.name}, ${options.file.split('/').at(-1)}`, passage: `Ärende-id ${id}` },
	};
	return { row: row.row, id, data, body: summary };
}

const MARKER = /^# Importerad med npm run import[^\n]*\(kontrollsumma ([0-9a-f]{12})\)\.\n/m;

const checksum = (content: string) => createHash('sha256').update(content).digest('hex').slice(0, 12);

/** The entry's file: frontmatter, a note saying where it came from (with a checksum of the rest), body. */
function entryText(entry: ImportedEntry, options: ImportOptions): string {
	const doc = new Document(entry.data);
	for (const key of ['municipalities', 'counties']) {
		const list = doc.get(key, true) as { flow?: boolean } | undefined;
		if (list) list.flow = true;
	}
	const content = `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n${entry.body}\n`;
	const note = `# Importerad med npm run import från ${options.file.split('/').at(-1)}, rad ${entry.row}. Redigeras posten för hand skriver importen inte över den utan --force (kontrollsumma ${checksum(content)}).\n`;
	return content.replace('---\n', `---\n${note}`);
}

/** Whether a file is no longer exactly what an import wrote: written or edited by hand. */
export function editedByHand(content: string): boolean {
	const match = MARKER.exec(content);
	return !match || checksum(content.replace(MARKER, '')) !== match[1];
}

/**
 * What importing the spreadsheet would do to the entries: each row's file with its outcome, or, if
 * any row is invalid, the problems and no plan at all.
 */
export function planImport(text: string, options: ImportOptions, existing: readonly EntryFile[], config: SiteConfig): { planned: PlannedEntry[]; problems: Problem[] } {
	const problems: Problem[] = [];
	// A name with a line break in it is shown escaped, so that each problem stays on its line.
	const file = /[\p{Cc}\p{Cf}]/u.test(options.file) ? JSON.stringify(options.file).slice(1, -1) : options.file;
	const at = (row: number, column: string | undefined, message: string) => problems.push({ file, line: row, ...(column ? { field: column } : {}), message });
	const decider = config.deciders.find((r) => r.name === options.decider);
	if (!decider) {
		const names = config.deciders.map((r) => r.name);
		at(1, '--decider', `${quote(options.decider)} är inget av de beslutande organen i inställningarna (${listOr(names)}).${didYouMean(options.decider, names)}`);
		return { planned: [], problems };
	}
	// The file's name is written into every entry (its note and, by default, its source): it must be one line of plain text.
	const name = options.file.split('/').at(-1)!;
	const odd = [...new Set([...name].filter((c) => /[\p{Cc}\p{Cf}]/u.test(c)))].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
	if (odd.length > 0) {
		at(1, 'filnamn', `filens namn ${JSON.stringify(name)} har ${odd.length === 1 ? `tecknet ${odd[0]}, ett styrtecken eller osynligt tecken` : `tecknen ${listOr(odd)}, styrtecken eller osynliga tecken`}. Namnet skrivs in i varje post: byt namn på filen till vanliga tecken på en rad, t.ex. beslut-2026-03.csv, och kör importen igen.`);
		return { planned: [], problems };
	}
	if (options.sources && options.sources.length > 0) {
		const problem =
			options.source === undefined
				? 'ange vilket av källdokumenten raderna kommer från: --source "dokumentets titel", precis som title i dess fil i src/content/sources/. Finns dokumentet inte där, lägg till det: en fil src/content/sources/<namn>.yaml med title, issuer, kind och ev. date, och dokumentets text i <namn>.txt bredvid.'
				: citationProblem(options.source, decider.name, options.sources, config);
		if (problem) {
			at(1, '--source', problem);
			return { planned: [], problems };
		}
	}
	const sheet = readSpreadsheet(text);
	for (const p of sheet.problems) at(p.row, p.column, p.message);

	const imported: ImportedEntry[] = [];
	const rowOfId = new Map<string, number>();
	for (const row of sheet.rows) {
		const entry = entryFromRow(row, options, decider, config, (column, message) => at(row.row, COLUMNS[column], message));
		if (!entry) continue;
		const first = rowOfId.get(entry.id);
		if (first !== undefined) at(row.row, COLUMNS.id, `${quote(entry.id)} står redan på rad ${first}. Ett projekt ska bara stå på en rad.`);
		else rowOfId.set(entry.id, row.row);
		imported.push(entry);
	}
	if (problems.length > 0) return { planned: [], problems };

	// The entries as they would be, checked with the rest of the collection as the build would.
	const pathOf = (id: string) => existing.find((f) => f.path.endsWith(`/${id}.md`))?.path ?? `${PROJECTS_DIR}/${id}.md`;
	const written = new Map(imported.map((entry) => [pathOf(entry.id), { entry, content: entryText(entry, options) }]));
	const files = [...existing.filter((f) => !written.has(f.path)), ...[...written].map(([path, { content }]) => ({ path, content }))];
	const rowOfPath = new Map([...written].map(([path, { entry }]) => [path, entry.row]));
	for (const problem of validateEntries(files, config).problems) {
		const row = rowOfPath.get(problem.file);
		if (row === undefined) continue; // other entries' problems are npm run validate's to report
		const column = problem.path ? COLUMN_OF_FIELD[String(problem.path[0])] : problem.field ? COLUMN_OF_FIELD[problem.field] : undefined;
		at(row, column ? COLUMNS[column] : problem.field, problem.message);
	}
	if (problems.length > 0) return { planned: [], problems };

	const planned = [...written].map(([path, { entry, content }]): PlannedEntry => {
		const before = existing.find((f) => f.path === path);
		if (!before) return { row: entry.row, path, outcome: 'created', content };
		const old = validateEntries([before], config).entries[0];
		const now = validateEntries([{ path, content }], config).entries[0]!;
		if (old && isDeepStrictEqual(old.data, now.data) && old.body === now.body) return { row: entry.row, path, outcome: 'unchanged', content };
		return { row: entry.row, path, outcome: editedByHand(before.content) && !options.force ? 'skipped' : 'changed', content };
	});
	return { planned, problems };
}

/** Writes the created and changed entries under the project root. */
export function writePlanned(planned: readonly PlannedEntry[], root = '.'): void {
	for (const entry of planned) {
		if (entry.outcome !== 'created' && entry.outcome !== 'changed') continue;
		mkdirSync(dirname(join(root, entry.path)), { recursive: true });
		writeFileSync(join(root, entry.path), entry.content);
	}
}

/** What to do when rows are invalid (after the list of problems and their count). */
export const IMPORT_FAILED = 'Inget importerades: rätta raderna i kalkylarket och kör importen igen.';

const HEADINGS: Record<Outcome, string> = { created: 'Skapade', changed: 'Ändrade', unchanged: 'Oförändrade', skipped: 'Hoppade över (ändrade för hand sedan importen; kör med --force för att skriva över dem)' };
const DRY_HEADINGS: Record<Outcome, string> = { created: 'Skulle skapas', changed: 'Skulle ändras', unchanged: 'Oförändrade', skipped: HEADINGS.skipped };

/** What the import did (or, in a dry run, would do), entry by entry. */
export function importReport(planned: readonly PlannedEntry[], options: { file: string; decider: string; dryRun?: boolean }): string {
	const headings = options.dryRun ? DRY_HEADINGS : HEADINGS;
	const lines = [`${options.file} (${options.decider}): ${planned.length} ${planned.length === 1 ? 'rad' : 'rader'}.`];
	for (const outcome of ['created', 'changed', 'unchanged', 'skipped'] as const) {
		const entries = planned.filter((p) => p.outcome === outcome);
		lines.push(`${headings[outcome]}: ${entries.length}`);
		if (outcome !== 'unchanged') for (const entry of entries) lines.push(`  ${entry.path} (rad ${entry.row})`);
	}
	if (options.dryRun) lines.push('Provkörning: inget skrevs.');
	else if (planned.some((p) => p.outcome === 'created' || p.outcome === 'changed')) lines.push('Kontrollera med npm run validate och granska ändringarna innan du gör commit.');
	return lines.join('\n');
}
