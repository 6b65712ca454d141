/**
 * Pure functions over validated project entries: derived facts, shares, sorting, totals and the
 * open-data record. Pages call these; components only render what they return.
 */
import { regionRows, type Project } from '../schemas/project.ts';
import { countiesOf, findMunicipality, type County, type Municipality } from './registry.ts';
import { swedishCollator } from './slug.ts';

export interface ProjectEntry {
	/** Permalink key: the ärende-id, or the file name when the source has none. */
	key: string;
	data: Project;
	/** The summary from the source, as Markdown. */
	body: string;
}

export function projectPath(key: string): string {
	return `/projekt/${key}/`;
}

export function municipalitiesOf(project: Project): Municipality[] {
	return project.municipalities.map((name) => findMunicipality(name)!);
}

export function projectCounties(project: Project): County[] {
	return countiesOf(project.municipalities);
}

/** The date of the latest dated decision, if any. */
export function latestDecisionDate(project: Project): string | undefined {
	return project.decisions.reduce<string | undefined>((latest, d) => (d.date && (!latest || d.date > latest) ? d.date : latest), undefined);
}

/** The amount that says what the deciding region put in or was asked for. */
export function headlineAmount(project: Project): { label: string; amount: number } | undefined {
	if (project.status === 'granted' && project.grantedAmount !== undefined) return { label: 'Beviljat belopp', amount: project.grantedAmount };
	if (project.appliedAmount !== undefined) return { label: 'Sökt belopp', amount: project.appliedAmount };
	return undefined;
}

export interface FinancingLine {
	financier: string;
	amount: number;
	inKind: boolean;
	/** Share of the total budget, 0–1; undefined without a total. */
	share: number | undefined;
	/** True for the deciding region's own rows. */
	decidingRegion: boolean;
	/** The figure the source's totals require, when the printed one is wrong. */
	corrected: number | undefined;
	/** Index into the entry's corrections, for linking to the note. */
	correctionIndex: number | undefined;
}

export function financingLines(project: Project): FinancingLine[] {
	const own = new Set(regionRows(project.financing, project.region));
	return project.financing.map((row, i) => {
		const correctionIndex = project.corrections.findIndex((c) => c.field === `financing[${i}].amount`);
		const correction = correctionIndex >= 0 ? project.corrections[correctionIndex] : undefined;
		const amountForShare = correction?.corrected ?? row.amount;
		return {
			financier: row.financier,
			amount: row.amount,
			inKind: row.inKind,
			share: project.totalBudget ? amountForShare / project.totalBudget : undefined,
			decidingRegion: own.has(row),
			corrected: correction?.corrected,
			correctionIndex: correction ? correctionIndex : undefined,
		};
	});
}

export function sumOf(values: readonly number[]): number {
	return values.reduce((a, b) => a + b, 0);
}

export interface ActivityLine {
	code: string | undefined;
	name: string;
	start: string | undefined;
	end: string | undefined;
	cost: number | undefined;
	description: string | undefined;
	/** 0 for a top-level activity, 1 for "1.1", 2 for "1.1.1". */
	depth: number;
}

export function activityLines(project: Project): ActivityLine[] {
	return project.activities.map((a) => ({
		code: a.code,
		name: a.name,
		start: a.start,
		end: a.end,
		cost: a.cost,
		description: a.description,
		depth: a.code ? a.code.split('.').filter(Boolean).length - 1 : 0,
	}));
}

/** Sum of top-level activity costs (sub-activities are parts of their parent, not additions). */
export function topLevelActivityCost(project: Project): number | undefined {
	const lines = activityLines(project).filter((a) => a.depth === 0 && a.cost !== undefined);
	return lines.length ? sumOf(lines.map((a) => a.cost!)) : undefined;
}

export interface Totals {
	projects: number;
	granted: number;
	/** Sum of the granted amounts of granted projects. */
	grantedAmount: number;
	/** Sum of total budgets, where a project states one. */
	totalBudget: number;
	/** Projects that state a total budget. */
	withBudget: number;
	applied: number;
	rejected: number;
}

export function totalsOf(projects: readonly ProjectEntry[]): Totals {
	const data = projects.map((p) => p.data);
	const withBudget = data.filter((p) => p.totalBudget !== undefined);
	return {
		projects: data.length,
		granted: data.filter((p) => p.status === 'granted').length,
		grantedAmount: sumOf(data.filter((p) => p.status === 'granted').map((p) => p.grantedAmount ?? 0)),
		totalBudget: sumOf(withBudget.map((p) => p.totalBudget!)),
		withBudget: withBudget.length,
		applied: data.filter((p) => p.status === 'applied').length,
		rejected: data.filter((p) => p.status === 'rejected').length,
	};
}

export type SortKey = 'granted' | 'budget' | 'date' | 'title';
export type SortDirection = 'asc' | 'desc';

export interface SortOrder {
	/** URL segment, e.g. "belopp-storst". */
	slug: string;
	key: SortKey;
	direction: SortDirection;
	/** Swedish description, e.g. "beviljat belopp, störst först". */
	label: string;
}

