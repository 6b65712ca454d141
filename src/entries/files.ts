/**
 * Reading entry files: the one YAML reader of the project. `npm run validate`, `astro dev`,
 * `astro build`, `npm run import` and the tests all read entries through here, so they can never
 * disagree about what a file says.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';

export interface EntryFile {
	/** Path relative to the project root, e.g. "src/content/projects/20372556.md". */
	path: string;
	content: string;
	/** Why the file could not be read as an entry at all (not UTF-8, a symbolic link); its content is then not to be trusted. */
	unreadable?: { line: number; message: string };
}

export const PROJECTS_DIR = 'src/content/projects';

// ignoreBOM keeps a byte-order mark in the text, as readFileSync did: the readers after this skip it themselves.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Bytes as UTF-8 text, strictly: a file saved in another encoding (Windows-1252 "Ärende" is the
 * byte C4, never valid UTF-8 alone) is reported at the line of its first bad byte, rather than read
 * with "�" in place of the letters. `what` names the file for the message ("filen", "CSV-filen").
 */
export function decodeUtf8(bytes: Uint8Array, what = 'filen'): { text: string } | { text: string; line: number; message: string } {
	try {
		return { text: utf8.decode(bytes) };
	} catch {
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
		const bad = firstInvalidUtf8(bytes);
		let line = 1;
		for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
		const byte = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
		return {
			text,
			line,
			message: `${what} är inte sparad som UTF-8: byten ${byte} på den här raden är inget UTF-8-tecken (en fil sparad som Windows-1252 eller ISO 8859-1 har sådana för å, ä och ö). Öppna filen i en textredigerare och spara filen som UTF-8.`,
		};
	}
}

/** The offset of the first byte that does not begin or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i]!;
		const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
		if (length === 0) return i;
		const tail = bytes.subarray(i + 1, i + length);
		if (tail.length < length - 1 || tail.some((c) => (c & 0xc0) !== 0x80)) return i;
		// Cheap validity is enough here: the decoder has already said the file is bad; this only finds where.
		if (length > 1 && !isValidSequence(bytes.subarray(i, i + length))) return i;
		i += length - 1;
	}
	return Math.max(0, bytes.length - 1);
}

const isValidSequence = (sequence: Uint8Array) => {
	try {
		utf8.decode(sequence);
		return true;
	} catch {
		return false;
	}
};

/**
 * Every file under the entries folder, in path order, with paths relative to `root`. A symbolic link
 * is not followed (it could point outside the bank, or at itself): it comes back unreadable, with why.
 */
export function readEntryFiles(dir = PROJECTS_DIR, root = '.'): EntryFile[] {
	// Walked by hand: readdirSync's `recursive` follows links to folders, and a link to a parent loops.
	const walk = (path: string): { full: string; regular: boolean }[] =>
		readdirSync(path, { withFileTypes: true }).flatMap((d) =>
			d.isDirectory() ? walk(join(path, d.name)) : [{ full: join(path, d.name), regular: d.isFile() }],
		);
	return walk(resolve(root, dir))
		.sort((a, b) => (a.full < b.full ? -1 : a.full > b.full ? 1 : 0))
		.map(({ full, regular }): EntryFile => {
			const path = relative(root, full).split('\\').join('/');
			if (!regular) return { path, content: '', unreadable: { line: 1, message: SYMLINK } };
			const decoded = decodeUtf8(readFileSync(full));
			return 'line' in decoded
				? { path, content: decoded.text, unreadable: { line: decoded.line, message: decoded.message } }
				: { path, content: decoded.text };
		});
}

const SYMLINK =
	'filen är en symbolisk länk (eller något annat än en vanlig fil), och sådana läses inte: en länk kan peka utanför projektbanken eller på sig själv. Lägg posten som en vanlig fil i mappen och ta bort länken.';

/** A field's place in the frontmatter: keys and list positions (from 0), as zod reports them. */
export type FieldPath = readonly PropertyKey[];

/** A problem found while reading, before any field is checked. */
export interface ReadProblem {
	line: number;
	/** The key the problem is about, when there is one (a key written twice). */
	field?: string;
	message: string;
}

