/** /sok/: the search form's filters (with counts in the whole bank) and sort orders, and the places to browse without it. */
import { allCounties, allMunicipalities } from '../domain/registry.ts';
import { bySwedishName } from '../domain/text.ts';
import { urls } from '../urls.ts';
import { loadBank } from './collection.ts';
import { searchFilterOptions, searchSortOptions } from './search.ts';

export async function model() {
	const bank = await loadBank();
	return {
		projects: bank.projects.length,
		filters: searchFilterOptions(bank),
		sorts: searchSortOptions,
		municipalities: [...allMunicipalities].sort(bySwedishName((m) => m.name)).map((m) => ({ name: m.name, href: urls.municipality(m) })),
		counties: [...allCounties].sort(bySwedishName((c) => c.name)).map((c) => ({ name: c.name, href: urls.county(c) })),
	};
}
