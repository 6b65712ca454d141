/**
 * The check of every entry file: frontmatter against the schema, body against the Markdown rules,
 * file names and ids across the collection. Returns every problem at once, each naming the file,
 * the line, the field, what was expected, what the file says and what to do. The content loader,
 * `npm run validate` and `npm run import` all call this.
 */
import type { ProjectEntry } from '../domain/project.ts';
import { closestMatches, fold } from '../domain/text.ts';
import { describeFields, fieldAt, fieldsAt, type FieldSpec } from '../schemas/fields.ts';
import { createProjectSchema, reservedKeys } from '../schemas/project.ts';
import { formatPath, listOr, quote } from '../schemas/errors.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { parseEntry, type EntryFile, type FieldPath } from './files.ts';
import { characterProblems } from './characters.ts';
import { qualityWarnings } from '../domain/quality.ts';
import { unsafeMarkdownProblem } from './markdown.ts';
import { SOURCES_DIR } from './sources.ts';

export interface ValidEntry extends ProjectEntry {
	path: string;
}

/** One problem: `fil:rad: fält – vad som väntades, vad som stod, vad du kan göra`. */
export interface Problem {
	file: string;
	/** Line in the file, from 1. */
	line: number;
	/** The field as the editor finds it: `municipalities, rad 2`, `owner.orgNumber`, `body`, `filnamn`. */
	field?: string;
	/** The field's path in the frontmatter, for problems about a field. */
	path?: FieldPath;
	message: string;
}

export function formatProblem(problem: Problem): string {
	const message = problem.field
		? `${problem.field} – ${problem.message}`
		: problem.message.charAt(0).toLocaleUpperCase('sv') + problem.message.slice(1);
	return `${problem.file}:${problem.line}: ${message}`;
}

/** "3 fel i 2 filer." */
export function summarise(problems: readonly Problem[]): string {
	const files = new Set(problems.map((p) => p.file)).size;
	return `${problems.length} fel i ${files} ${files === 1 ? 'fil' : 'filer'}.`;
}

/** Every problem on its own line, then the count and what to do. */
export function problemReport(problems: readonly Problem[], advice: string): string {
	return `${problems.map(formatProblem).join('\n')}\n\n${summarise(problems)} ${advice}`;
}

/** What an editor does about a data-quality warning: the entry keeps what the source says. */
const QUALITY_ADVICE = 'Posten publiceras som den står; jämför med källan och rätta bara det som källan själv skriver annorlunda.';

/** Warnings after the errors, each on its own line starting with "varning". */
export function warningReport(warnings: readonly Problem[]): string {
	return `${warnings.map((w) => `varning: ${formatProblem(w)}`).join('\n')}\n\n${warnings.length} ${warnings.length === 1 ? 'varning' : 'varningar'} om datakvalitet (de stoppar inte bygget).`;
}

const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;

/** The longest summary an entry may carry: the largest shipped one is under 5 000 characters. */
export const MAX_BODY_LENGTH = 50_000;

/** One file checked on its own: its entry if it is valid, and its problems. The checks across files come after. */
export interface FileResult {
	entry: ValidEntry | undefined;
	/** The line of the entry's id, for problems found across files. */
	idLine: number;
	problems: Problem[];
	/** The id as written, also when the entry is invalid, so that a clash with another file is reported in the same run. */
	id?: string;
	/** The cited document as written and where, for the check against the source documents (which may change without the file). */
	source?: { document: string; line: number; decider: string | undefined };
	/** What looks like a fault of the export in a valid entry (domain/quality.ts): reported, never refused. */
	warnings?: Problem[];
}

/** Results kept from an earlier run, by file path and content (entries/validation-cache.ts). */
export interface FileResultCache {
	get(file: EntryFile): FileResult | undefined;
	set(file: EntryFile, result: FileResult): void;
}

