/**
 * An export of granted projects (`npm run import`): one entry per row, read through a column
 * mapping (mapping.ts: Region Västerbotten's list, Tillväxtverket's Projektbanken, or a mapping
 * file), written as an editor would write it. All or nothing: an invalid row is reported with its
 * row number, one line per distinct wrong value, and nothing is written. An entry edited by hand
 * since its import is not overwritten unless forced; importing the same file again changes nothing.
 * What is doubtful but not wrong (a row outside the decider's remit, text an export damaged) is a
 * warning in the summary.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Document } from 'yaml';
import { parseAmount, parseEuro } from '../schemas/amount.ts';
import { didYouMean, listOr, quote } from '../schemas/errors.ts';
import type { DeciderConfig, SiteConfig } from '../schemas/site.ts';
import { allCounties, allMunicipalities, suggestMunicipalities, type County } from '../domain/registry.ts';
import { closestMatches, fold } from '../domain/text.ts';
import { priorityLabel } from '../domain/priorities.ts';
import { readCsvTable } from './csv.ts';
import {
	cellList,
	columnLabel,
	vasterbottenMapping,
	type ImportMapping,
	type MappedField,
	type MappedRow,
	type SpreadsheetProblem,
	type Table,
	mapTable,
} from './mapping.ts';
import { decodeUtf8, PROJECTS_DIR, type EntryFile } from './files.ts';
import { citationProblem, formatProblem, validateEntries, type CitableSource, type Problem } from './validate.ts';

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
	/** Which column feeds which field (mapping.ts); Region Västerbotten's list by default. */
	mapping?: ImportMapping;
}

