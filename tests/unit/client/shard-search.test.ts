import { describe, expect, it } from 'vitest';
import {
	ALL_SHARDS,
	allShards,
	caseNumberFile,
	caseNumberKey,
	isCaseNumber,
	MAX_RANKED_PROJECTS,
	mergesShards,
	nameBucket,
	ranksAcrossShards,
	searchSortKey,
	ShardedResults,
	shardsFor,
	type Card,
	type Hit,
	type ShardInfo,
	type ShardQuery,
} from '../../../src/client/shard-search.ts';

const shard = (id: string, years: string[]): ShardInfo => ({ id, label: id, years, count: 0, path: `/${id}/` });
const shards = [
	shard('2025-2026', ['2026', '2025']),
	shard('2020', ['2020']),
	shard('utan-datum', ['Beslutsdatum anges inte i källan']),
	shard('ej-avgjorda', ['Inte avgjort']),
];

/** A fake index: per shard, cards in the order Pagefind would return them, each hit counting its data() calls. */
function fake(byShard: Record<string, { url: string; sort?: string }[]>) {
	const searched: string[] = [];
	let fetched = 0;
	const search = async (s: ShardInfo, _query: ShardQuery): Promise<Hit[]> => {
		searched.push(s.id);
		return (byShard[s.id] ?? []).map((r) => ({
			data: async (): Promise<Card> => {
				fetched++;
				return { url: r.url, excerpt: '', meta: { sort_granted: r.sort ?? '', sort_granted_asc: r.sort ?? '' } };
			},
		}));
	};
	return { search, searched, fetched: () => fetched };
}

const query = (q: Partial<ShardQuery> = {}): ShardQuery => ({ term: 'solel', filters: {}, ...q });

describe('which shards, in which order', () => {
	it('are all, newest first, or those of the year filtered on', () => {
		expect(shardsFor(shards, query()).map((s) => s.id)).toEqual(['2025-2026', '2020', 'utan-datum', 'ej-avgjorda']);
		expect(shardsFor(shards, query({ filters: { ar: '2025' } })).map((s) => s.id)).toEqual(['2025-2026']);
		expect(shardsFor(shards, query({ filters: { ar: 'Inte avgjort' } })).map((s) => s.id)).toEqual(['ej-avgjorda']);
		expect(shardsFor(shards, query({ filters: { ar: '1999' } }))).toEqual([]);
	});

	it('of a year include those holding an amendment of that year, and may be only those a case number lies in', () => {
		const amended = [{ ...shards[1]!, decisionYears: ['2025', '2020'] }, shards[0]!];
		expect(shardsFor(amended, query({ filters: { ar: '2025' } })).map((s) => s.id)).toEqual(['2020', '2025-2026']);
		expect(shardsFor(shards, query({ only: ['utan-datum'] })).map((s) => s.id)).toEqual(['utan-datum']);
		expect(shardsFor(shards, query({ only: ['utan-datum'], filters: { ar: '2020' } }))).toEqual([]);
	});

	it('run oldest first for "oldest decisions first", the undated and undecided still last', () => {
		expect(shardsFor(shards, query({ sort: { key: 'date', direction: 'asc' } })).map((s) => s.id)).toEqual([
			'2020',
			'2025-2026',
			'utan-datum',
			'ej-avgjorda',
		]);
		expect(shardsFor(shards, query({ sort: { key: 'date', direction: 'desc' } })).map((s) => s.id)).toEqual([
			'2025-2026',
			'2020',
			'utan-datum',
			'ej-avgjorda',
		]);
	});

	it('all come first when the order crosses shards: amounts and start dates', () => {
		expect(mergesShards(query())).toBe(false);
		expect(mergesShards(query({ sort: { key: 'date', direction: 'asc' } }))).toBe(false);
		expect(mergesShards(query({ sort: { key: 'granted', direction: 'desc' } }))).toBe(true);
		expect(mergesShards(query({ term: '00054-2020' }))).toBe(false);
	});

	it('are only those holding a searched case number, when the lookup names them', () => {
		expect(shardsFor(shards, query({ term: null, only: ['utan-datum'] })).map((s) => s.id)).toEqual(['utan-datum']);
		expect(shardsFor(shards, query({ only: [] }))).toEqual([]);
		expect(shardsFor(shards, query()).map((s) => s.id)).toEqual(['2025-2026', '2020', 'utan-datum', 'ej-avgjorda']);
	});

	it('find a case number’s lookup file the same way however it is typed, and spread numbers over the files', () => {
		expect(caseNumberKey(' REGAC-317-2022 ')).toBe('regac-317-2022');
		expect(caseNumberFile(caseNumberKey(' REGAC-317-2022 '), 7)).toBe(caseNumberFile('regac-317-2022', 7));
		const perFile = [0, 0, 0, 0];
		for (let id = 20_000_000; id < 20_001_000; id++) perFile[caseNumberFile(String(id), 4)]!++;
		expect(Math.min(...perFile)).toBeGreaterThan(200);
		expect(caseNumberFile('20372556', 1)).toBe(0);
		expect(['20372556', '00054-2020', 'REGAC-317-2022'].map(isCaseNumber)).toEqual([true, true, true]);
		expect(['solel', 'AI 2030', 'mål 9', null, '123'].map(isCaseNumber)).toEqual([false, false, false, false, false]);
	});
});

