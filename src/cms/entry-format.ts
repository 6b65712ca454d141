/**
 * How the editing app reads and writes an entry file, registered as its own file format (src/cms/app.ts).
 * Sveltia CMS's own YAML front matter format writes the whole object anew in its style: strings
 * quoted differently, flow lists as block lists, so a one-word edit rewrites a third of the file.
 * This format keeps the file the app read (the `yaml` package's Document keeps each value's style
 * and position) and changes only the values the editor changed: a one-word edit changes one line.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';

/** The format's name in the app's configuration (src/cms/config.ts) and registration (src/cms/app.ts); the app accepts only a "-frontmatter" format for .md files. */
export const ENTRY_FORMAT = 'projektpost-frontmatter';

const FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

/** How the shipped entries are written: `[A, B]` flow lists without padding, no folded lines. */
const STYLE = { lineWidth: 0, flowCollectionPadding: false } as const;

export interface ReadEntry {
	/** The front matter as read, with its styles. */
	doc: Document;
	/** The body exactly as in the file. */
	body: string;
	/** What the app edits: the front matter's values and `body`. */
	value: Record<string, unknown>;
}

/** Reads an entry file: its front matter as a Document and the body after it. */
export function readEntry(text: string): ReadEntry {
	const match = FRONTMATTER.exec(text);
	const doc = parseDocument(match?.[1] ?? '', { uniqueKeys: true });
	const body = match ? text.slice(match[0].length) : text;
	const data = (doc.toJS() ?? {}) as Record<string, unknown>;
	return { doc, body, value: { ...data, body: body.replace(/\n+$/, '') } };
}

/** A value the app leaves out rather than writing it empty (`omit_empty_optional_fields`), or a switch left at its default. */
const isEmpty = (value: unknown) =>
	value === undefined ||
	value === null ||
	value === '' ||
	value === false ||
	(Array.isArray(value) && value.length === 0) ||
	(typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0);

/** An empty list or mapping in the file, which the app hands back as absent. */
const isEmptyNode = (node: unknown) => (isSeq(node) || isMap(node)) && node.items.length === 0;

/**
 * Makes `node` hold `value`, touching only what differs: a scalar whose text is the same (the app
 * may hand back 666030 as "666030") is left as written; a changed scalar keeps its quoting where it can.
 */
function update(doc: Document, node: unknown, value: unknown): Node {
	if (isScalar(node) && (value === null || typeof value !== 'object')) {
		if (String(node.value) !== String(value)) node.value = value;
		return node;
	}
	if (isSeq(node) && Array.isArray(value)) {
		value.forEach((item, i) => {
			node.items[i] = i < node.items.length ? update(doc, node.items[i], item) : doc.createNode(item);
		});
		node.items.length = value.length;
		return node;
	}
	if (isMap(node) && typeof value === 'object' && value !== null && !Array.isArray(value)) {
		const object = value as Record<string, unknown>;
		for (const pair of [...node.items]) {
			const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
			if (key in object && object[key] !== undefined) pair.value = update(doc, pair.value, object[key]);
			else if (!isEmptyNode(pair.value)) node.items.splice(node.items.indexOf(pair), 1);
		}
		const present = new Set(node.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key))));
		for (const [key, item] of Object.entries(object)) {
			if (!present.has(key) && !isEmpty(item)) node.items.push(doc.createPair(key, item));
		}
		return node;
	}
	return doc.createNode(value) as Node;
}

/**
 * Writes an entry: the file it was read from with the edited values put in, or, for a new entry, the
 * values in the shipped entries' style. The body is kept byte for byte unless it was edited.
 */
export function writeEntry(original: ReadEntry | undefined, value: Record<string, unknown>): string {
	const { body = '', ...data } = value as Record<string, unknown> & { body?: string };
	const doc = original?.doc.clone() ?? new Document();
	doc.contents = update(doc, doc.contents, data) as typeof doc.contents;
	if (!original) {
		// A new entry: lists of names on one line, as the shipped entries write them.
		for (const key of ['municipalities', 'counties']) {
			const list = isMap(doc.contents) ? doc.contents.get(key, true) : undefined;
			if (isSeq(list)) list.flow = true;
		}
	}
	const text = String(body);
	const keptBody =
		original && original.body.replace(/\n+$/, '') === text.replace(/\n+$/, '') ? original.body : `${text.replace(/\n+$/, '')}\n`;
	return `---\n${doc.toString(STYLE)}---\n${keptBody}`;
}

/**
 * The files the app has read, so that saving one writes into what was read. An entry is found again
 * by its ärende-id, or, for an entry without one, its diarienummer or title.
 */
export class EntryStore {
	readonly #read = new Map<string, ReadEntry>();

	static keys(value: Record<string, unknown>): string[] {
		return (['id', 'ref', 'title'] as const)
			.filter((k) => typeof value[k] === 'string' || typeof value[k] === 'number')
			.map((k) => `${k}:${String(value[k])}`);
	}

	/** For the app's `fromFile`. */
	read(text: string): Record<string, unknown> {
		const entry = readEntry(text);
		for (const key of EntryStore.keys(entry.value)) this.#read.set(key, entry);
		return entry.value;
	}

	/** For the app's `toFile`. */
	write(value: Record<string, unknown>): string {
		const original = EntryStore.keys(value)
			.map((key) => this.#read.get(key))
			.find(Boolean);
		const text = writeEntry(original, value);
		this.read(text);
		return text;
	}
}
