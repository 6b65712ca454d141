/**
 * /projekt/ and /projekt/lista/<order>/<page>/: every project, in the default order. The other orders
 * are the search page's, as on the facet pages: pre-rendering all eight cost 40 MB and 1,400 pages at
 * 10,000 projects, for pages beyond the first that few read.
 */
import { defaultSortOrder, searchOrders, type SortOrder } from '../domain/listing.ts';
import { localisedHref, localised, type Localised, type Messages } from '../i18n/locale.ts';
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

function model(listing: ListingModel, { m }: Localised): ProjectListPage {
	const first = listing.order === defaultSortOrder && listing.page.pageNumber === 1;
	const label = m.sortOrders[listing.order.slug as keyof Messages['sortOrders']];
	return {
		title: first ? m.list.heading : m.list.title(label, listing.page.pageNumber),
		description: m.list.description(listing.page.count, label, listing.page.pageNumber),
		breadcrumb: first ? m.list.heading : m.list.pageCrumb(listing.page.pageNumber),
		listing,
	};
}

async function listings(l: Localised): Promise<ListingModel[]> {
	const bank = await loadBank();
	const inSearch = (order: SortOrder) => (searchOrders.includes(order) ? urls.search({ sortera: order.slug }) : undefined);
	return listingModels(
		bank.projects,
		localisedHref(l.locale, urls.projects),
		l.m.list.caption,
		[defaultSortOrder],
		{ names: bank.displayNames },
		inSearch,
		l,
	);
}

/** The first page in the default order: /projekt/ itself (/en/projekt/ in English). */
export async function firstPage(l: Localised = localised('sv')): Promise<ProjectListPage> {
	return model((await listings(l))[0]!, l);
}

/** Every further page, under /projekt/lista/ (/en/projekt/lista/ in English). */
export async function paths(l: Localised = localised('sv')) {
	return (await listings(l))
		.filter((listing) => listing.rest !== undefined)
		.map((listing) => {
			const props = model(listing, l);
			return {
				params: { sort: listing.order.slug, page: listing.page.pageNumber > 1 ? String(listing.page.pageNumber) : undefined },
				props,
				cacheKey: cacheKey(props),
			};
		});
}
