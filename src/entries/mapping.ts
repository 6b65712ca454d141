/**
 * Column mappings for npm run import: which column of an export feeds which entry field, and how
 * a cell is split into a list. The bank ships one for Region Västerbotten's list of granted
 * projects and one for Tillväxtverket's Projektbanken export; any other spreadsheet gets its own
 * mapping file (`--mapping FILE`, a JSON file in the shape of `mappingSchema`, documented in
 * docs/entry-format.md). Every column of the export must be mapped or named under `ignore` with
 * the reason it is left out: nothing is dropped without saying so.
 */
import { z } from 'astro/zod';
import { closestMatches, fold } from '../domain/text.ts';
import { formatIssues, quote } from '../schemas/errors.ts';

/** The entry fields an import can fill, with the Swedish words the docs and messages use. */
export const MAPPED_FIELDS = {
	id: 'ärende-id (8 siffror), blir filens namn',
	title: 'projektets namn',
	owner: 'projektägare (stödmottagare)',
	grantedAmount: 'beviljat belopp i kronor',
	grantedAmountEur: 'beviljat belopp i euro, som källan anger det',
	totalBudget: 'total projektbudget i kronor',
	fund: 'fond eller anslag, ett av fondnamnen i inställningarna',
	priority: 'det beslutande organets prioriterade område ("Prioritering 6: …" eller namnet)',
	priorityAxis: 'EU-programmets insatsområde',
	thematicObjective: 'EU:s tematiska mål',
	programmeArea: 'programområdet, t.ex. "Övre Norrland"',
	municipalities: 'kommunerna, en lista',
	counties: 'länen, en lista ("Västerbotten" eller "Västerbottens län")',
	periodStart: 'projektperiodens första dag (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)',
	periodEnd: 'projektperiodens sista dag',
	updated: 'när källan senast uppdaterade posten; skrivs i källhänvisningen',
	summary: 'sammanfattningen, postens text',
} as const;

export type MappedField = keyof typeof MAPPED_FIELDS;
const FIELD_NAMES = Object.keys(MAPPED_FIELDS) as [MappedField, ...MappedField[]];

/** The fields every import needs: without them no entry can be written. */
export const REQUIRED_FIELDS: readonly MappedField[] = ['id', 'title', 'grantedAmount', 'summary'];

const columnRuleSchema = z.union([
	/** The column's name as the header row writes it (case, accents and punctuation aside). */
	z.string().min(1),
	z.strictObject({
		column: z.string().min(1),
		/** What separates a list's values in the cell, e.g. ", " or "; "; by default any of ",", ";" and a line break. */
		separator: z.string().min(1).optional(),
		/** True where the export writes 0 for "not given": such a cell is left out, never imported as 0. */
		zeroMeansMissing: z.boolean().optional(),
	}),
	/** The same value for every row, where the export does not say it because it holds one kind only (e.g. fund "ERUF"). */
	z.strictObject({ value: z.string().min(1) }),
]);

export type ColumnRule = z.output<typeof columnRuleSchema>;

export const mappingSchema = z
	.strictObject({
		/** What export this maps, in Swedish, for the import's summary: "Tillväxtverkets Projektbanken". */
		name: z.string().min(1),
		/** Entry field → the column that feeds it. */
		fields: z.partialRecord(z.enum(FIELD_NAMES), columnRuleSchema),
		/** Columns of the export that are not imported, each with the reason (shown in the import's summary). */
		ignore: z.record(z.string(), z.string().min(1)).default({}),
	})
	.superRefine((mapping, ctx) => {
		for (const field of REQUIRED_FIELDS) {
			if (!mapping.fields[field])
				ctx.addIssue({
					code: 'custom',
					path: ['fields', field],
					input: undefined,
					message: `fältet ${field} (${MAPPED_FIELDS[field]}) måste hämtas från en kolumn`,
				});
		}
	});

export type ImportMapping = z.output<typeof mappingSchema>;

const PERSONAL_DATA = 'personuppgift: importeras aldrig';

/** Region Västerbotten's list of granted projects, as its spreadsheet names the columns. */
export const vasterbottenMapping: ImportMapping = {
	name: 'Region Västerbottens förteckning över beviljade projekt',
	fields: {
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
	},
	ignore: {},
};

/**
 * Tillväxtverket's Projektbanken, the list of operations of the regional fund programmes (ERUF):
 * one record per project. Its contact fields name people and are never imported.
 */
export const projektbankenMapping: ImportMapping = {
	name: 'Tillväxtverkets Projektbanken',
	fields: {
		id: 'ärende-id',
		owner: 'stödmottagare',
		grantedAmount: 'beviljat_belopp_sek',
		grantedAmountEur: { column: 'beviljat_belopp_eur', zeroMeansMissing: true },
		title: 'projektnamn',
		summary: 'projektbeskrivning',
		periodStart: 'projekt_starttid',
		periodEnd: 'projekt_sluttid',
		counties: { column: 'län', separator: '; ' },
		municipalities: { column: 'kommuner', separator: ', ' },
		programmeArea: 'område',
		priorityAxis: 'insatsområde',
		thematicObjective: 'tematiskt_mål',
		updated: 'uppdateringsdatum',
		fund: { value: 'ERUF' },
	},
	ignore: { projektledare: PERSONAL_DATA, telnr: PERSONAL_DATA, 'e-post': PERSONAL_DATA },
};

/** The mappings `--format` names. */
export const SHIPPED_MAPPINGS: Readonly<Record<string, ImportMapping>> = {
	vasterbotten: vasterbottenMapping,
	projektbanken: projektbankenMapping,
};