/** A source document as validation needs it (entries/sources.ts reads them): its exact title and who issued it. */
export interface CitableSource {
	title: string;
	issuer: string;
}

type ProjectSchema = ReturnType<typeof createProjectSchema>;

function validateFile(file: EntryFile, schema: ProjectSchema, fields: FieldSpec[]): FileResult {
	const found: Problem[] = [];
	const add = (line: number, field: string | undefined, message: string, path?: FieldPath) =>
		found.push({ file: file.path, line, message, ...(field ? { field } : {}), ...(path ? { path } : {}) });
	const invalid = (): FileResult => ({ entry: undefined, idLine: 1, problems: found });
	const name = file.path.split('/').at(-1)!;
	if (file.unreadable) {
		add(file.unreadable.line, undefined, file.unreadable.message);
		return invalid();
	}
	if (!name.endsWith('.md')) {
		add(
			1,
			'filnamn',
			`${quote(name)} slutar inte på .md, så filen skulle inte publiceras. Byt namn på filen till ärende-id:t följt av .md.`,
		);
		return invalid();
	}
	if (!FILE_NAME.test(name)) {
		add(1, 'filnamn', `${quote(name)} duger inte som adress: använd bara små bokstäver a–z, siffror och bindestreck, t.ex. 20372556.md.`);
	}
	const parsed = parseEntry(file);
	if (!parsed.ok) {
		for (const problem of parsed.problems) add(problem.line, problem.field, problem.message);
		return invalid();
	}
	const result = schema.safeParse(parsed.frontmatter);
	for (const issue of result.success ? [] : result.error.issues) {
		if (issue.code === 'unrecognized_keys') {
			for (const key of issue.keys) {
				const path = [...issue.path, key];
				add(
					parsed.lineOf(path),
					formatPath(path),
					issue.path.length === 0 && key in reservedKeys ? reservedKeyMessage(key) : unknownKeyMessage(key, fieldsAt(fields, issue.path)),
					path,
				);
			}
		} else {
			const spec = valueAt(parsed.frontmatter, issue.path) === null ? fieldAt(fields, issue.path) : undefined;
			add(parsed.lineOf(issue.path), formatPath(issue.path) || 'frontmatter', spec ? emptyFieldMessage(spec) : issue.message, issue.path);
		}
	}
	for (const { path, value } of texts(parsed.frontmatter, [])) {
		for (const problem of characterProblems(value))
			add(
				parsed.lineOf(path),
				formatPath(path),
				`tecken ${problem.column}${problem.line > 1 ? ` på värdets rad ${problem.line}` : ''} i värdet: ${problem.message}`,
				path,
			);
	}
	const body = parsed.body;
	if (body.length > MAX_BODY_LENGTH) {
		add(
			parsed.bodyLine,
			'body',
			`texten är ${body.length.toLocaleString('sv-SE')} tecken lång; högst ${MAX_BODY_LENGTH.toLocaleString('sv-SE')} får plats. Texten ska vara projektets sammanfattning ur källan: korta den.`,
		);
	} else {
		const unsafe = unsafeMarkdownProblem(body);
		if (unsafe) add(parsed.bodyLine + (unsafe.line ?? 1) - 1, 'body', unsafe.message);
		for (const problem of characterProblems(body))
			add(parsed.bodyLine + problem.line - 1, 'body', `tecken ${problem.column} på raden: ${problem.message}`);
	}
	if (body.trim() === '')
		add(parsed.bodyLine, 'body', 'texten under fälten saknas. Skriv projektets sammanfattning ur källan under den andra raden med "---".');
	const key = name.replace(/\.md$/, '');
	// The id as written, so that a file whose other fields are wrong still hears about its name in this run.
	const written = valueAt(parsed.frontmatter, ['id']);
	const id = result.success
		? result.data.id
		: typeof written === 'string' || typeof written === 'number'
			? String(written).trim()
			: undefined;
	if (id !== undefined && id !== '' && id !== key) {
		add(
			parsed.lineOf(['id']),
			'id',
			`filen heter ${quote(name)}, men ärende-id:t är ${quote(id)}. Döp om filen till ${id}.md (sidans adress följer filens namn).`,
			['id'],
		);
	}
	found.sort((a, b) => a.line - b.line);
	const document = valueAt(parsed.frontmatter, ['source', 'document']);
	const decider = valueAt(parsed.frontmatter, ['decider']);
	const source =
		typeof document === 'string' && document.trim() !== ''
			? {
					document: document.trim(),
					line: parsed.lineOf(['source', 'document']),
					decider: typeof decider === 'string' ? decider : undefined,
				}
			: undefined;
	const known = { idLine: parsed.lineOf(['id']), ...(id ? { id } : {}), ...(source ? { source } : {}) };
	if (!result.success) return { entry: undefined, problems: found, ...known };
	const where = {
		title: { line: parsed.lineOf(['title']), field: 'title' },
		owner: { line: parsed.lineOf(['owner', 'name']), field: 'owner.name' },
		summary: { line: parsed.bodyLine, field: 'body' },
	} as const;
	const warnings = qualityWarnings(result.data, body.trim()).map((w): Problem => ({
		file: file.path,
		line: where[w.field].line,
		field: where[w.field].field,
		message: `${w.message}. ${QUALITY_ADVICE}`,
	}));
	return {
		entry: { path: file.path, key, data: result.data, body: body.trim() },
		problems: found,
		...known,
		...(warnings.length ? { warnings } : {}),
	};
}

