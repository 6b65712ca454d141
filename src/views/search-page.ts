/**
 * /sok/: the search form's filters (with counts in the whole bank) and sort orders, the places to
 * browse without it, and the search index's shards.
 */
import { allCounties, allMunicipalities } from '../domain/registry.ts';
import { bySwedishName } from '../domain/text.ts';
import { urls } from '../urls.ts';
import type { Bank } from './bank.ts';
import { cacheKey } from './cache-key.ts';
import { loadBank } from './collection.ts';
import { searchFilterOptions, searchSortOptions } from './search.ts';
import { searchManifest, searchShards, type SearchShard } from './search-index.ts';
import { sortedListsInfo } from './sorted-lists.ts';

export async function model() {
	const bank = await loadBank();
	return {
		projects: bank.projects.length,
		// Typed filters (owner, financier) offer no list: the page stays the same size however many organisations the bank has.
		filters: searchFilterOptions(bank).map((filter) => ('typed' in filter ? { ...filter, options: [] } : filter)),
		sorted: sortedListsInfo(bank),
		sorts: searchSortOptions,
		municipalities: [...allMunicipalities].sort(bySwedishName((m) => m.name)).map((m) => ({ name: m.name, href: urls.municipality(m) })),
		counties: [...allCounties]
			.sort(bySwedishName((c) => c.name))
			.map((c) => ({ name: c.name, shortName: c.shortName, href: urls.county(c) })),
	};
}

const shardsOf = new WeakMap<Bank, SearchShard[]>();

/** The search index's shards of a bank, made once per build. */
export function searchShardsOf(bank: Bank): SearchShard[] {
	if (!shardsOf.has(bank)) shardsOf.set(bank, searchShards(bank));
	return shardsOf.get(bank)!;
}

async function shards(): Promise<SearchShard[]> {
	return searchShardsOf(await loadBank());
}

/** One build input per shard: its records. */
export async function shardPaths() {
	return (await shards()).map((shard) => ({ params: { shard: shard.id }, props: { shard }, cacheKey: cacheKey(shard) }));
}

export async function manifest() {
	return searchManifest(await shards());
}
