/**
 * /projekt/ and /projekt/lista/<order>/<page>/: every project, in the default order. The other orders
 * are the search page's, as on the facet pages: pre-rendering all eight cost 40 MB and 1,400 pages at
 * 10,000 projects, for pages beyond the first that few read.
 */
import { defaultSortOrder, searchOrders, type SortOrder } from '../domain/listing.ts';
import { urls } from '../urls.ts';
import { cacheKey } from './cache-key.ts';
import { loadBank } from './collection.ts';
import { listingModels, type ListingModel } from './listing.ts';

export interface ProjectListPage {
	title: string;
	description: string;
	breadcrumb: string;
	listing: ListingModel;
}

function model(listing: ListingModel): ProjectListPage {
	const first = listing.order === defaultSortOrder && listing.page.pageNumber === 1;
	return {
		title: first
			? 'Alla projekt'
			: `Alla projekt, sorterade efter ${listing.order.label}${listing.page.pageNumber > 1 ? `, sida ${listing.page.pageNumber}` : ''}`,
		description: `Alla projekt i banken, ${listing.page.count} per sida, sorterade efter ${listing.order.label}${listing.page.pageNumber > 1 ? `: sida ${listing.page.pageNumber}` : ''}.`,
		breadcrumb: first ? 'Alla projekt' : `Sida ${listing.page.pageNumber}`,
		listing,
	};
}

async function listings(): Promise<ListingModel[]> {
	const bank = await loadBank();
	const inSearch = (order: SortOrder) => (searchOrders.includes(order) ? urls.search({ sortera: order.slug }) : undefined);
	return listingModels(bank.projects, urls.projects, 'Projekt', [defaultSortOrder], { names: bank.displayNames }, inSearch);
}

/** The first page in the default order: /projekt/ itself. */
export async function firstPage(): Promise<ProjectListPage> {
	return model((await listings())[0]!);
}

/** Every further page, under /projekt/lista/. */
export async function paths() {
	return (await listings())
		.filter((listing) => listing.rest !== undefined)
		.map((listing) => {
			const props = model(listing);
			return {
				params: { sort: listing.order.slug, page: listing.page.pageNumber > 1 ? String(listing.page.pageNumber) : undefined },
				props,
				cacheKey: cacheKey(props),
			};
		});
}