/**
 * Checks files one at a time with one schema, without the checks across files or against the
 * source documents: for earlier versions of entries (entries/history.ts), each read as the build
 * reads the current one.
 */
export function fileValidator(config: SiteConfig): (file: EntryFile) => FileResult {
	const schema = createProjectSchema(config);
	const fields = describeFields(schema);
	return (file) => validateFile(file, schema, fields);
}

/** Every text value in the frontmatter, with its path. */
function texts(value: unknown, path: FieldPath): { path: FieldPath; value: string }[] {
	if (typeof value === 'string') return [{ path, value }];
	if (Array.isArray(value)) return value.flatMap((item, i) => texts(item, [...path, i]));
	if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => texts(item, [...path, key]));
	return [];
}

/**
 * Checks every file, then what can only be checked across files: ids used twice, and, where the bank
 * ships source documents (`sources`, from entries/sources.ts), that every entry cites one of them.
 */
export function validateEntries(
	files: readonly EntryFile[],
	config: SiteConfig,
	cache?: FileResultCache,
	sources?: readonly CitableSource[],
): { entries: ValidEntry[]; problems: Problem[]; warnings: Problem[] } {
	const schema = createProjectSchema(config);
	const fields = describeFields(schema);
	const problems: Problem[] = [];
	const warnings: Problem[] = [];
	const entries: ValidEntry[] = [];
	const results: { path: string; key: string; result: FileResult }[] = [];

	for (const file of files) {
		// An unreadable file's content is a stand-in, so its result is never kept.
		let result = file.unreadable ? undefined : cache?.get(file);
		if (!result) {
			result = validateFile(file, schema, fields);
			if (!file.unreadable) cache?.set(file, result);
		}
		const fileProblems = [...result.problems, ...sourceProblems(file.path, result, sources, config)];
		problems.push(...fileProblems.sort((a, b) => a.line - b.line));
		if (file.path.endsWith('.md') && !file.unreadable)
			results.push({ path: file.path, key: file.path.split('/').at(-1)!.replace(/\.md$/, ''), result });
		if (result.entry) entries.push(result.entry);
		warnings.push(...(result.warnings ?? []));
	}

	const seen = new Map<string, string>();
	for (const { path, key: fileKey, result } of results) {
		for (const key of new Set([fileKey, result.id].filter((k): k is string => k !== undefined))) {
			const other = seen.get(key);
			if (other && other !== path) {
				const line = result.id === key ? result.idLine : 1;
				const field = result.id === key ? 'id' : 'filnamn';
				problems.push({
					file: path,
					line,
					field,
					message: `${quote(key)} används redan av ${other}. Två poster kan inte ha samma adress: kontrollera ärende-id:t mot källan.`,
				});
			}
			seen.set(key, path);
		}
	}
	return { entries, problems, warnings };
}