export type ParsedEntry =
	| {
			ok: true;
			frontmatter: unknown;
			body: string;
			/** The file's line where the body starts. */
			bodyLine: number;
			/** The file's line of a field: its key, or its row in a list; the closest enclosing field's if it is missing. */
			lineOf: (path: FieldPath) => number;
	  }
	| { ok: false; problems: ReadProblem[] };

const FRONTMATTER = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** A number YAML reads that is also what an editor means: plain digits (no sign, exponent, point, base or leading zero). */
const PLAIN_NUMBER = /^(?:0|[1-9][0-9]*)$/;

/**
 * Splits a file into YAML frontmatter and Markdown body and reads the YAML.
 * - Text is normalised to Unicode NFC, so a decomposed "Umeå" is the official "Umeå".
 * - The YAML 1.2 core schema keeps dates as text, so an impossible date (2026-02-30) is reported
 *   rather than rolled over to March.
 * - A number not written as plain digits (`1e6`, `-0`, `1.500`, `0x10`, `.inf`) is kept as the text
 *   written, so the schema refuses it with the editor's own spelling instead of reading another
 *   number than the one they meant.
 */
export function parseEntry(file: EntryFile): ParsedEntry {
	const content = file.content.normalize('NFC');
	const match = FRONTMATTER.exec(content);
	if (!match) {
		return {
			ok: false,
			problems: [
				{
					line: 1,
					field: 'frontmatter',
					message:
						'filen börjar inte med fält mellan två rader med "---". Skriv "---" på första raden, fälten under, och "---" igen före texten.',
				},
			],
		};
	}
	const yamlText = match[2] ?? '';
	// Line 1 of the file is the opening "---".
	const yaml = parseYaml(yamlText, 2);
	if (!yaml.ok) return yaml;
	return {
		ok: true,
		frontmatter: yaml.value ?? {},
		body: content.slice(match[0].length),
		bodyLine: match[0].split('\n').length,
		lineOf: yaml.lineOf,
	};
}

/**
 * YAML text as plain values, as every file of the bank is read (entries here, source documents in
 * sources.ts): the core schema, unique keys, no anchors or aliases, numbers only as plain digits.
 * `firstLine` is the file's line the text starts on, for the lines of problems and fields.
 */
export function parseYaml(
	yamlText: string,
	firstLine = 1,
): { ok: true; value: unknown; lineOf: (path: FieldPath) => number } | { ok: false; problems: ReadProblem[] } {
	const lineCounter = new LineCounter();
	const doc = parseDocument(yamlText, { schema: 'core', lineCounter, prettyErrors: false, uniqueKeys: true });
	// A problem found at the very end is on the last line of the YAML.
	const lastLine = Math.max(firstLine, firstLine - 1 + yamlText.replace(/\n$/, '').split('\n').length);
	const lineAt = (offset: number) => Math.min(lastLine, lineCounter.linePos(offset).line + firstLine - 1);
	const yamlProblems = [...doc.errors, ...doc.warnings].map((error) => readProblem(error, yamlText, lineAt, firstLine));
	const distinct = yamlProblems.filter((p, i) => yamlProblems.findIndex((q) => q.line === p.line && q.message === p.message) === i);
	if (distinct.length > 0) return { ok: false, problems: distinct };
	const references = anchorsAndAliases(doc, lineAt);
	if (references.length > 0) return { ok: false, problems: references };

	const lines = new Map<string, number>();
	const value = toValue(doc.contents, [], lines, lineAt);
	return {
		ok: true,
		value,
		lineOf: (path) => {
			for (let n = path.length; n > 0; n--) {
				const line = lines.get(pathKey(path.slice(0, n)));
				if (line !== undefined) return line;
			}
			return 1;
		},
	};
}

const pathKey = (path: FieldPath) => JSON.stringify(path.map((key) => (typeof key === 'number' ? key : String(key))));

