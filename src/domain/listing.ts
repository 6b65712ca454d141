/**
 * The one sort vocabulary of the site: the orders a list or a search can take, the value each
 * order sorts a project by, and how lists are cut into pages. A value the source does not give
 * (no budget, no decision date) sorts last in either direction, never as zero.
 */
import { dateSortKey } from './dates.ts';
import { decidedOn } from './decisions.ts';
import { correctedFigure } from './financing.ts';
import type { ProjectData, ProjectEntry } from './project.ts';
import { swedishCollator } from './text.ts';

export type SortKey = 'granted' | 'budget' | 'date' | 'start' | 'title';
export type SortDirection = 'asc' | 'desc';

export interface SortOrder {
	/** URL value, e.g. "belopp-storst" (a list's path segment, the search page's `sortera`). */
	slug: string;
	key: SortKey;
	direction: SortDirection;
	/** Swedish, lower case, e.g. "beviljat belopp, störst först". */
	label: string;
}

export const sortOrders = [
	{ slug: 'belopp-storst', key: 'granted', direction: 'desc', label: 'beviljat belopp, störst först' },
	{ slug: 'belopp-minst', key: 'granted', direction: 'asc', label: 'beviljat belopp, minst först' },
	{ slug: 'budget-storst', key: 'budget', direction: 'desc', label: 'total budget, störst först' },
	{ slug: 'budget-minst', key: 'budget', direction: 'asc', label: 'total budget, minst först' },
	{ slug: 'datum-nyast', key: 'date', direction: 'desc', label: 'beslutsdatum, senaste först' },
	{ slug: 'datum-aldst', key: 'date', direction: 'asc', label: 'beslutsdatum, äldsta först' },
	{ slug: 'start-nyast', key: 'start', direction: 'desc', label: 'startdatum, senaste först' },
	{ slug: 'start-aldst', key: 'start', direction: 'asc', label: 'startdatum, tidigaste först' },
	{ slug: 'titel-a-o', key: 'title', direction: 'asc', label: 'projektnamn, A–Ö' },
	{ slug: 'titel-o-a', key: 'title', direction: 'desc', label: 'projektnamn, Ö–A' },
] as const satisfies readonly SortOrder[];

export type SortSlug = (typeof sortOrders)[number]['slug'];

/** Lists sort by the columns they show; search sorts by figures and dates (its default is relevance). */
export const listSortKeys: readonly SortKey[] = ['granted', 'budget', 'date', 'title'];
export const searchSortKeys: readonly SortKey[] = ['granted', 'budget', 'date', 'start'];

export const listOrders: readonly SortOrder[] = sortOrders.filter((o) => listSortKeys.includes(o.key));
export const searchOrders: readonly SortOrder[] = sortOrders.filter((o) => searchSortKeys.includes(o.key));
export const defaultSortOrder: SortOrder = sortOrders[0];

/**
 * What an order sorts a project by: figures as corrected, dates as numbers that keep their
 * precision in order (dateSortKey); undefined where the source gives no such figure or date.
 */
export function sortValue(project: ProjectData, key: SortKey): number | string | undefined {
	switch (key) {
		case 'granted':
			return project.status === 'granted' ? correctedFigure(project, 'grantedAmount', project.grantedAmount) : undefined;
		case 'budget':
			return correctedFigure(project, 'totalBudget', project.totalBudget);
		case 'date': {
			const date = decidedOn(project);
			return date && dateSortKey(date);
		}
		case 'start':
			return project.period && dateSortKey(project.period.start);
		case 'title':
			return project.title;
	}
}

/** Sorted copy; projects without the value come last in either direction, ties by title then key. */
export function sortProjects(projects: readonly ProjectEntry[], order: Pick<SortOrder, 'key' | 'direction'>): ProjectEntry[] {
	const sign = order.direction === 'asc' ? 1 : -1;
	const keyed = projects.map((project) => ({ project, value: sortValue(project.data, order.key) }));
	keyed.sort((a, b) => {
		if (a.value === undefined || b.value === undefined) {
			if (a.value !== b.value) return a.value === undefined ? 1 : -1;
		} else {
			const cmp = typeof a.value === 'string' ? swedishCollator.compare(a.value, b.value as string) : a.value - (b.value as number);
			if (cmp !== 0) return sign * cmp;
		}
		return swedishCollator.compare(a.project.data.title, b.project.data.title) || swedishCollator.compare(a.project.key, b.project.key);
	});
	return keyed.map((k) => k.project);
}

/** Where a column header leads: the other direction if the column is current, else its natural one. */
export function sortLinkFor(key: SortKey, current: SortOrder): SortOrder {
	const natural: SortDirection = key === 'title' ? 'asc' : 'desc';
	const direction = current.key === key ? (current.direction === 'asc' ? 'desc' : 'asc') : natural;
	return sortOrders.find((o) => o.key === key && o.direction === direction)!;
}

export const PAGE_SIZE = 50;

export interface Page<T> {
	/** 1-based. */
	pageNumber: number;
	lastPage: number;
	items: T[];
	/** 1-based position of the first item in the whole list. */
	firstIndex: number;
	total: number;
}

/** Cuts a list into pages; an empty list is one empty page. */
export function paginate<T>(items: readonly T[], pageSize = PAGE_SIZE): Page<T>[] {
	const lastPage = Math.max(1, Math.ceil(items.length / pageSize));
	return Array.from({ length: lastPage }, (_, i) => ({
		pageNumber: i + 1,
		lastPage,
		items: items.slice(i * pageSize, (i + 1) * pageSize),
		firstIndex: i * pageSize + 1,
		total: items.length,
	}));
}
