/**
 * Searching a bank whose index is split into shards by when projects were decided (views/search-
 * index.ts). Results come in an order a reader can trust:
 * - words by relevance: in a bank of up to 4,500 projects every shard is searched as one index and
 *   one score orders all hits (ranksAcrossShards); a bigger bank is searched shard after shard;
 * - by decision date (or, in a big bank, by relevance), shard after shard (newest decisions first,
 *   or oldest first when sorting oldest first): the first shard's results show at once, the rest follow;
 * - by an amount or a start date, every shard is searched and their sorted lists are merged by the
 *   exact value each result carries, so the order is the same as one index would give;
 * - a case number is looked up first (views/search-index.ts caseNumberFiles): only the shards that
 *   hold it are searched, so its project shows without loading every shard.
 * Pure logic over a `searchShard` function, so it is tested without Pagefind.
 */
export interface ShardInfo {
	id: string;
	label: string;
	years: string[];
	/** Every value of the year filter its projects carry: an amendment's year too. */
	decisionYears?: string[];
	count: number;
	path: string;
}

export interface Card {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
}

export interface Hit {
	data(): Promise<Card>;
}

export interface ShardQuery {
	term: string | null;
	filters: Record<string, string>;
	/** A name searched as what it names: a project matches when any of these [filter, value] pairs does. */
	any?: readonly (readonly [string, string])[] | undefined;
	sort?: { key: string; direction: 'asc' | 'desc' } | undefined;
	/** The only shards to search: those the case number searched lies in. */
	only?: readonly string[] | undefined;
}

/** Where the case-number lookup files lie: `{n}` in `path` stands for a file's number (caseNumberFile). */
export interface CaseNumberFiles {
	files: number;
	path: string;
}

/** What the search box can name, with the filters that select exactly its projects (any of them). */
export interface NamedEntity {
	name: string;
	filters: [string, string][];
}

/** Where the name lookup files lie: `{b}` in `path` stands for a bucket (nameBucket); only `buckets` exist. */
export interface NameFiles {
	buckets: string[];
	path: string;
}

/** A folded name as the lookup files' names spell it: letters and digits, anything else "-"; "_" when it does not begin with a letter or digit. */
export function bucketKey(folded: string): string {
	const key = folded.trim().replace(/[^a-z0-9]/g, '-');
	return /^[a-z0-9]/.test(key) ? key : '_';
}

/**
 * The lookup file of a folded name: its first letter or digit ("_" for none), or, where a letter
 * has more names than a file holds, the longest of the `buckets` the name begins with
 * (views/search-index.ts namedEntityFiles splits them: "utvecklingsbolag-1", "utvecklingsbolag-2", …).
 */
export function nameBucket(folded: string, buckets: readonly string[] = []): string {
	const key = bucketKey(folded);
	if (key === '_') return key;
	let best = key[0]!;
	for (const bucket of buckets) if (bucket.length > best.length && key.startsWith(bucket)) best = bucket;
	return best;
}

export type SearchShard = (shard: ShardInfo, query: ShardQuery) => Promise<Hit[]>;

/** The Pagefind sort key of an order (views/search.ts): one per direction, so that what the source lacks comes last in both. */
export function searchSortKey(key: string, direction: 'asc' | 'desc'): string {
	return direction === 'asc' ? `${key}_asc` : key;
}

/** Shards whose years are not decision years: they come last in either direction. */
const isDated = (shard: ShardInfo) => shard.years.every((y) => /^\d{4}$/.test(y));

/** The shards a query must search, in the order their results come. */
export function shardsFor(shards: readonly ShardInfo[], query: ShardQuery): ShardInfo[] {
	const year = query.filters.ar;
	const only = query.only && new Set(query.only);
	const chosen = shards.filter((s) => (!year || (s.decisionYears ?? s.years).includes(year)) && (!only || only.has(s.id)));
	const ordered =
		query.sort?.key === 'date' && query.sort.direction === 'asc'
			? [...chosen.filter(isDated).reverse(), ...chosen.filter((s) => !isDated(s))]
			: chosen;
	return ordered;
}

/** A query shaped like a case number (an ärende-id or a diarienummer such as "00054-2020"): looked up before it is searched as words. */
export function isCaseNumber(term: string | null): boolean {
	return term !== null && /^(?=.*\d)[\p{L}\d]+(?:-[\p{L}\d]+)*$/u.test(term.trim()) && /\d{4,}/.test(term);
}

/** A case number as the lookup files key it. */
export function caseNumberKey(term: string): string {
	return term.trim().normalize('NFC').toLocaleLowerCase('sv');
}

/** Which of `files` lookup files holds a case number: FNV-1a over its characters, the same in the build and the browser. */
export function caseNumberFile(key: string, files: number): number {
	let hash = 0x811c9dc5;
	for (const char of key) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
	return hash % files;
}