/** The YAML as plain values, noting the line of every key and list row. */
function toValue(node: unknown, path: FieldPath, lines: Map<string, number>, lineAt: (offset: number) => number): unknown {
	if (isScalar(node)) {
		if (typeof node.value === 'number' && !(PLAIN_NUMBER.test(node.source ?? '') && Number.isSafeInteger(node.value))) return node.source;
		return node.value;
	}
	if (isMap(node)) {
		return Object.fromEntries(
			node.items.map((pair) => {
				const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
				const keyPath = [...path, key];
				const range = (pair.key as { range?: [number, number, number] } | null)?.range;
				if (range) lines.set(pathKey(keyPath), lineAt(range[0]));
				return [key, toValue(pair.value, keyPath, lines, lineAt)];
			}),
		);
	}
	if (isSeq(node)) {
		return node.items.map((item, i) => {
			const range = (item as { range?: [number, number, number] } | null)?.range;
			if (range) lines.set(pathKey([...path, i]), lineAt(range[0]));
			return toValue(item, [...path, i], lines, lineAt);
		});
	}
	return node ?? null;
}

/**
 * YAML's anchors (&namn) and aliases (*namn) repeat a value elsewhere. An entry has no use for them,
 * and resolved they can grow without bound ("billion laughs": nine short lines that expand to
 * gigabytes), so they are refused as written, before any value is read.
 */
function anchorsAndAliases(doc: Document, lineAt: (offset: number) => number): ReadProblem[] {
	const problems = new Map<number, ReadProblem>();
	const note = (offset: number | undefined, message: string) => {
		const line = lineAt(offset ?? 0);
		if (!problems.has(line)) problems.set(line, { line, message });
	};
	visit(doc, {
		Alias(_, node) {
			note(
				node.range?.[0],
				`raden hänvisar till ett YAML-ankare (*${node.source}). Projektbankens filer använder inte ankare och hänvisningar: skriv ut värdet där det behövs.`,
			);
		},
		Node(_, node) {
			if (node.anchor)
				note(
					node.range?.[0],
					`raden har ett YAML-ankare (&${node.anchor}). Projektbankens filer använder inte ankare och hänvisningar: ta bort &${node.anchor} och skriv ut värdet där det behövs.`,
				);
		},
	});
	return [...problems.values()].sort((a, b) => a.line - b.line);
}

/** A YAML syntax problem in words an editor can act on. */
function readProblem(error: YAMLError, yamlText: string, lineAt: (offset: number) => number, firstLine: number): ReadProblem {
	const line = lineAt(error.pos[0]);
	const lineText = yamlText.split('\n')[line - firstLine] ?? '';
	switch (error.code) {
		case 'DUPLICATE_KEY': {
			const key = /^[\s-]*(.+?)\s*:/.exec(yamlText.slice(error.pos[0]))?.[1];
			return { line, ...(key ? { field: key } : {}), message: 'fältet står två gånger. Ta bort den ena raden.' };
		}
		case 'TAB_AS_INDENT':
			return { line, message: 'raden är indragen med tabb. Dra in med mellanslag, lika många som raderna intill.' };
		case 'MISSING_CHAR':
			return /quote/i.test(error.message)
				? { line, message: 'ett citattecken stängs aldrig. Avsluta texten med samma sorts citattecken som den börjar med.' }
				: { line, message: 'en lista eller grupp inom [ ] eller { } stängs aldrig. Avsluta den med ] eller }.' };
		case 'BAD_SCALAR_START':
			return { line, message: 'värdet börjar med ett tecken som YAML reserverar (som @, `, %, * eller &). Sätt värdet inom citattecken.' };
		case 'TAG_RESOLVE_FAILED':
			return { line, message: 'raden har en YAML-tagg (ett ord som börjar med !). Ta bort taggen, eller sätt värdet inom citattecken.' };
		default:
			return {
				line,
				message: /:\s.*:\s/.test(lineText)
					? 'raden går inte att läsa: värdet innehåller ": ". Sätt värdet inom citattecken.'
					: 'raden går inte att läsa. Kontrollera indraget (mellanslag, lika många som raderna intill), kolonet efter fältets namn, att listor och citattecken stängs, och att text med ": " eller " #" står inom citattecken.',
			};
	}
}
