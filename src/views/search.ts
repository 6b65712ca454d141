/**
 * What the search index knows about each project (Pagefind filters, sorts and result metadata),
 * and the options the search form offers. Filter names are the URL parameters of /sok/; sorts are
 * the site's one sort vocabulary (domain/listing.ts).
 */
import { yearOf } from '../domain/dates.ts';
import { decidedOn, decisionYear, settlingDecision } from '../domain/decisions.ts';
import { searchOrders, searchSortKeys, sortValue, type SortDirection, type SortKey } from '../domain/listing.ts';
import { headlineAmount, isDecided, statesEurOnly } from '../domain/measures.ts';
import { countiesOf, countyLevelCounties, wholeAreaName } from '../domain/places.ts';
import { priorityLabel } from '../domain/priorities.ts';
import type { ProjectEntry } from '../domain/project.ts';
import { swedishCollator } from '../domain/text.ts';
import { workStateOf } from '../domain/work-status.ts';
import {
	decisionLabel,
	formatDate,
	formatKronor,
	formatNumber,
	projectStatusLabel,
	WORK_STATUS_UNKNOWN,
	workStateLabel,
} from '../format.ts';
import { searchSortKey } from '../client/shard-search.ts';
import { messages } from '../i18n/locale.ts';
import type { Bank } from './bank.ts';
import { buildDate } from './build-time.ts';

export const searchFilters = [
	{ name: 'kommun', label: 'Kommun' },
	{ name: 'lan', label: 'Län' },
	{ name: 'beslutande', label: 'Beslutande organ' },
	{ name: 'prioritering', label: 'Prioritering' },
	{ name: 'fond', label: 'Fond eller anslag' },
	{ name: 'status', label: 'Status' },
	{ name: 'arbete', label: 'Arbetets status' },
	// Thousands in a big bank: typed, with suggestions from the name files, not a list of every value on the page.
	{ name: 'agare', label: 'Projektägare', typed: true },
	{ name: 'finansiar', label: 'Finansiär', typed: true },
	{ name: 'ar', label: 'Beslutsår' },
] as const;

export type SearchFilterName = (typeof searchFilters)[number]['name'];

export interface SearchRecord {
	filters: Record<SearchFilterName, string[]>;
	/**
	 * Every project has every sort key, once per direction (searchSortKey): Pagefind leaves pages
	 * without the key out of sorted results, and a value the source lacks sorts last either way.
	 */
	sort: Record<string, string>;
	meta: { owner: string; amount: string; status: string; tone: string; places: string; decision: string };
}

/** The year filter's values for projects without a dated decision. */
export const UNDATED_DECISION = 'Beslutsdatum anges inte i källan';
export const UNDECIDED = 'Inte avgjort';

/** Where a project works, labelled by what it is: named municipalities, counties, or the source's words. */
export function placesLine(entry: ProjectEntry): string {
	const p = entry.data;
	const whole = wholeAreaName(p);
	if (whole) return `Var: ${whole}`;
	const parts = [
		...(p.municipalities.length ? [`Kommuner: ${shortList(p.municipalities)}`] : []),
		...(p.counties.length
			? [
					`Län (utan namngivna kommuner): ${countyLevelCounties(p)
						.map((c) => c.name)
						.join(', ')}`,
				]
			: []),
	];
	if (parts.length) return parts.join('. ');
	return p.locationNote ? `Område enligt källan: ${p.locationNote}` : 'Var projektet verkar anges inte i källan';
}

/**
 * A sort value as Pagefind compares it. Pagefind keeps numeric sort values as 32-bit floats, which
 * are not exact above 16 777 216: amounts (and date numbers) would swap places. So every value is
 * text that sorts as the number would: amounts zero-padded behind a letter ("k000001347090"), dates
 * as ISO text ("2020-06" before "2020-06-15"). A figure or date the source lacks sorts last in the
 * direction given: lowest for a descending order, highest for an ascending one (never as zero).
 */
export function searchSortValue(entry: ProjectEntry, key: SortKey, direction: SortDirection = 'desc'): string {
	const missing = direction === 'desc' ? { amount: 'a', date: '0000' } : { amount: 'z', date: '9999' };
	switch (key) {
		case 'granted':
		case 'budget': {
			const amount = sortValue(entry.data, key);
			return typeof amount === 'number' ? `k${String(amount).padStart(12, '0')}` : missing.amount;
		}
		case 'date':
			return decidedOn(entry.data) ?? missing.date;
		case 'start':
			return entry.data.period?.start ?? missing.date;
		case 'title':
			return entry.data.title;
	}
}

