/**
 * A project list as pages: each page of each order has its table, its sort links and its
 * pagination, prepared for components/ProjectListing.astro.
 */
import { listOrders, paginate, sortProjects, type Page, type SortOrder } from '../domain/listing.ts';
import type { ProjectEntry } from '../domain/project.ts';
import { localised, type Localised, type Messages } from '../i18n/locale.ts';
import { listingRest, urls } from '../urls.ts';
import { projectTable, type ProjectTableOptions } from './tables.ts';
import type { TableModel } from './table.ts';

export interface PaginationModel {
	previous: string | undefined;
	next: string | undefined;
	/** Page links around the current one; `gap` marks skipped pages. */
	items: ({ number: number; href: string; current: boolean } | { gap: true })[];
}

export interface ListingModel {
	basePath: string;
	order: SortOrder;
	/** Where the page is in the list; the projects themselves are in the table. */
	page: Omit<Page<ProjectEntry>, 'items'> & { count: number };
	/** "Sortera efter" links for phones, where the column headers are hidden. */
	/** `scripted`: the order is shown by the search page, which needs JavaScript, so it is offered only when scripts run. */
	orders: { label: string; href: string; current: boolean; scripted: boolean }[];
	scriptedSort: boolean;
	/** What the column headers do, in a sentence. */
	sortHint: string;
	table: TableModel;
	pagination: PaginationModel | undefined;
	/** The part of the path after the base path ("lista/belopp-minst/2"), undefined for the list's first page. */
	rest: string | undefined;
}

const swedish = localised('sv');

export function pagination(
	basePath: string,
	order: SortOrder,
	page: Pick<Page<unknown>, 'pageNumber' | 'lastPage'>,
): PaginationModel | undefined {
	const { pageNumber, lastPage } = page;
	if (lastPage <= 1) return undefined;
	const numbers = Array.from({ length: lastPage }, (_, i) => i + 1).filter(
		(n) => n === 1 || n === lastPage || Math.abs(n - pageNumber) <= 2,
	);
	const items: PaginationModel['items'] = [];
	numbers.forEach((n, i) => {
		if (i > 0 && n - numbers[i - 1]! > 1) items.push({ gap: true });
		items.push({ number: n, href: urls.listing(basePath, order, n), current: n === pageNumber });
	});
	return {
		previous: pageNumber > 1 ? urls.listing(basePath, order, pageNumber - 1) : undefined,
		next: pageNumber < lastPage ? urls.listing(basePath, order, pageNumber + 1) : undefined,
		items,
	};
}

/**
 * Every page of a list in each order it is pre-rendered in; each page stays light however large the
 * bank. `elsewhere` gives the address of an order that is not pre-rendered (the search page with the
 * list's filter), so column headers still lead to every order.
 */
export function listingModels(
	projects: readonly ProjectEntry[],
	basePath: string,
	caption: string,
	orders: readonly SortOrder[] = listOrders,
	table: Omit<ProjectTableOptions, 'sorting'> = {},
	elsewhere?: (order: SortOrder) => string | undefined,
	l: Localised = swedish,
): ListingModel[] {
	const { m } = l;
	const href = (order: SortOrder) => (orders.includes(order) ? urls.listing(basePath, order) : elsewhere?.(order));
	const label = (order: SortOrder) => m.sortOrders[order.slug as keyof Messages['sortOrders']] ?? order.label;
	return orders.flatMap((order) =>
		paginate(sortProjects(projects, order)).map(({ items, ...page }) => ({
			basePath,
			order,
			page: { ...page, count: items.length },
			orders: listOrders.flatMap((o) => {
				const to = href(o);
				return to ? [{ label: label(o), href: to, current: o === order, scripted: !orders.includes(o) }] : [];
			}),
			/** The hint about orders that lead to the search, which needs JavaScript: shown only when scripts run. */
			scriptedSort: Boolean(elsewhere),
			sortHint: elsewhere ? m.list.sortHintSearch : m.list.sortHint,
			table: projectTable(items, `${caption}, ${m.list.sortedBy(label(order))}`, { ...table, sorting: { order, href }, localised: l }),
			pagination: pagination(basePath, order, page),
			rest: listingRest(order, page.pageNumber),
		})),
	);
}
