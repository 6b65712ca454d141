/**
 * The check of every entry file: frontmatter against the schema, body against the Markdown rules,
 * file names and ids across the collection. Returns every problem at once, each naming the file,
 * the line, the field, what was expected, what the file says and what to do. The content loader,
 * `npm run validate` and `npm run import` all call this.
 */
import type { ProjectEntry } from '../domain/project.ts';
import { closestMatches } from '../domain/text.ts';
import { describeFields, fieldAt, fieldsAt, type FieldSpec } from '../schemas/fields.ts';
import { createProjectSchema, reservedKeys } from '../schemas/project.ts';
import { formatPath, quote } from '../schemas/errors.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { parseEntry, type EntryFile, type FieldPath } from './files.ts';
import { unsafeMarkdownProblem } from './markdown.ts';

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
	const message = problem.field ? `${problem.field} – ${problem.message}` : problem.message.charAt(0).toLocaleUpperCase('sv') + problem.message.slice(1);
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

const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;

/** The longest summary an entry may carry: the largest shipped one is under 5 000 characters. */
export const MAX_BODY_LENGTH = 50_000;

/** One file checked on its own: its entry if it is valid, and its problems. The checks across files come after. */
export interface FileResult {
	entry: ValidEntry | undefined;
	/** The line of the entry's id, for problems found across files. */
	idLine: number;
	problems: Problem[];
}

/** Results kept from an earlier run, by file path and content (entries/validation-cache.ts). */
export interface FileResultCache {
	get(file: EntryFile): FileResult | undefined;
	set(file: EntryFile, result: FileResult): void;
}

type ProjectSchema = ReturnType<typeof createProjectSchema>;

function validateFile(file: EntryFile, schema: ProjectSchema, fields: FieldSpec[]): FileResult {
	const found: Problem[] = [];
	const add = (line: number, field: string | undefined, message: string, path?: FieldPath) =>
		found.push({ file: file.path, line, message, ...(field ? { field } : {}), ...(path ? { path } : {}) });
	const invalid = (): FileResult => ({ entry: undefined, idLine: 1, problems: found });
	const name = file.path.split('/').at(-1)!;
	if (!name.endsWith('.md')) {
		add(1, 'filnamn', `${quote(name)} slutar inte på .md, så filen skulle inte publiceras. Byt namn på filen till ärende-id:t följt av .md.`);
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
				add(parsed.lineOf(path), formatPath(path), issue.path.length === 0 && key in reservedKeys ? reservedKeyMessage(key) : unknownKeyMessage(key, fieldsAt(fields, issue.path)), path);
			}
		} else {
			const spec = valueAt(parsed.frontmatter, issue.path) === null ? fieldAt(fields, issue.path) : undefined;
			add(parsed.lineOf(issue.path), formatPath(issue.path) || 'frontmatter', spec ? emptyFieldMessage(spec) : issue.message, issue.path);
		}
	}
	const body = parsed.body;
	if (body.length > MAX_BODY_LENGTH) {
		add(parsed.bodyLine, 'body', `texten är ${body.length.toLocaleString('sv-SE')} tecken lång; högst ${MAX_BODY_LENGTH.toLocaleString('sv-SE')} får plats. Texten ska vara projektets sammanfattning ur källan: korta den.`);
	} else {
		const unsafe = unsafeMarkdownProblem(body);
		if (unsafe) add(parsed.bodyLine + (unsafe.line ?? 1) - 1, 'body', unsafe.message);
	}
	if (body.trim() === '') add(parsed.bodyLine, 'body', 'texten under fälten saknas. Skriv projektets sammanfattning ur källan under den andra raden med "---".');
	const key = name.replace(/\.md$/, '');
	if (result.success && result.data.id !== undefined && result.data.id !== key) {
		add(parsed.lineOf(['id']), 'id', `filen heter ${quote(name)}, men ärende-id:t är ${quote(result.data.id)}. Döp om filen till ${result.data.id}.md (sidans adress följer filens namn).`, ['id']);
	}
	found.sort((a, b) => a.line - b.line);
	if (!result.success) return invalid();
	return { entry: { path: file.path, key, data: result.data, body: body.trim() }, idLine: parsed.lineOf(['id']), problems: found };
}

export function validateEntries(files: readonly EntryFile[], config: SiteConfig, cache?: FileResultCache): { entries: ValidEntry[]; problems: Problem[] } {
	const schema = createProjectSchema(config);
	const fields = describeFields(schema);
	const problems: Problem[] = [];
	const entries: ValidEntry[] = [];
	const idLines = new Map<string, number>();

	for (const file of files) {
		let result = cache?.get(file);
		if (!result) {
			result = validateFile(file, schema, fields);
			cache?.set(file, result);
		}
		problems.push(...result.problems);
		if (!result.entry) continue;
		idLines.set(file.path, result.idLine);
		entries.push(result.entry);
	}

	const seen = new Map<string, string>();
	for (const entry of entries) {
		for (const key of new Set([entry.key, entry.data.id].filter((k): k is string => k !== undefined))) {
			const other = seen.get(key);
			if (other && other !== entry.path) {
				const line = entry.data.id === key ? idLines.get(entry.path)! : 1;
				const field = entry.data.id === key ? 'id' : 'filnamn';
				problems.push({ file: entry.path, line, field, message: `${quote(key)} används redan av ${other}. Två poster kan inte ha samma adress: kontrollera ärende-id:t mot källan.` });
			}
			seen.set(key, entry.path);
		}
	}
	return { entries, problems };
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
	const list = fields.length <= 8 ? ` Fälten här är ${fields.map((f) => f.key).join(', ')}.` : ' Se vilka fält som finns i docs/redaktorshandbok.md.';
	return `det finns inget fält som heter ${quote(key)}, så värdet skulle inte användas. Ta bort raden eller byt namn på fältet.${list}`;
}

function valueAt(data: unknown, path: FieldPath): unknown {
	return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** A key written without a value: what belongs there, and whether the line may go. */
function emptyFieldMessage(spec: FieldSpec): string {
	if (spec.required) return `fältet är tomt. ${spec.hint}`;
	return `fältet är tomt: fyll i det, eller ta bort raden om källan inte anger något. ${spec.hint.replace(/\s*Ta (?:annars )?bort [^.]*\./g, '')}`.trim();
}
