/**
 * What the search index knows about each project (Pagefind filters, sorts and result metadata),
 * and the options the search form offers. Filter and sort names are the URL parameters of /sok/.
 */
import type { SiteConfig } from '../schemas/site.ts';
import { dateSortValue, decisionYears, latestDecisionSortValue, organisations, priorityLabel, type OrganisationAliases } from './facets.ts';
import { formatKronor, statusLabels } from './format.ts';
import { headlineAmount, projectCounties, type ProjectEntry } from './projects.ts';
import { swedishCollator } from './slug.ts';

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

/** Sort orders offered in search: URL value, Pagefind sort key and direction, label. */
export const searchSorts = [
	{ value: 'belopp-storst', key: 'beviljat', direction: 'desc', label: 'Beviljat belopp, störst först' },
	{ value: 'belopp-minst', key: 'beviljat', direction: 'asc', label: 'Beviljat belopp, minst först' },
	{ value: 'budget-storst', key: 'budget', direction: 'desc', label: 'Total budget, störst först' },
	{ value: 'budget-minst', key: 'budget', direction: 'asc', label: 'Total budget, minst först' },
	{ value: 'datum-nyast', key: 'beslutsdatum', direction: 'desc', label: 'Beslutsdatum, senaste först' },
	{ value: 'datum-aldst', key: 'beslutsdatum', direction: 'asc', label: 'Beslutsdatum, äldsta först' },
	{ value: 'start-nyast', key: 'startdatum', direction: 'desc', label: 'Startdatum, senaste först' },
	{ value: 'start-aldst', key: 'startdatum', direction: 'asc', label: 'Startdatum, tidigaste först' },
] as const;

export interface SearchRecord {
	filters: Record<SearchFilterName, string[]>;
	/**
	 * Every project has every sort key: Pagefind leaves pages without the key out of sorted
	 * results, so a figure the source lacks sorts as 0 (and the card shows "–").
	 */
	sort: Record<(typeof searchSorts)[number]['key'], string>;
	meta: { owner: string; amount: string; status: string; municipalities: string };
}

/** Printed owner name → the display name shared with the organisation pages ("Luleå tekniska universitet"). */
export function ownerNames(projects: readonly ProjectEntry[], aliases: OrganisationAliases = {}): Map<string, string> {
	const names = new Map<string, string>();
	for (const org of organisations(projects, aliases)) for (const spelling of org.spellings) names.set(spelling, org.name);
	return names;
}

function shortList(names: string[], max = 4): string {
	if (names.length <= max) return names.join(', ');
	return `${names.slice(0, max).join(', ')} och ${names.length - max} till`;
}

export function searchRecord(entry: ProjectEntry, owners: Map<string, string>): SearchRecord {
	const p = entry.data;
	const amount = headlineAmount(p);
	const owner = p.owner ? (owners.get(p.owner.name) ?? p.owner.name) : undefined;
	return {
		filters: {
			kommun: [...p.municipalities],
			lan: projectCounties(p).map((c) => c.name),
			region: [p.region],
			prioritering: p.priority ? [priorityLabel(p.priority)] : [],
			fond: p.fund ? [p.fund] : [],
			status: [statusLabels[p.status]],
			agare: owner ? [owner] : [],
			ar: decisionYears(entry),
		},
		sort: {
			beviljat: String(p.status === 'granted' ? (p.grantedAmount ?? 0) : 0),
			budget: String(p.totalBudget ?? 0),
			beslutsdatum: latestDecisionSortValue(entry),
			startdatum: dateSortValue(p.period?.start),
		},
		meta: {
			owner: owner ?? 'Projektägare anges inte',
			amount: amount ? `${amount.label}: ${formatKronor(amount.amount)}` : 'Belopp anges inte',
			status: statusLabels[p.status],
			municipalities: p.municipalities.length ? shortList(p.municipalities) : (p.locationNote ?? 'Kommuner anges inte'),
		},
	};
}

/** Every value of every filter that occurs in the bank, in Swedish order, with project counts. */
export function searchFilterOptions(projects: readonly ProjectEntry[], config: SiteConfig) {
	const owners = ownerNames(projects, config.organisationAliases);
	const counts = new Map<SearchFilterName, Map<string, number>>(searchFilters.map((f) => [f.name, new Map()]));
	for (const project of projects) {
		const record = searchRecord(project, owners);
		for (const filter of searchFilters) {
			for (const value of record.filters[filter.name]) counts.get(filter.name)!.set(value, (counts.get(filter.name)!.get(value) ?? 0) + 1);
		}
	}
	const configuredOrder = new Map(config.regions.map((r, i) => [r.name, i]));
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
