/**
 * A search with no words but an order (by amount, by decision or start date), answered from lists
 * the build sorted (views/sorted-lists.ts) instead of from the search index, whose every shard such
 * a search would load (1.6 MB at 100,000 projects).
 *
 * For each order key the build writes the whole bank in that order, largest or latest first and
 * projects without the value last, as cards in chunks of 50 (`rows`); and, for each value of each
 * filter, which positions of that order hold its projects (`list`): the positions themselves when
 * few, else a bitset. A search fetches the list of each filter it uses, intersects them, and then
 * only the chunks that hold the cards it shows: a few KB to some tens of KB at any size of bank.
 * Ascending is the present values in reverse, then the missing ones: missing last both ways (equal
 * values are in title order descending, Ö–A, when ascending: the reverse of the descending order's).
 *
 * Pure over a `fetchJson` function, so it is tested without a browser (the search page uses it:
 * client/project-search.ts).
 */
import type { Card, ShardInfo } from './shard-search.ts';

/** What the search page is told of the sorted lists (views/sorted-lists.ts sortedListsInfo). */
export interface SortedListsInfo {
	/** Projects in the bank: positions run from 0 to total - 1. */
	total: number;
	/** Cards per rows file. */
	chunk: number;
	/** Per order key (domain/listing.ts SortKey): its path segment and how many projects have the value. */
	keys: Record<string, { slug: string; present: number }>;
	/** `{k}`: a key's slug; `{n}`: a chunk's number. */
	rows: string;
	/** `{k}`: a key's slug; `{f}`: a filter's name; `{v}`: listFileName of its value. */
	list: string;
}

/** The positions of a filter value's projects in one order: ascending, as deltas (`d`), or a bitset in base64 (`b`). */
export type ListFile = { n: number; d: number[] } | { n: number; b: string };

/** A card as a rows file holds it: url, title, status, tone, amount, owner, places, decision. */
export type Row = [string, string, string, string, string, string, string, string];

/** A filter value's file name: FNV-1a over its characters, 8 hex digits, the same in the build and the browser. */
export function listFileName(value: string): string {
	let hash = 0x811c9dc5;
	for (const char of value.normalize('NFC')) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
	return hash.toString(16).padStart(8, '0');
}

/** The positions of a list file as a bitset of `total` bits (bit i of byte i >> 3). */
export function membersOf(file: ListFile, total: number): Uint8Array {
	const bits = new Uint8Array(Math.ceil(total / 8));
	if ('b' in file) {
		const raw = atob(file.b);
		for (let i = 0; i < bits.length && i < raw.length; i++) bits[i] = raw.charCodeAt(i);
	} else {
		let position = 0;
		file.d.forEach((delta, i) => {
			position = i === 0 ? delta : position + delta;
			bits[position >> 3]! |= 1 << (position & 7);
		});
	}
	return bits;
}

/** Every position, for a search with no filter. */
export function everyPosition(total: number): Uint8Array {
	const bits = new Uint8Array(Math.ceil(total / 8)).fill(0xff);
	if (total % 8) bits[bits.length - 1] = (1 << (total % 8)) - 1;
	return bits;
}

export function intersect(sets: readonly Uint8Array[]): Uint8Array {
	const [first, ...rest] = sets;
	const out = Uint8Array.from(first!);
	for (const set of rest) for (let i = 0; i < out.length; i++) out[i]! &= set[i] ?? 0;
	return out;
}

const has = (bits: Uint8Array, i: number) => (bits[i >> 3]! & (1 << (i & 7))) !== 0;

/**
 * The positions of a set in the order asked: descending is the order as written (projects without
 * the value at the end); ascending takes the positions with the value backwards, then those without.
 */
export function orderedPositions(bits: Uint8Array, total: number, present: number, direction: 'asc' | 'desc'): number[] {
	const out: number[] = [];
	if (direction === 'desc') {
		for (let i = 0; i < total; i++) if (has(bits, i)) out.push(i);
	} else {
		for (let i = present - 1; i >= 0; i--) if (has(bits, i)) out.push(i);
		for (let i = present; i < total; i++) if (has(bits, i)) out.push(i);
	}
	return out;
}

