/**
 * What the search index knows about each project (Pagefind filters, sorts and result metadata),
 * and the options the search form offers. Filter names are the URL parameters of /sok/; sorts are
 * the site's one sort vocabulary (domain/listing.ts).
 */
import { decisionYears } from '../domain/decisions.ts';
import { searchOrders, searchSortKeys, sortValue, type SortKey } from '../domain/listing.ts';
import { headlineAmount } from '../domain/measures.ts';
import { countiesOf } from '../domain/places.ts';
import { priorityLabel } from '../domain/priorities.ts';
import type { ProjectEntry } from '../domain/project.ts';
import { swedishCollator } from '../domain/text.ts';
import { formatKronor, statusLabels } from '../format.ts';
import type { Bank } from './bank.ts';

export const searchFilters = [
	{ name: 'kommun', label: 'Kommun' },
	{ name: 'lan', label: 'Län' },
	{ name: 'region', label: 'Beslutande region' },
	{ name: 'prioritering', label: 'Prioritering' },
	{ name: 'fond', label: 'Fond eller anslag' },
	{ name: 'status', label: 'Status' },
	{ name: 'agare', label: 'Projektägare' },
	{ name: 'ar', label: 'Beslutsår' },
] as const;

export type SearchFilterName = (typeof searchFilters)[number]['name'];

export interface SearchRecord {
	filters: Record<SearchFilterName, string[]>;
	/**
	 * Every project has every sort key: Pagefind leaves pages without the key out of sorted
	 * results, so a figure or date the source lacks is indexed as 0 (and the card shows "–").
	 */
	sort: Partial<Record<SortKey, string>>;
	meta: { owner: string; amount: string; status: string; tone: string; municipalities: string };
}

/** A sort value as Pagefind compares it: kronor as digits, dates as YYYYMMDD, 0 where the source gives none. */
export function searchSortValue(entry: ProjectEntry, key: SortKey): string {
	const value = sortValue(entry.data, key);
	return value === undefined ? '0' : String(value).replaceAll('-', '');
}

function shortList(names: string[], max = 4): string {
	if (names.length <= max) return names.join(', ');
	return `${names.slice(0, max).join(', ')} och ${names.length - max} till`;
}

export function searchRecord(entry: ProjectEntry, bank: Pick<Bank, 'displayNames'>): SearchRecord {
	const p = entry.data;
	const amount = headlineAmount(p);
	const owner = p.owner ? (bank.displayNames.get(p.owner.name) ?? p.owner.name) : undefined;
	return {
		filters: {
			kommun: [...p.municipalities],
			lan: countiesOf(p).map((c) => c.name),
			region: [p.region],
			prioritering: p.priority ? [priorityLabel(p.priority)] : [],
			fond: p.fund ? [p.fund] : [],
			status: [statusLabels[p.status]],
			agare: owner ? [owner] : [],
			ar: decisionYears(p),
		},
		sort: Object.fromEntries(searchSortKeys.map((key) => [key, searchSortValue(entry, key)])),
		meta: {
			owner: owner ?? 'Projektägare anges inte',
			amount: amount ? `${amount.label}: ${formatKronor(amount.amount)}` : 'Belopp anges inte',
			status: statusLabels[p.status],
			tone: p.status,
			municipalities: p.municipalities.length ? shortList(p.municipalities) : (p.locationNote ?? 'Kommuner anges inte'),
		},
	};
}

/** Every value of every filter that occurs in the bank, in Swedish order, with project counts. */
export function searchFilterOptions(bank: Bank) {
	const counts = new Map<SearchFilterName, Map<string, number>>(searchFilters.map((f) => [f.name, new Map()]));
	for (const project of bank.projects) {
		const record = searchRecord(project, bank);
		for (const filter of searchFilters) {
			for (const value of record.filters[filter.name]) counts.get(filter.name)!.set(value, (counts.get(filter.name)!.get(value) ?? 0) + 1);
		}
	}
	const configuredOrder = new Map(bank.config.regions.map((r, i) => [r.name, i]));
	return searchFilters.map((filter) => ({
		...filter,
		options: [...counts.get(filter.name)!.entries()]
			.map(([value, count]) => ({ value, count }))
			.sort((a, b) =>
				filter.name === 'ar'
					? b.value.localeCompare(a.value)
					: filter.name === 'region'
						? (configuredOrder.get(a.value) ?? 0) - (configuredOrder.get(b.value) ?? 0)
						: swedishCollator.compare(a.value, b.value),
			),
	}));
}

/** The sort select: relevance first, then the search orders with their Pagefind key and direction. */
export const searchSortOptions = searchOrders.map((o) => ({ value: o.slug, key: o.key, direction: o.direction, label: o.label[0]!.toLocaleUpperCase('sv') + o.label.slice(1) }));