describe('one ranking', () => {
	it('orders words across every shard as one index, but not names, case numbers or sorts, nor more shards than the budget allows', () => {
		expect(ranksAcrossShards(query(), shards)).toBe(true);
		expect(ranksAcrossShards(query({ term: null, filters: { kommun: 'Umeå' } }), shards)).toBe(false);
		expect(ranksAcrossShards(query({ term: null, any: [['kommun', 'Umeå']] }), shards)).toBe(false);
		expect(ranksAcrossShards(query({ sort: { key: 'granted', direction: 'desc' } }), shards)).toBe(false);
		expect(ranksAcrossShards(query(), shards.slice(0, 1))).toBe(false);
		const full = (n: number) => Array.from({ length: n }, (_, i) => ({ ...shard(String(2000 + i), [String(2000 + i)]), count: 1500 }));
		expect(ranksAcrossShards(query(), full(MAX_RANKED_PROJECTS / 1500))).toBe(true);
		expect(ranksAcrossShards(query(), full(MAX_RANKED_PROJECTS / 1500 + 1))).toBe(false);
	});

	it('stands one shard for all, holding every year, so that a year filter still searches it', () => {
		const all = allShards([{ ...shards[1]!, decisionYears: ['2025', '2020'] }, shards[2]!]);
		expect(all).toMatchObject({
			id: ALL_SHARDS,
			years: ['2020', 'Beslutsdatum anges inte i källan'],
			decisionYears: ['2025', '2020', 'Beslutsdatum anges inte i källan'],
		});
		expect(shardsFor([all], query({ filters: { ar: '2025' } }))).toEqual([all]);
	});
});

describe('lookup keys', () => {
	it('sort each direction by its own key, so that what the source lacks comes last in both', () => {
		expect(searchSortKey('granted', 'desc')).toBe('granted');
		expect(searchSortKey('granted', 'asc')).toBe('granted_asc');
	});

	it('file a name under its first letter or digit, anything else together', () => {
		expect(['skelleftea kommun', '1:1-anslaget', ' esf+', '"x"', ''].map((n) => nameBucket(n))).toEqual(['s', '1', 'e', '_', '_']);
	});

	it('file a name under the longest bucket it begins with, where a letter is split', () => {
		const buckets = ['r', 'u', 'utvecklingsbolag-1', 'utvecklingsbolag-12'];
		expect(nameBucket('utvecklingsbolag 12 ab', buckets)).toBe('utvecklingsbolag-12');
		expect(nameBucket('utvecklingsbolag 13 ab', buckets)).toBe('utvecklingsbolag-1');
		expect(nameBucket('umea kommun', buckets)).toBe('u');
		expect(nameBucket('vindeln', buckets)).toBe('v');
	});
});