/** The id of the one shard that stands for every shard (allShards). */
export const ALL_SHARDS = '*';

/**
 * Up to this many projects, words are ranked across every shard at once (ranksAcrossShards): each
 * shard's index is merged before the first result. A full shard of 1,500 projects adds about 30 KB
 * gzip (its metadata, about 19 KB, and the chunk of each word searched, about 11 KB; npm run bench
 * at 10,000), so three full shards keep the first word query near 210 KB, within the 300 KB budget.
 * A bigger bank searches its shards newest first instead (10,000 projects: 116 KB before the first
 * results; ranking all eight shards would cost 314 KB).
 */
export const MAX_RANKED_PROJECTS = 4500;

/**
 * Whether a query is ranked across every shard as one index: words in order of relevance. A name
 * or a case number selects an exact set, and a sort has its own order across shards.
 */
export function ranksAcrossShards(query: ShardQuery, shards: readonly ShardInfo[]): boolean {
	return (
		query.term !== null &&
		query.any === undefined &&
		query.sort === undefined &&
		shards.length > 1 &&
		shards.reduce((sum, s) => sum + s.count, 0) <= MAX_RANKED_PROJECTS
	);
}

/** One shard standing for them all, searched as one index so that one ranking orders every hit. */
export function allShards(shards: readonly ShardInfo[]): ShardInfo {
	return {
		id: ALL_SHARDS,
		label: shards.map((s) => s.label).join(', '),
		years: [...new Set(shards.flatMap((s) => s.years))],
		decisionYears: [...new Set(shards.flatMap((s) => s.decisionYears ?? s.years))],
		count: shards.reduce((sum, s) => sum + s.count, 0),
		path: '',
	};
}

/** Whether the order needs every shard before the first result: amounts and start dates cross shard lines. */
export function mergesShards(query: ShardQuery): boolean {
	return query.sort !== undefined && query.sort.key !== 'date';
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class ShardedResults {
	readonly shards: ShardInfo[];
	/** Hits found so far, by shard, in shard order. */
	#found: Hit[][] = [];
	#searched = 0;
	#shown = 0;
	/** For merging: each shard's position and the card at its head. */
	#heads: { index: number; card: Card | undefined }[] | undefined;

	readonly query: ShardQuery;
	readonly search: SearchShard;

	constructor(shards: readonly ShardInfo[], query: ShardQuery, search: SearchShard) {
		this.shards = shardsFor(shards, query);
		this.query = query;
		this.search = search;
	}

	/** Hits counted so far; final once `complete`. */
	get total(): number {
		return this.#found.reduce((sum, hits) => sum + hits.length, 0);
	}

	get complete(): boolean {
		return this.#searched === this.shards.length;
	}

	get searchedShards(): number {
		return this.#searched;
	}

	get remaining(): number {
		return this.total - this.#shown;
	}

	/** Searches the next shard; false when there is none. */
	async searchNext(): Promise<boolean> {
		const shard = this.shards[this.#searched];
		if (!shard) return false;
		this.#found.push(await this.search(shard, this.query));
		this.#searched++;
		return true;
	}

	/** Searches until the first results can be shown: one shard with hits, or every shard when the order needs them all. */
	async start(): Promise<void> {
		if (mergesShards(this.query)) while (await this.searchNext());
		else while (this.total === 0 && (await this.searchNext()));
	}

	/** The next `n` cards in order, searching further shards as needed. */
	async next(n: number): Promise<Card[]> {
		return mergesShards(this.query) ? this.#nextMerged(n) : this.#nextInOrder(n);
	}

	async #nextInOrder(n: number): Promise<Card[]> {
		while (this.total < this.#shown + n && (await this.searchNext()));
		const all = this.#found.flat().slice(this.#shown, this.#shown + n);
		this.#shown += all.length;
		return Promise.all(all.map((hit) => hit.data()));
	}

	async #nextMerged(n: number): Promise<Card[]> {
		while (await this.searchNext());
		const key = `sort_${searchSortKey(this.query.sort!.key, this.query.sort!.direction)}`;
		const sign = this.query.sort!.direction === 'desc' ? -1 : 1;
		this.#heads ??= await Promise.all(this.#found.map(async (hits) => ({ index: 0, card: await hits[0]?.data() })));
		const cards: Card[] = [];
		while (cards.length < n) {
			let best: number | undefined;
			this.#heads.forEach((head, s) => {
				if (!head.card) return;
				const current = best === undefined ? undefined : this.#heads![best]!.card!;
				// Sort values are text that orders as the figures do (views/search.ts searchSortValue).
				if (!current || sign * compareText(head.card.meta[key] ?? '', current.meta[key] ?? '') < 0) best = s;
			});
			if (best === undefined) break;
			const head = this.#heads[best]!;
			cards.push(head.card!);
			head.index++;
			head.card = await this.#found[best]![head.index]?.data();
		}
		this.#shown += cards.length;
		return cards;
	}
}
