/**
 * Searching a bank whose index is split into shards by when projects were decided (views/search-
 * index.ts). Results come in an order a reader can trust:
 * - by relevance or by decision date, shard after shard (newest decisions first, or oldest first
 *   when sorting oldest first): the first shard's results show at once, the rest follow;
 * - by an amount or a start date, every shard is searched and their sorted lists are merged by the
 *   exact value each result carries, so the order is the same as one index would give.
 * Pure logic over a `searchShard` function, so it is tested without Pagefind.
 */
export interface ShardInfo {
	id: string;
	label: string;
	years: string[];
	count: number;
	path: string;
}

export interface Card {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
}

export interface Hit {
	/** Pagefind's relevance score within its shard. */
	score: number;
	data(): Promise<Card>;
}

export interface ShardQuery {
	term: string | null;
	filters: Record<string, string>;
	sort?: { key: string; direction: 'asc' | 'desc' } | undefined;
}

export type SearchShard = (shard: ShardInfo, query: ShardQuery) => Promise<Hit[]>;

/** Shards whose years are not decision years: they come last in either direction. */
const isDated = (shard: ShardInfo) => shard.years.every((y) => /^\d{4}$/.test(y));

/** The shards a query must search, in the order their results come. */
export function shardsFor(shards: readonly ShardInfo[], query: ShardQuery): ShardInfo[] {
	const year = query.filters.ar;
	const chosen = year ? shards.filter((s) => s.years.includes(year)) : [...shards];
	if (query.sort?.key === 'date' && query.sort.direction === 'asc') return [...chosen.filter(isDated).reverse(), ...chosen.filter((s) => !isDated(s))];
	return chosen;
}

/** A query that is a case number (an ärende-id or a diarienummer such as "00054-2020"): its project, wherever it lies, comes first. */
export function isCaseNumber(term: string | null): boolean {
	return term !== null && /^(?=.*\d)[\p{L}\d]+(?:-[\p{L}\d]+)*$/u.test(term.trim()) && /\d{4,}/.test(term);
}

/**
 * Whether the order needs every shard before the first result: amounts and start dates cross shard
 * lines, and so does a case number, whose project is ranked first by score wherever it lies.
 */
export function mergesShards(query: ShardQuery): boolean {
	return (query.sort !== undefined && query.sort.key !== 'date') || (!query.sort && isCaseNumber(query.term));
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
		if (!this.query.sort) {
			// By score across shards: a match in a case number outweighs any match in text.
			const hits = this.#found.flat().sort((a, b) => b.score - a.score).slice(this.#shown, this.#shown + n);
			this.#shown += hits.length;
			return Promise.all(hits.map((hit) => hit.data()));
		}
		const key = `sort_${this.query.sort!.key}`;
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