function sourceProblems(file: string, result: FileResult, sources: readonly CitableSource[] | undefined, config: SiteConfig): Problem[] {
	if (!sources || sources.length === 0 || !result.source) return [];
	const { document, line, decider } = result.source;
	const message = citationProblem(document, decider, sources, config);
	return message ? [{ file, line, field: 'source.document', path: ['source', 'document'], message }] : [];
}

/**
 * What is wrong with citing `document`, or undefined when the bank ships it (or ships no documents).
 * The suggestion is only ever a document of the citing decider (its issuer or title names the
 * decider): a Västerbotten entry is never pointed at Norrbotten's minutes because their titles look alike.
 */
export function citationProblem(
	document: string,
	decider: string | undefined,
	sources: readonly CitableSource[],
	config: SiteConfig,
): string | undefined {
	if (sources.length === 0 || sources.some((s) => s.title === document)) return undefined;
	const own =
		decider && config.deciders.some((r) => r.name === decider)
			? sources.filter((s) => fold(s.issuer).startsWith(fold(decider)) || fold(s.title).includes(fold(decider)))
			: [];
	const [close] = closestMatches(
		document,
		own.map((s) => s.title),
		1,
	);
	const suggestion = close
		? ` Menade du ${JSON.stringify(close)}?`
		: own.length > 0 && own.length <= 3
			? ` ${decider}s dokument är ${listOr(own.map((s) => JSON.stringify(s.title)))}.`
			: '';
	return `väntade titeln på ett av källdokumenten i ${SOURCES_DIR}/, men det står ${quote(document)}.${suggestion} Skriv titeln precis som i dokumentets .yaml-fil, eller lägg till dokumentet: en fil ${SOURCES_DIR}/<namn>.yaml med title (exakt den titel posten anger), issuer, kind och ev. date, och dokumentets text i <namn>.txt bredvid.`;
}

function reservedKeyMessage(key: string): string {
	return `fältet är reserverat: ${reservedKeys[key]}. Ta bort raden.`;
}

function unknownKeyMessage(key: string, known: readonly FieldSpec[] | undefined): string {
	const fields = known ?? [];
	const byName = new Map(fields.flatMap((f) => [[f.key, f] as const, [f.label, f] as const]));
	const [closest] = closestMatches(key, [...byName.keys()], 1);
	const spec = closest === undefined ? undefined : byName.get(closest);
	if (spec) return `det finns inget fält som heter ${quote(key)}, så värdet skulle inte användas. Menade du ${spec.key} (${spec.label})?`;
	const list =
		fields.length <= 8 ? ` Fälten här är ${fields.map((f) => f.key).join(', ')}.` : ' Se vilka fält som finns i docs/redaktorshandbok.md.';
	return `det finns inget fält som heter ${quote(key)}, så värdet skulle inte användas. Ta bort raden eller byt namn på fältet.${list}`;
}

function valueAt(data: unknown, path: FieldPath): unknown {
	return path.reduce<unknown>(
		(value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
		data,
	);
}

/** A key written without a value: what belongs there, and whether the line may go. */
function emptyFieldMessage(spec: FieldSpec): string {
	if (spec.required) return `fältet är tomt. ${spec.hint}`;
	return `fältet är tomt: fyll i det, eller ta bort raden om källan inte anger något. ${spec.hint.replace(/\s*Ta (?:annars )?bort [^.]*\./g, '')}`.trim();
}