export const sortOrders: readonly SortOrder[] = [
	{ slug: 'belopp-storst', key: 'granted', direction: 'desc', label: 'beviljat belopp, störst först' },
	{ slug: 'belopp-minst', key: 'granted', direction: 'asc', label: 'beviljat belopp, minst först' },
	{ slug: 'budget-storst', key: 'budget', direction: 'desc', label: 'total budget, störst först' },
	{ slug: 'budget-minst', key: 'budget', direction: 'asc', label: 'total budget, minst först' },
	{ slug: 'datum-nyast', key: 'date', direction: 'desc', label: 'beslutsdatum, senaste först' },
	{ slug: 'datum-aldst', key: 'date', direction: 'asc', label: 'beslutsdatum, äldsta först' },
	{ slug: 'titel-a-o', key: 'title', direction: 'asc', label: 'projektnamn, A–Ö' },
	{ slug: 'titel-o-a', key: 'title', direction: 'desc', label: 'projektnamn, Ö–A' },
];

export const defaultSortOrder: SortOrder = sortOrders[0]!;


function sortValue(project: Project, key: SortKey): number | string | undefined {
	switch (key) {
		case 'granted':
			return project.status === 'granted' ? project.grantedAmount : undefined;
		case 'budget':
			return project.totalBudget;
		case 'date':
			return latestDecisionDate(project);
		case 'title':
			return project.title;
	}
}

/** Sorted copy; projects without the value come last in either direction, then by title. */
export function sortProjects(projects: readonly ProjectEntry[], order: Pick<SortOrder, 'key' | 'direction'>): ProjectEntry[] {
	const sign = order.direction === 'asc' ? 1 : -1;
	return [...projects].sort((a, b) => {
		const va = sortValue(a.data, order.key);
		const vb = sortValue(b.data, order.key);
		if (va === undefined || vb === undefined) {
			if (va !== vb) return va === undefined ? 1 : -1;
		} else {
			const cmp = typeof va === 'string' ? swedishCollator.compare(va, vb as string) : va - (vb as number);
			if (cmp !== 0) return sign * cmp;
		}
		return swedishCollator.compare(a.data.title, b.data.title) || swedishCollator.compare(a.key, b.key);
	});
}

export const PAGE_SIZE = 50;

/** The open-data record: every validated field, derived counties and the page URL. */
export function toOpenDataRecord(entry: ProjectEntry, baseUrl: string) {
	const { data } = entry;
	return {
		key: entry.key,
		url: new URL(projectPath(entry.key), baseUrl).href,
		...data,
		municipalities: municipalitiesOf(data).map((m) => ({ name: m.name, code: m.code })),
		counties: projectCounties(data).map((c) => ({ name: c.name, code: c.code })),
		summary: entry.body,
	};
}

export type OpenDataRecord = ReturnType<typeof toOpenDataRecord>;

/**
 * URL of one page of a project list in one sort order. Every list (all projects, a municipality,
 * a fund, …) lives under its base path: page 1 in the default order is the base path itself.
 */
export function listingPath(basePath: string, order: SortOrder, pageNumber: number): string {
	if (order === defaultSortOrder && pageNumber === 1) return basePath;
	return `${basePath}lista/${order.slug}/${pageNumber > 1 ? `${pageNumber}/` : ''}`;
}

export interface ListingPage {
	/** Base path of the list, e.g. "/projekt/" or "/kommun/umea/". */
	basePath: string;
	order: SortOrder;
	pageNumber: number;
	lastPage: number;
	items: ProjectEntry[];
	/** 1-based position of the first item in the whole list. */
	firstIndex: number;
	total: number;
}

/** Every page of a list in every sort order; each page stays light however large the bank. */
export function listingPages(projects: readonly ProjectEntry[], basePath = '/projekt/', pageSize = PAGE_SIZE): ListingPage[] {
	return sortOrders.flatMap((order) => {
		const sorted = sortProjects(projects, order);
		const lastPage = Math.max(1, Math.ceil(sorted.length / pageSize));
		return Array.from({ length: lastPage }, (_, i) => ({
			basePath,
			order,
			pageNumber: i + 1,
			lastPage,
			items: sorted.slice(i * pageSize, (i + 1) * pageSize),
			firstIndex: i * pageSize + 1,
			total: sorted.length,
		}));
	});
}

/** The part of a listing URL after the base path ("lista/belopp-minst/2"), undefined for the first page. */
export function listingRest(page: ListingPage): string | undefined {
	const rest = listingPath(page.basePath, page.order, page.pageNumber).slice(page.basePath.length).replace(/\/$/, '');
	return rest || undefined;
}

/** Where a column header links: the other direction if the column is current, else its natural one. */
export function sortLinkFor(key: SortKey, current: SortOrder): SortOrder {
	const natural: SortDirection = key === 'title' ? 'asc' : 'desc';
	const direction = current.key === key ? (current.direction === 'asc' ? 'desc' : 'asc') : natural;
	return sortOrders.find((o) => o.key === key && o.direction === direction)!;
}