export function cardOf(row: Row): Card {
	const [url, title, status, tone, amount, owner, places, decision] = row;
	return { url, excerpt: '', meta: { title, status, tone, amount, owner, places, decision } };
}

export type FetchJson = (path: string) => Promise<unknown>;

/**
 * The hits of a search with no words in one order, with the same surface as the shard search's
 * results (client/shard-search.ts ShardedResults): counted in full on `start`, cards `next` n at a time.
 */
export class SortedListResults {
	readonly complete = true;
	readonly searchedShards = 0;
	readonly shards: ShardInfo[] = [];
	#positions: number[] = [];
	#shown = 0;
	#chunks = new Map<number, Promise<Row[]>>();
	readonly #info: SortedListsInfo;
	readonly #key: { slug: string; present: number };
	readonly #direction: 'asc' | 'desc';
	readonly #filters: Record<string, string>;
	readonly #fetchJson: FetchJson;

	constructor(
		info: SortedListsInfo,
		sort: { key: string; direction: 'asc' | 'desc' },
		filters: Record<string, string>,
		fetchJson: FetchJson,
	) {
		const key = info.keys[sort.key];
		if (!key) throw new Error(`no sorted list for ${sort.key}`);
		this.#info = info;
		this.#key = key;
		this.#direction = sort.direction;
		this.#filters = filters;
		this.#fetchJson = fetchJson;
	}

	/** Whether a search can be answered from the lists: no words, an order the lists have. */
	static answers(info: SortedListsInfo | undefined, term: string | null, sort: { key: string } | undefined): boolean {
		return Boolean(info && !term && sort && info.keys[sort.key]);
	}

	get total(): number {
		return this.#positions.length;
	}

	get remaining(): number {
		return this.total - this.#shown;
	}

	/** Fetches each filter's list (a value the bank does not have has none: no hits) and orders what they share. */
	async start(): Promise<void> {
		const { total } = this.#info;
		const sets = await Promise.all(
			Object.entries(this.#filters).map(async ([filter, value]) => {
				const path = this.#info.list
					.replace('{k}', this.#key.slug)
					.replace('{f}', encodeURIComponent(filter))
					.replace('{v}', listFileName(value));
				const file = (await this.#fetchJson(path)) as ListFile | undefined;
				return file ? membersOf(file, total) : new Uint8Array(Math.ceil(total / 8));
			}),
		);
		const bits = sets.length ? intersect(sets) : everyPosition(total);
		this.#positions = orderedPositions(bits, total, this.#key.present, this.#direction);
	}

	/** Nothing more to search: `start` counted every hit. */
	async searchNext(): Promise<boolean> {
		return false;
	}

	#chunk(n: number): Promise<Row[]> {
		let chunk = this.#chunks.get(n);
		if (!chunk) {
			const path = this.#info.rows.replace('{k}', this.#key.slug).replace('{n}', String(n));
			chunk = this.#fetchJson(path).then((rows) => (rows as Row[] | undefined) ?? []);
			this.#chunks.set(n, chunk);
		}
		return chunk;
	}

	/** The next `n` cards, fetching only the chunks that hold them. */
	async next(n: number): Promise<Card[]> {
		const positions = this.#positions.slice(this.#shown, this.#shown + n);
		this.#shown += positions.length;
		const { chunk } = this.#info;
		return Promise.all(positions.map(async (p) => cardOf((await this.#chunk(Math.floor(p / chunk)))[p % chunk]!)));
	}

	/** Every hit's card, for the download. */
	async all(): Promise<Card[]> {
		const { chunk } = this.#info;
		return Promise.all(this.#positions.map(async (p) => cardOf((await this.#chunk(Math.floor(p / chunk)))[p % chunk]!)));
	}
}
