/** /sok/: the search form's filters (with counts in the whole bank) and sort orders. */
import { loadBank } from './collection.ts';
import { searchFilterOptions, searchSortOptions } from './search.ts';

export async function model() {
	const bank = await loadBank();
	return { projects: bank.projects.length, filters: searchFilterOptions(bank), sorts: searchSortOptions };
}