describe('results across shards', () => {
	it('show the first shard with hits at once, and count the others after', async () => {
		const index = fake({ '2020': [{ url: 'a' }, { url: 'b' }], 'utan-datum': [{ url: 'c' }] });
		const results = new ShardedResults(shards, query(), index.search);
		await results.start();
		expect(index.searched).toEqual(['2025-2026', '2020']); // the newest shard had none
		expect(results.total).toBe(2);
		expect(results.complete).toBe(false);
		expect((await results.next(1)).map((c) => c.url)).toEqual(['a']);
		expect(index.fetched()).toBe(1); // only the cards shown are fetched
		while (await results.searchNext());
		expect(results).toMatchObject({ total: 3, complete: true, searchedShards: 4, remaining: 2 });
		expect((await results.next(10)).map((c) => c.url)).toEqual(['b', 'c']);
		expect(await results.next(10)).toEqual([]);
		expect(await results.searchNext()).toBe(false);
	});

	it('search further shards when a page needs more cards than are found', async () => {
		const index = fake({ '2025-2026': [{ url: 'a' }], '2020': [{ url: 'b' }], 'ej-avgjorda': [{ url: 'c' }] });
		const results = new ShardedResults(shards, query(), index.search);
		await results.start();
		expect(index.searched).toEqual(['2025-2026']);
		expect((await results.next(3)).map((c) => c.url)).toEqual(['a', 'b', 'c']);
		expect(results.complete).toBe(true);
	});

	it('merge sorted lists by their exact values, fetching only what the order needs', async () => {
		const index = fake({
			'2025-2026': [
				{ url: 'a', sort: 'k000000000900' },
				{ url: 'b', sort: 'k000000000100' },
			],
			'2020': [
				{ url: 'c', sort: 'k000016777217' },
				{ url: 'd', sort: 'k000000000500' },
				{ url: 'e', sort: 'k000000000001' },
			],
			'ej-avgjorda': [{ url: 'f', sort: 'k000000000000' }],
		});
		const results = new ShardedResults(shards, query({ sort: { key: 'granted', direction: 'desc' } }), index.search);
		await results.start();
		expect(results.complete).toBe(true); // every shard before the first card
		expect((await results.next(3)).map((c) => c.url)).toEqual(['c', 'a', 'd']);
		expect(index.fetched()).toBe(3 + 3); // the heads of the three shards with hits, and the next of each shard used
		expect((await results.next(10)).map((c) => c.url)).toEqual(['b', 'e', 'f']);
		const ascending = new ShardedResults(shards, query({ sort: { key: 'granted', direction: 'asc' } }), fake({ x: [] }).search);
		await ascending.start();
		expect(await ascending.next(5)).toEqual([]);
		const up = fake({
			'2025-2026': [
				{ url: 'a', sort: 'k1' },
				{ url: 'b', sort: 'k5' },
			],
			'2020': [{ url: 'c', sort: 'k3' }],
		});
		const asc = new ShardedResults(shards, query({ sort: { key: 'granted', direction: 'asc' } }), up.search);
		expect((await asc.next(3)).map((c) => c.url)).toEqual(['a', 'c', 'b']);
	});

	it('show a case number’s project from the shard the lookup names, without searching the others', async () => {
		const index = fake({ '2025-2026': [{ url: 'text' }], 'utan-datum': [{ url: 'exact' }] });
		const results = new ShardedResults(shards, query({ term: null, any: [['nummer', '20372556']], only: ['utan-datum'] }), index.search);
		await results.start();
		expect((await results.next(10)).map((c) => c.url)).toEqual(['exact']);
		expect(index.searched).toEqual(['utan-datum']);
		expect(results.complete).toBe(true);
	});
});