/** The encodings a spreadsheet may be read in: UTF-8, or, when asked for, what older Excel on Windows saves. */
export const ENCODINGS = ['utf-8', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/**
 * The spreadsheet's bytes as text: UTF-8 strictly (a Windows-1252 file would otherwise import "�"
 * for every å, ä and ö), or Windows-1252 when the editor says so.
 */
export function decodeSpreadsheet(
	bytes: Uint8Array,
	file: string,
	encoding: Encoding = 'utf-8',
	what = 'CSV-filen',
): { text: string; problems: Problem[] } {
	if (encoding === 'windows-1252') return { text: new TextDecoder('windows-1252').decode(bytes), problems: [] };
	const decoded = decodeUtf8(bytes, what);
	if (!('line' in decoded)) return { text: decoded.text, problems: [] };
	return {
		text: '',
		problems: [
			{
				file,
				line: decoded.line,
				message: `${decoded.message} Är filen sparad i Excel som "CSV (semikolonavgränsad)", kör i stället importen med --encoding windows-1252.`,
			},
		],
	};
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

/** The mapped field an entry field comes from, for mapping validation problems back to the export. */
const FIELD_OF_ENTRY_FIELD: Record<string, MappedField> = {
	id: 'id',
	title: 'title',
	owner: 'owner',
	grantedAmount: 'grantedAmount',
	grantedAmountEur: 'grantedAmountEur',
	decisions: 'grantedAmount',
	totalBudget: 'totalBudget',
	fund: 'fund',
	priority: 'priority',
	priorityAxis: 'priorityAxis',
	thematicObjective: 'thematicObjective',
	programmeArea: 'programmeArea',
	period: 'periodStart',
	municipalities: 'municipalities',
	counties: 'counties',
	spellings: 'municipalities',
	body: 'summary',
	filnamn: 'id',
};

const AMOUNT_EXAMPLES = '"8 943 710", "8 943 710 kr" eller "2 000 tkr"';
/** A name without case, accents, spaces, hyphens and doubled letters: what an export's systematic misspelling ("ÖstraGöinge", "Stenungssund") shares with the name. */
const squashed = (name: string) => fold(name).replace(/[\s-]/g, '').replace(/(.)\1/g, '$1');
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** The decider's priority area a cell names: "Prioritering 6: …", or the area's name alone. */
function findPriority(cell: string, decider: DeciderConfig): { priority?: DeciderConfig['priorities'][number]; problem?: string } {
	const known = decider.priorities.map((p) => `"${priorityLabel(p)}"`);
	const knownList = known.length
		? `${decider.name}s områden är ${listOr(known)}`
		: `${decider.name} har inga prioriterade områden i inställningarna`;
	const numbered = /^prioritering\s+([\d.]+)\s*(?::\s*([\s\S]*))?$/i.exec(cell.trim());
	if (numbered) {
		const priority = decider.priorities.find((p) => p.code === numbered[1]);
		if (!priority)
			return {
				problem: `${quote(cell)}: det finns ingen prioritering ${numbered[1]} för ${decider.name} i inställningarna; ${knownList}.`,
			};
		if (numbered[2] && lower(numbered[2]) !== lower(priority.name)) {
			return {
				problem: `${quote(cell)}: namnet stämmer inte med prioritering ${numbered[1]} i inställningarna, ${quote(priority.name)}. Kontrollera numret och namnet.`,
			};
		}
		return { priority };
	}
	const priority = decider.priorities.find((p) => lower(p.name) === lower(cell));
	return priority ? { priority } : { problem: `${quote(cell)} är inget prioriterat område för ${decider.name}; ${knownList}.` };
}

function findCounty(name: string): County | undefined {
	return allCounties.find((c) => lower(c.name) === lower(name) || lower(c.shortName) === lower(name));
}

/** A cell as a date: as written when it is ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM or ÅÅÅÅ, also with a midnight time after it (as databases export a date). */
function cellDate(cell: string): string | undefined {
	const date = cell.replace(/[T ]00:00(?::00(?:\.0+)?)?Z?$/, '');
	return DATE.test(date) ? date : undefined;
}

interface ImportedEntry {
	row: number;
	id: string;
	data: Record<string, unknown>;
	body: string;
	/** Counties the row works in that lie outside the decider's remit. */
	outsideRemit: County[];
}

/** One row as an entry's data and body, or the problems with its cells. */
function entryFromRow(
	row: MappedRow,
	options: ImportOptions,
	mapping: ImportMapping,
	decider: DeciderConfig,
	config: SiteConfig,
	problem: (field: MappedField, message: string) => void,
): ImportedEntry | undefined {
	const cells = row.cells;
	const cell = (field: MappedField) => cells[field] ?? '';
	const failures = { count: 0 };
	const fail = (field: MappedField, message: string) => {
		failures.count++;
		problem(field, message);
	};
	const required = (field: MappedField, what: string) => {
		if (cell(field) === '') fail(field, `cellen är tom. ${what}`);
		return cell(field);
	};

	const id = required('id', 'Varje rad behöver sitt ärende-id med 8 siffror: det blir postens filnamn och adress.');
	if (id && !/^\d{8}$/.test(id))
		fail('id', `${quote(id)} är inget ärende-id med 8 siffror, t.ex. 20372556. Kontrollera cellen mot källan.`);
	const title = required('title', 'Skriv projektets namn som i källan.');
	const summary = required('summary', 'Varje projekt behöver sin sammanfattning ur källan.');

	const zeroMeansMissing = (field: MappedField) => {
		const rule = mapping.fields[field];
		return typeof rule === 'object' && 'zeroMeansMissing' in rule && rule.zeroMeansMissing === true;
	};
	const amount = (field: MappedField, parse: (text: string) => number | undefined, unit: string) => {
		if (cell(field) === '') return undefined;
		const value = parse(cell(field));
		if (value === undefined)
			fail(
				field,
				`${quote(cell(field))} är inget belopp i hela ${unit}. Skriv t.ex. ${unit === 'euro' ? '"250 000"' : AMOUNT_EXAMPLES}, utan decimaler.`,
			);
		// An export that writes 0 for "not given" says nothing about the amount: it is left out, never 0.
		return value === 0 && zeroMeansMissing(field) ? undefined : value;
	};
	required('grantedAmount', `Skriv det beviljade beloppet, t.ex. ${AMOUNT_EXAMPLES}.`);
	const granted = amount('grantedAmount', parseAmount, 'kronor');
	const budget = amount('totalBudget', parseAmount, 'kronor');
	const grantedEur = amount('grantedAmountEur', parseEuro, 'euro');

	let fund: string | undefined;
	if (cell('fund') !== '') {
		const names = config.funds.map((f) => f.name);
		fund = names.find((name) => lower(name) === lower(cell('fund')));
		if (!fund)
			fail(
				'fund',
				`${quote(cell('fund'))} är ingen av fonderna i inställningarna (${listOr(names)}).${didYouMean(cell('fund'), names) || ' Skriv ett av namnen, eller lägg till fonden i src/site.config.ts.'}`,
			);
	}

	let priority: DeciderConfig['priorities'][number] | undefined;
	if (cell('priority') !== '') {
		const found = findPriority(cell('priority'), decider);
		if (found.problem) fail('priority', found.problem);
		priority = found.priority;
	}

	const period: Partial<Record<'start' | 'end', string>> = {};
	for (const [field, end] of [
		['periodStart', 'start'],
		['periodEnd', 'end'],
	] as const) {
		if (cell(field) === '') continue;
		const date = cellDate(cell(field));
		if (date === undefined)
			fail(field, `${quote(cell(field))} är inget datum. Väntade ÅÅÅÅ-MM-DD (t.ex. 2016-09-01), ÅÅÅÅ-MM eller ÅÅÅÅ, som i källan.`);
		else period[end] = date;
	}
	if ((period.start === undefined) !== (period.end === undefined) && failures.count === 0) {
		const [missing, given] = period.start === undefined ? (['periodStart', 'slut'] as const) : (['periodEnd', 'start'] as const);
		fail(
			missing,
			`cellen är tom, men projektperiodens ${given} står på raden. En projektperiod behöver både start och slut: fyll i cellen, eller töm båda.`,
		);
	}

	const spellings: { published: string; name: string }[] = [];
	const municipalities: string[] = [];
	for (const published of cellList(cell('municipalities'), mapping.fields.municipalities)) {
		const official = config.importSpellings.municipalities[published];
		const name = official ?? published;
		const municipality = allMunicipalities.find((m) => lower(m.name) === lower(name));
		if (!municipality) {
			const suggestions = suggestMunicipalities(name.replace(/\s+(kommun|stad)$/i, ''));
			fail(
				'municipalities',
				`${quote(name)} är ingen av Sveriges 290 kommuner. ${suggestions.length ? `Menade du ${listOr(suggestions.map((s) => quote(s)))}?${suggestions.some((s) => squashed(s) === squashed(name)) ? ' Skriver exporten alltid namnet så, lägg till stavningen under importSpellings i src/site.config.ts.' : ''}` : 'Skriv kommunens officiella namn.'}`,
			);
		} else if (municipalities.includes(municipality.name))
			fail('municipalities', `${quote(municipality.name)} står två gånger. Ta bort den ena.`);
		else {
			municipalities.push(municipality.name);
			if (municipality.name !== published) spellings.push({ published, name: municipality.name });
		}
	}
	const countiesOfMunicipalities = new Set(municipalities.map((name) => allMunicipalities.find((m) => m.name === name)!.countyCode));
	const counties: string[] = [];
	for (const published of cellList(cell('counties'), mapping.fields.counties)) {
		const name = config.importSpellings.counties[published] ?? published;
		const county = findCounty(name);
		if (!county) {
			const [close] = closestMatches(
				name,
				allCounties.flatMap((c) => [c.shortName, c.name]),
				1,
			);
			fail(
				'counties',
				`${quote(name)} är inget av Sveriges 21 län. ${close ? `Menade du ${quote(close)}?` : 'Skriv länets namn, t.ex. "Västerbotten".'}`,
			);
		} else if (!countiesOfMunicipalities.has(county.code) && !counties.includes(county.name)) {
			counties.push(county.name);
			if (name !== published) spellings.push({ published, name: county.name });
		}
	}
	const updated = cell('updated') === '' ? undefined : (cellDate(cell('updated')) ?? cell('updated'));
	if (failures.count > 0) return undefined;

	const decided = [
		`Beviljat belopp ${kronor(granted!)} kr${fund ? ` (${fund})` : ''}`,
		...(grantedEur !== undefined ? [`i källan även angivet som ${kronor(grantedEur)} euro`] : []),
		...(budget !== undefined ? [`total projektbudget ${kronor(budget)} kr`] : []),
	].join('; ');
	const data: Record<string, unknown> = {
		id,
		title,
		decider: decider.name,
		...(cell('owner') ? { owner: { name: cell('owner') } } : {}),
		status: 'granted',
		decisions: [{ kind: 'grant', body: decider.name, summary: `${decided}.` }],
		...(period.start && period.end ? { period: { start: period.start, end: period.end } } : {}),
		...(fund ? { fund } : {}),
		...(priority ? { priority: { ...(priority.code ? { code: priority.code } : {}), name: priority.name } } : {}),
		...(cell('priorityAxis') ? { priorityAxis: cell('priorityAxis') } : {}),
		...(cell('thematicObjective') ? { thematicObjective: cell('thematicObjective') } : {}),
		...(cell('programmeArea') ? { programmeArea: cell('programmeArea') } : {}),
		municipalities,
		...(counties.length ? { counties } : {}),
		...(spellings.length ? { spellings } : {}),
		grantedAmount: kronor(granted!),
		...(grantedEur !== undefined ? { grantedAmountEur: kronor(grantedEur) } : {}),
		...(budget !== undefined ? { totalBudget: kronor(budget) } : {}),
		source: {
			document: options.source ?? `${decider.name}, ${options.file.split('/').at(-1)}`,
			passage: `Ärende-id ${id}${updated ? `, uppdaterad ${updated}` : ''}`,
		},
	};
	const worksIn = [...countiesOfMunicipalities, ...counties.map((name) => findCounty(name)!.code)];
	const outsideRemit =
		decider.national || decider.counties.length === 0
			? []
			: [...new Set(worksIn)].filter((code) => !decider.counties.includes(code)).map((code) => allCounties.find((c) => c.code === code)!);
	return { row: row.row, id, data, body: summary, outsideRemit };
}

/**
 * One line per distinct problem: the rows whose cell says the same wrong thing in the same column
 * (43 rows naming "ÖstraGöinge") become one line at the first of them, naming how many rows and
 * which: `Kommuner – "ÖstraGöinge" (43 rader: 12, 15, 18, …) är ingen av …`.
 */
export function groupByValue(problems: readonly Problem[], shown = 10): Problem[] {
	const groups = new Map<string, { problem: Problem; lines: number[] }>();
	for (const problem of problems) {
		const key = `${problem.file}\0${problem.field ?? ''}\0${problem.message}`;
		const group = groups.get(key);
		if (group) group.lines.push(problem.line);
		else groups.set(key, { problem, lines: [problem.line] });
	}
	return [...groups.values()].map(({ problem, lines }) => {
		if (lines.length === 1) return problem;
		const rows = `(${lines.length} rader: ${lines.slice(0, shown).join(', ')}${lines.length > shown ? ' …' : ''})`;
		const value = /^"(?:[^"\\]|\\.)*"/.exec(problem.message)?.[0];
		const message = value ? `${value} ${rows}${problem.message.slice(value.length)}` : `${rows} ${problem.message}`;
		return { ...problem, message };
	});
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
/** What an import plans: each row's file and outcome, or the problems (and then no plan); warnings either way. */
export interface ImportPlan {
	planned: PlannedEntry[];
	problems: Problem[];
	/** What is doubtful but not wrong: rows outside the decider's remit, the data-quality warnings of the entries. */
	warnings: Problem[];
}

/**
 * What importing the export would do to the entries: each row's file with its outcome, or, if any
 * row is invalid, the problems (one line per distinct value) and no plan at all. `input` is a CSV
 * export's text, or a table read from JSON or XLSX (records.ts) with the problems found reading it.
 */
export function planImport(
	input: string | { table: Table; problems: SpreadsheetProblem[] },
	options: ImportOptions,
	existing: readonly EntryFile[],
	config: SiteConfig,
): ImportPlan {
	const { planned, problems, warnings } = planRows(input, options, existing, config);
	return { planned, problems: groupByValue(problems), warnings: groupByValue(warnings) };
}

function planRows(
	input: string | { table: Table; problems: SpreadsheetProblem[] },
	options: ImportOptions,
	existing: readonly EntryFile[],
	config: SiteConfig,
): ImportPlan {
	const problems: Problem[] = [];
	const warnings: Problem[] = [];
	const mapping = options.mapping ?? vasterbottenMapping;
	// A name with a line break in it is shown escaped, so that each problem stays on its line.
	const file = /[\p{Cc}\p{Cf}]/u.test(options.file) ? JSON.stringify(options.file).slice(1, -1) : options.file;
	const at = (row: number, column: string | undefined, message: string) =>
		problems.push({ file, line: row, ...(column ? { field: column } : {}), message });
	const decider = config.deciders.find((r) => r.name === options.decider);
	if (!decider) {
		const names = config.deciders.map((r) => r.name);
		at(
			1,
			'--decider',
			`${quote(options.decider)} är inget av de beslutande organen i inställningarna (${listOr(names)}).${didYouMean(options.decider, names)}`,
		);
		return { planned: [], problems, warnings };
	}
	// The file's name is written into every entry (its note and, by default, its source): it must be one line of plain text.
	const name = options.file.split('/').at(-1)!;
	const odd = [...new Set([...name].filter((c) => /[\p{Cc}\p{Cf}]/u.test(c)))].map(
		(c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
	);
	if (odd.length > 0) {
		at(
			1,
			'filnamn',
			`filens namn ${JSON.stringify(name)} har ${odd.length === 1 ? `tecknet ${odd[0]}, ett styrtecken eller osynligt tecken` : `tecknen ${listOr(odd)}, styrtecken eller osynliga tecken`}. Namnet skrivs in i varje post: byt namn på filen till vanliga tecken på en rad, t.ex. beslut-2026-03.csv, och kör importen igen.`,
		);
		return { planned: [], problems, warnings };
	}
	if (options.sources && options.sources.length > 0) {
		const problem =
			options.source === undefined
				? 'ange vilket av källdokumenten raderna kommer från: --source "dokumentets titel", precis som title i dess fil i src/content/sources/. Finns dokumentet inte där, lägg till det: en fil src/content/sources/<namn>.yaml med title, issuer, kind och ev. date, och dokumentets text i <namn>.txt bredvid.'
				: citationProblem(options.source, decider.name, options.sources, config);
		if (problem) {
			at(1, '--source', problem);
			return { planned: [], problems, warnings };
		}
	}
	const read = typeof input === 'string' ? readCsvTable(input) : input;
	const sheet = mapTable(read, mapping);
	for (const p of sheet.problems) at(p.row, p.column, p.message);

	const imported: ImportedEntry[] = [];
	const rowOfId = new Map<string, number>();
	for (const row of sheet.rows) {
		const entry = entryFromRow(row, options, mapping, decider, config, (field, message) =>
			at(row.row, columnLabel(mapping, field), message),
		);
		if (!entry) continue;
		const first = rowOfId.get(entry.id);
		if (first !== undefined)
			at(row.row, columnLabel(mapping, 'id'), `${quote(entry.id)} står redan på rad ${first}. Ett projekt ska bara stå på en rad.`);
		else rowOfId.set(entry.id, row.row);
		imported.push(entry);
		const remit = decider.counties.map((code) => allCounties.find((c) => c.code === code)!.name);
		for (const county of entry.outsideRemit) {
			warnings.push({
				file,
				line: row.row,
				field: 'plats',
				message: `${quote(county.name)} ligger utanför ${decider.name}s område (${listOr(remit)}). Kontrollera att raden hör till ${decider.name}s beslut; posten importeras som den står.`,
			});
		}
	}
	if (problems.length > 0) return { planned: [], problems, warnings };

	// The entries as they would be, checked with the rest of the collection as the build would.
	const pathOf = (id: string) => existing.find((f) => f.path.endsWith(`/${id}.md`))?.path ?? `${PROJECTS_DIR}/${id}.md`;
	const written = new Map(imported.map((entry) => [pathOf(entry.id), { entry, content: entryText(entry, options) }]));
	const files = [...existing.filter((f) => !written.has(f.path)), ...[...written].map(([path, { content }]) => ({ path, content }))];
	const rowOfPath = new Map([...written].map(([path, { entry }]) => [path, entry.row]));
	const checked = validateEntries(files, config);
	const rowColumn = (problem: Problem) => {
		const field = problem.path
			? FIELD_OF_ENTRY_FIELD[String(problem.path[0])]
			: problem.field
				? FIELD_OF_ENTRY_FIELD[problem.field]
				: undefined;
		return field ? columnLabel(mapping, field) : problem.field;
	};
	for (const problem of checked.problems) {
		const row = rowOfPath.get(problem.file);
		if (row === undefined) continue; // other entries' problems are npm run validate's to report
		at(row, rowColumn(problem), problem.message);
	}
	for (const warning of checked.warnings) {
		const row = rowOfPath.get(warning.file);
		if (row !== undefined)
			warnings.push({ file, line: row, ...(rowColumn(warning) ? { field: rowColumn(warning)! } : {}), message: warning.message });
	}
	if (problems.length > 0) return { planned: [], problems, warnings };

	const planned = [...written].map(([path, { entry, content }]): PlannedEntry => {
		const before = existing.find((f) => f.path === path);
		if (!before) return { row: entry.row, path, outcome: 'created', content };
		const old = validateEntries([before], config).entries[0];
		const now = validateEntries([{ path, content }], config).entries[0]!;
		if (old && isDeepStrictEqual(old.data, now.data) && old.body === now.body)
			return { row: entry.row, path, outcome: 'unchanged', content };
		return { row: entry.row, path, outcome: editedByHand(before.content) && !options.force ? 'skipped' : 'changed', content };
	});
	return { planned, problems, warnings };
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

const HEADINGS: Record<Outcome, string> = {
	created: 'Skapade',
	changed: 'Ändrade',
	unchanged: 'Oförändrade',
	skipped: 'Hoppade över (ändrade för hand sedan importen; kör med --force för att skriva över dem)',
};
const DRY_HEADINGS: Record<Outcome, string> = {
	created: 'Skulle skapas',
	changed: 'Skulle ändras',
	unchanged: 'Oförändrade',
	skipped: HEADINGS.skipped,
};

/** What the import did (or, in a dry run, would do), entry by entry; then its warnings, and the columns it left out and why. */
export function importReport(
	planned: readonly PlannedEntry[],
	options: { file: string; decider: string; dryRun?: boolean; warnings?: readonly Problem[]; mapping?: ImportMapping },
): string {
	const headings = options.dryRun ? DRY_HEADINGS : HEADINGS;
	const lines = [`${options.file} (${options.decider}): ${planned.length} ${planned.length === 1 ? 'rad' : 'rader'}.`];
	for (const outcome of ['created', 'changed', 'unchanged', 'skipped'] as const) {
		const entries = planned.filter((p) => p.outcome === outcome);
		lines.push(`${headings[outcome]}: ${entries.length}`);
		if (outcome !== 'unchanged') for (const entry of entries) lines.push(`  ${entry.path} (rad ${entry.row})`);
	}
	const ignored = Object.entries(options.mapping?.ignore ?? {});
	if (ignored.length > 0) lines.push(`Kolumner som inte importeras: ${ignored.map(([column, why]) => `${column} (${why})`).join(', ')}.`);
	const warnings = options.warnings ?? [];
	if (warnings.length > 0) {
		lines.push(`Varningar: ${warnings.length} (importeras ändå; kontrollera dem mot källan)`);
		for (const warning of warnings) lines.push(`  varning: ${formatProblem(warning)}`);
	}
	if (options.dryRun) lines.push('Provkörning: inget skrevs.');
	else if (planned.some((p) => p.outcome === 'created' || p.outcome === 'changed'))
		lines.push('Kontrollera med npm run validate och granska ändringarna innan du gör commit.');
	return lines.join('\n');
}