/** A mapping file's text as a mapping, or what is wrong with it (every problem, in Swedish). */
export function parseMapping(text: string, file: string): { mapping?: ImportMapping; problems: string[] } {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		return {
			problems: [`${file}: mappningsfilen är ingen giltig JSON (${(error as Error).message}). Se formatet i docs/entry-format.md.`],
		};
	}
	const result = mappingSchema.safeParse(json);
	if (!result.success) return { problems: formatIssues(file, result.error.issues) };
	return { mapping: result.data, problems: [] };
}

export const columnOf = (rule: ColumnRule): string | undefined =>
	typeof rule === 'string' ? rule : 'column' in rule ? rule.column : undefined;

/** A header as compared: case, accents, spaces and punctuation aside ("Ärende-ID" = "arende_id"). */
export const headerKey = (header: string) => fold(header.normalize('NFC')).replace(/[^a-z0-9]/g, '');

/** A table as read from a file: its header row and its rows, numbered as the file shows them. */
export interface Table {
	header: string[];
	rows: { row: number; values: string[] }[];
}

/** A problem in the export: at a row, in a column where there is one. */
export interface SpreadsheetProblem {
	row: number;
	column?: string;
	message: string;
}

/** One row's cells by the entry field they feed (trimmed; constants filled in). */
export interface MappedRow {
	row: number;
	cells: Partial<Record<MappedField, string>>;
}

/** The mapped columns' names, as the mapping writes them. */
export const mappedColumns = (mapping: ImportMapping) => Object.values(mapping.fields).flatMap((rule) => columnOf(rule!) ?? []);

/**
 * The table's rows as cells by field: every header must be a mapped or an ignored column, named
 * once, and every mapped column must be there (even if empty).
 */
export function applyMapping(table: Table, mapping: ImportMapping): { rows: MappedRow[]; problems: SpreadsheetProblem[] } {
	const columns = mappedColumns(mapping);
	const ignored = Object.keys(mapping.ignore);
	const all = columns.join('; ');
	if (table.header.length === 0)
		return { rows: [], problems: [{ row: 1, message: `filen är tom. Första raden ska ha kolumnerna ${all}.` }] };
	const problems: SpreadsheetProblem[] = [];
	const wanted = new Map(columns.map((name) => [headerKey(name), name]));
	const skipped = new Set(ignored.map(headerKey));
	const positions = new Map<string, number>();
	table.header.forEach((name, i) => {
		const column = wanted.get(headerKey(name));
		if (column === undefined && skipped.has(headerKey(name))) return;
		if (column === undefined) {
			const [close] = closestMatches(name, columns, 1);
			problems.push({
				row: 1,
				column: name,
				message: `kolumnen känns inte igen, och det som står i den skulle inte användas.${close ? ` Menade du ${quote(close)}?` : ` Kolumnerna är ${all}.`}`,
			});
		} else if (positions.has(column)) {
			problems.push({ row: 1, column: name, message: `kolumnen finns redan (kolumn ${positions.get(column)! + 1}). Ta bort den ena.` });
		} else positions.set(column, i);
	});
	const missing = columns.filter((column) => !positions.has(column));
	if (missing.length === 1)
		problems.push({ row: 1, message: `kolumnen ${quote(missing[0]!)} saknas. Lägg till den i första raden, även om den är tom.` });
	if (missing.length > 1)
		problems.push({
			row: 1,
			message: `kolumnerna ${missing.map((c) => quote(c)).join(', ')} saknas. Lägg till dem i första raden, även om de är tomma.`,
		});
	if (problems.length) return { rows: [], problems };

	const rows = table.rows.map(({ row, values }): MappedRow => {
		const cells: Partial<Record<MappedField, string>> = {};
		for (const [field, rule] of Object.entries(mapping.fields) as [MappedField, ColumnRule][]) {
			const column = columnOf(rule);
			cells[field] =
				column === undefined ? (rule as { value: string }).value : (values[positions.get(column)!] ?? '').normalize('NFC').trim();
		}
		return { row, cells };
	});
	return { rows, problems };
}

/** The values of a list cell: split at the mapping's separator (or at ",", ";" and line breaks), trimmed. */
export function cellList(cell: string, rule: ColumnRule | undefined): string[] {
	const separator =
		rule && typeof rule === 'object' && 'separator' in rule && rule.separator ? rule.separator.trim() || rule.separator : undefined;
	const parts = separator ? cell.split('\n').flatMap((line) => line.split(separator)) : cell.split(/[,;\n]/);
	return parts.map((s) => s.trim()).filter(Boolean);
}

/** The column a field comes from, for messages: its header, or the mapping's constant. */
export function columnLabel(mapping: ImportMapping, field: MappedField): string {
	const rule = mapping.fields[field];
	if (!rule) return field;
	return columnOf(rule) ?? `${field} (mappningens värde)`;
}

/**
 * A table as read (with the problems found reading it) through a mapping: a file that could not be
 * read says only that (its header's problems would repeat it); a header that does not fit the
 * mapping stops before any row; otherwise the rows, and the problems of rows that did not read.
 */
export function mapTable(
	read: { table: Table; problems: SpreadsheetProblem[] },
	mapping: ImportMapping,
): { rows: MappedRow[]; problems: SpreadsheetProblem[] } {
	if (read.table.header.length === 0 && read.problems.length > 0) return { rows: [], problems: read.problems };
	const mapped = applyMapping(read.table, mapping);
	if (mapped.problems.length > 0) return { rows: [], problems: mapped.problems };
	return { rows: mapped.rows, problems: read.problems };
}