/** The decisions a reader looks for on a card: the one that settled the application and any later amendment, each with its date at the source's precision. */
export function decisionLine(entry: ProjectEntry): string {
	const p = entry.data;
	const settling = settlingDecision(p);
	const shown = [
		...(settling ? [settling] : p.decisions.slice(-1)),
		...p.decisions.filter((d) => d.kind === 'amendment' && (!settling || p.decisions.indexOf(d) > p.decisions.indexOf(settling))).slice(-1),
	];
	if (shown.length === 0) return 'Inget beslut anges i källan';
	return shown.map((d) => `${decisionLabel(d)} ${d.date ? formatDate(d.date) : '(datum anges inte i källan)'}`).join(' · ');
}

/** The years a project was decided or amended in: an amendment of 2025 is found under 2025 too. */
export function decisionYears(p: ProjectEntry['data']): string[] {
	const years = p.decisions.filter((d) => d.date && ['grant', 'rejection', 'amendment'].includes(d.kind)).map((d) => yearOf(d.date!));
	const first = decisionYear(p);
	if (years.length === 0 && !first) return [isDecided(p.status) ? UNDATED_DECISION : UNDECIDED];
	return [...new Set([...(first ? [first] : []), ...years])].sort().reverse();
}

function shortList(names: string[], max = 4): string {
	if (names.length <= max) return names.join(', ');
	return `${names.slice(0, max).join(', ')} och ${names.length - max} till`;
}

/** The organisations in the financing table, by the names their pages have; categories of financiers are none. */
function financiers(entry: ProjectEntry, bank: Pick<Bank, 'displayNames'>): string[] {
	return [...new Set(entry.data.financing.flatMap((row) => bank.displayNames.get(row.financier) ?? []))];
}

const sv = messages('sv');

export function searchRecord(entry: ProjectEntry, bank: Pick<Bank, 'displayNames'>): SearchRecord {
	const p = entry.data;
	const amount = headlineAmount(p);
	const owner = p.owner ? (bank.displayNames.get(p.owner.name) ?? p.owner.name) : undefined;
	return {
		filters: {
			kommun: [...p.municipalities],
			lan: countiesOf(p).map((c) => c.name),
			beslutande: [p.decider],
			prioritering: p.priority ? [priorityLabel(p.priority)] : [],
			fond: p.fund ? [p.fund] : [],
			status: [projectStatusLabel(p)],
			arbete: [workStateLabel(workStateOf(p, buildDate))],
			agare: owner ? [owner] : [],
			finansiar: financiers(entry, bank),
			ar: decisionYears(p),
		},
		sort: Object.fromEntries(
			searchSortKeys.flatMap((key) =>
				(['desc', 'asc'] as const).map((direction) => [searchSortKey(key, direction), searchSortValue(entry, key, direction)]),
			),
		),
		meta: {
			owner: owner ?? 'Projektägare anges inte',
			amount: amount
				? `${amount.label}: ${formatKronor(amount.amount)}`
				: statesEurOnly(p)
					? `Beviljat belopp: ${sv.project.eur(formatNumber(p.grantedAmountEur!))}`
					: 'Belopp anges inte',
			status: projectStatusLabel(p),
			tone: p.status,
			places: placesLine(entry),
			decision: decisionLine(entry),
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
	const configuredOrder = new Map(bank.config.deciders.map((r, i) => [r.name, i]));
	return searchFilters.map((filter) => ({
		...filter,
		options: [...counts.get(filter.name)!.entries()]
			.map(([value, count]) => ({ value, count }))
			.sort((a, b) =>
				filter.name === 'ar'
					? yearOrder(a.value, b.value)
					: filter.name === 'arbete'
						? Number(a.value === WORK_STATUS_UNKNOWN) - Number(b.value === WORK_STATUS_UNKNOWN) || swedishCollator.compare(a.value, b.value)
						: filter.name === 'beslutande'
							? (configuredOrder.get(a.value) ?? 0) - (configuredOrder.get(b.value) ?? 0)
							: swedishCollator.compare(a.value, b.value),
			),
	}));
}

/** Years newest first, then the undated decisions, then the undecided. */
function yearOrder(a: string, b: string): number {
	const rank = (v: string) => (v === UNDECIDED ? 2 : v === UNDATED_DECISION ? 1 : 0);
	return rank(a) - rank(b) || b.localeCompare(a);
}

/** The sort select: relevance first, then the search orders with their Pagefind key and direction. */
export const searchSortOptions = searchOrders.map((o) => ({
	value: o.slug,
	key: o.key,
	direction: o.direction,
	label: o.label[0]!.toLocaleUpperCase('sv') + o.label.slice(1),
}));
