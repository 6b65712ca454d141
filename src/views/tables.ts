/** Tables shared by several kinds of page: project lists and facet summaries. */
import { decidedOn } from '../domain/decisions.ts';
import { sortLinkFor, sortValue, type SortKey, type SortOrder } from '../domain/listing.ts';
import { isDecided, statedApplied, statedBudget, statedGranted, sum, type Measures } from '../domain/measures.ts';
import { wholeAreaName, worksAcrossCounty, type PlaceMeasures } from '../domain/places.ts';
import type { ProjectEntry } from '../domain/project.ts';
import type { County } from '../domain/registry.ts';
import { workStateOf } from '../domain/work-status.ts';
import { formatKronor, formatNumber } from '../format.ts';
import type { FundConfig } from '../schemas/site.ts';
import { linkIn, localised, type Localised, type Messages } from '../i18n/locale.ts';
import { projectStatusLabelIn, workStateLabelIn } from '../i18n/labels.ts';
import { urls } from '../urls.ts';
import { buildDate } from './build-time.ts';
import type { Facet, PlaceFacet } from './facets.ts';
import { grantedByKind } from './measures.ts';
import { cell, type TableCell, type TableColumn, type TableModel, type TableRow } from './table.ts';

const swedish = localised('sv');

/** The columns of every project list; on phones each row reads as a card labelled as here (global.css, .project-table). */
const projectColumns: { key: SortKey | undefined; column: keyof Messages['list']['columns']; numeric: boolean }[] = [
	{ key: 'title', column: 'title', numeric: false },
	{ key: 'granted', column: 'granted', numeric: true },
	{ key: 'budget', column: 'budget', numeric: true },
	{ key: 'date', column: 'date', numeric: false },
	{ key: undefined, column: 'status', numeric: false },
	{ key: undefined, column: 'work', numeric: false },
	{ key: undefined, column: 'decider', numeric: false },
];

export interface ProjectTableOptions {
	/**
	 * The list's order, and where the list is in another order (undefined where it is not offered):
	 * sortable column headers then link there.
	 */
	sorting?: { order: SortOrder; href: (order: SortOrder) => string | undefined } | undefined;
	/** Printed owner name → canonical name (bank.displayNames), so lists never shout in capitals. */
	names?: ReadonlyMap<string, string> | undefined;
	/** On a county's page: mark the projects the source places in the county as a whole. */
	county?: County | undefined;
	/** The page's language (Swedish unless given). */
	localised?: Localised | undefined;
}

function decisionCell(entry: ProjectEntry, { m, f }: Localised): TableCell {
	const date = decidedOn(entry.data);
	if (date) return cell(f.date(date), { datetime: date });
	return cell(isDecided(entry.data.status) ? m.words.notStated : m.words.notDecided, { muted: true });
}

/** How the work stands on the build date: the source's word, or the period's (labelled so), or "anges ej". */
function workCell(entry: ProjectEntry, { m }: Localised): TableCell {
	const state = workStateOf(entry.data, buildDate);
	return state ? cell(workStateLabelIn(state, m)) : cell(m.words.notStated, { muted: true });
}

function projectRow(
	entry: ProjectEntry,
	names: ReadonlyMap<string, string> | undefined,
	county: County | undefined,
	l: Localised,
): TableRow {
	const { key, data } = entry;
	const { m, f, locale } = l;
	const granted = sortValue(data, 'granted');
	const budget = sortValue(data, 'budget');
	const whole = wholeAreaName(data, m.list.wholeArea);
	const details = [
		...(data.owner ? [names?.get(data.owner.name) ?? data.owner.name] : []),
		...(whole ? [m.list.worksIn(whole)] : []),
		...(county && worksAcrossCounty(data, county) ? [m.list.countyLevel] : []),
	];
	return {
		cells: [
			// The title is as published: Swedish, said so on an English page.
			cell(data.title, { href: linkIn(locale, urls.project(key)).href, details, ...(locale === 'sv' ? {} : { lang: 'sv' }) }),
			typeof granted === 'number' ? cell(f.kronor(granted)) : cell('–'),
			typeof budget === 'number' ? cell(f.kronor(budget)) : cell('–'),
			decisionCell(entry, l),
			cell(projectStatusLabelIn(data, m), { tag: { tone: data.status } }),
			workCell(entry, l),
			cell(data.decider),
		],
	};
}

/**
 * A project's row is the same in every list it appears in (all projects in each order, and each of
 * its places, funds and organisations): made once per project, names and county, and shared.
 */
const NO_NAMES = {};
const rowsByNames = new WeakMap<ReadonlyMap<string, string> | typeof NO_NAMES, WeakMap<ProjectEntry, Map<string, TableRow>>>();

function sharedProjectRow(
	entry: ProjectEntry,
	names: ReadonlyMap<string, string> | undefined,
	county: County | undefined,
	l: Localised,
): TableRow {
	let byEntry = rowsByNames.get(names ?? NO_NAMES);
	if (!byEntry) rowsByNames.set(names ?? NO_NAMES, (byEntry = new WeakMap()));
	let byCounty = byEntry.get(entry);
	if (!byCounty) byEntry.set(entry, (byCounty = new Map()));
	const countyKey = `${l.locale === 'sv' ? '' : `${l.locale}:`}${county?.code ?? ''}`;
	let row = byCounty.get(countyKey);
	if (!row) byCounty.set(countyKey, (row = projectRow(entry, names, county, l)));
	return row;
}

/** A list of projects, figures as corrected where the source got them wrong. */
export function projectTable(items: readonly ProjectEntry[], caption: string, options: ProjectTableOptions = {}): TableModel {
	const { sorting, names, county, localised: l = swedish } = options;
	const orderLabel = (order: SortOrder) => l.m.sortOrders[order.slug as keyof Messages['sortOrders']] ?? order.label;
	const columns: TableColumn[] = projectColumns.map((c) => {
		const column: TableColumn = { label: l.m.list.columns[c.column], numeric: c.numeric };
		if (sorting && c.key) {
			const target = sortLinkFor(c.key, sorting.order);
			const href = sorting.href(target);
			const state = sorting.order.key === c.key ? (sorting.order.direction === 'asc' ? 'ascending' : 'descending') : undefined;
			if (href) column.sort = { href, label: orderLabel(target), state, ...(href.startsWith(urls.search()) ? { scripted: true } : {}) };
			else if (state) column.sort = { href: undefined, label: orderLabel(sorting.order), state };
		}
		return column;
	});
	return {
		caption,
		className: 'project-table',
		columns,
		rows: items.map((entry) => sharedProjectRow(entry, names, county, l)),
	};
}

/**
 * A sum in a table cell, or "uppgift saknas" where none of the projects it counts states the figure; a sum
 * that leaves out projects stating no figure says how many under it: "uppgift saknas för 2 av 5". Every
 * table of sums (facets, places, charts) marks them with this one cell. Granted amounts stated in euro
 * only (`eur`) are neither in the kronor sum nor missing: they stand under it, in euro, as stated.
 */
export function statedSumCell(
	amount: number | undefined,
	unstated: number,
	of: number,
	{ m, f }: Localised = swedish,
	eur?: { amount: number; projects: number },
): TableCell {
	const missingFor = unstated > 0 ? [m.money.missingFor(f.number(unstated), f.number(of))] : [];
	const euro = eur && eur.projects > 0 ? eur : undefined;
	if (amount === undefined && euro)
		return cell(m.money.eur(f.number(euro.amount)), {
			details: [euro.projects < of ? m.money.eurOnly(f.number(euro.projects), f.number(of)) : m.money.eurOnly(), ...missingFor],
		});
	if (amount === undefined) return cell(m.stats.missing, { muted: true });
	const details = [
		...missingFor,
		...(euro ? [m.money.eurApart(m.money.eur(f.number(euro.amount)), f.number(euro.projects), f.number(of))] : []),
	];
	return cell(f.kronor(amount), details.length ? { details } : {});
}

/**
 * A facet's money, in words where there is no figure: "–" where the facet has no project, "inget
 * beviljat" where none is granted, "uppgift saknas" where the sources state no amount; never 0 kr
 * for a value that is missing.
 */
export function moneyCellsIn(l: Localised) {
	const { m } = l;
	const none = cell('–', { muted: true });
	const missing = cell(m.stats.missing, { muted: true });
	const known = (amount: number | undefined, unstated: number, of: number) => statedSumCell(amount, unstated, of, l);
	const grantedCell = (ms: Measures, amount: number | undefined) =>
		ms.projects === 0
			? none
			: ms.granted === 0
				? cell(m.money.noneGranted, { muted: true })
				: known(amount, ms.granted - ms.grantedWithAmount, ms.granted);
	const budgetCell = (ms: Measures, amount: number | undefined) =>
		ms.projects === 0
			? none
			: ms.granted === 0
				? cell(m.money.noneGranted, { muted: true })
				: known(amount, ms.granted - ms.grantedWithBudget, ms.granted);
	return {
		granted: (ms: Measures) =>
			ms.grantedEurOnly > 0
				? statedSumCell(statedGranted(ms), ms.granted - ms.grantedWithAmount - ms.grantedEurOnly, ms.granted, l, {
						amount: ms.grantedEur,
						projects: ms.grantedEurOnly,
					})
				: grantedCell(ms, statedGranted(ms)),
		budget: (ms: Measures) => budgetCell(ms, statedBudget(ms)),
		/** A place's even shares (places.ts), undefined where unknown. */
		evenShareGranted: (ms: PlaceMeasures) => grantedCell(ms, ms.evenShareGranted),
		evenShareBudget: (ms: PlaceMeasures) => budgetCell(ms, ms.evenShareBudget),
		applied: (ms: Measures) =>
			ms.projects === 0
				? none
				: ms.rejected + ms.undecided === 0
					? cell(m.money.noApplication, { muted: true })
					: known(statedApplied(ms), ms.rejected + ms.undecided - ms.appliedWithAmount, ms.rejected + ms.undecided),
		missing,
	};
}

export const moneyCells = moneyCellsIn(swedish);
const missing = moneyCells.missing;

/** A column's sum over rows whose figures may be unknown: the known ones added up, or "uppgift saknas" where none is known. */
function knownSum(amounts: readonly (number | undefined)[]): TableCell {
	const stated = amounts.filter((a) => a !== undefined);
	return stated.length || amounts.length === 0 ? cell(formatKronor(sum(stated))) : missing;
}

const facetColumns = (nameHeader: string, { m }: Localised = swedish): TableColumn[] => [
	{ label: nameHeader },
	{ label: m.money.columns.projects, numeric: true },
	{ label: m.money.columns.granted, numeric: true },
	{ label: m.money.columns.budget, numeric: true },
	{ label: m.money.columns.applied, numeric: true },
];

/**
 * Facets where each project counts at most once (deciders, funds): their sums are the bank's. Money
 * counts granted projects; given the settings' `funds`, a granted figure drawn from more than one
 * kind of money (EU, national, regional) says how much of each under it.
 */
export function facetTable(
	facets: readonly Facet[],
	caption: string,
	nameHeader: string,
	captionId?: string,
	funds?: readonly FundConfig[],
	l: Localised = swedish,
): TableModel {
	const money = l.locale === 'sv' ? moneyCells : moneyCellsIn(l);
	const granted = (m: Measures) => {
		const grantedMoney = money.granted(m);
		const kinds = funds ? grantedByKind(m.grantedByFund, funds, l) : [];
		return kinds.length > 1 ? { ...grantedMoney, details: kinds.map((k) => l.m.money.ofWhich(k)) } : grantedMoney;
	};
	return {
		caption,
		captionId,
		columns: facetColumns(nameHeader, l),
		rows: facets.map((f) => ({
			cells: [
				cell(f.name, { href: linkIn(l.locale, f.path).href }),
				cell(l.f.number(f.measures.projects)),
				granted(f.measures),
				money.budget(f.measures),
				money.applied(f.measures),
			],
		})),
	};
}

/**
 * Places, where a project working in several counts in each: the whole amounts beside the even
 * shares (places.ts), and at the foot the column sums beside the bank's own totals, so no reader
 * adds up a column and takes it for the bank's money.
 */
export function placeTable(facets: readonly PlaceFacet[], caption: string, nameHeader: string, bank: Measures): TableModel {
	const sumOf = (value: (m: PlaceMeasures) => number | undefined) => knownSum(facets.map((f) => value(f.measures)));
	return {
		caption,
		columns: [
			{ label: nameHeader },
			{ label: 'Projekt som verkar här', numeric: true },
			{ label: 'Beviljat, hela beloppen', numeric: true },
			{ label: 'Beräknad jämn andel av beviljat', numeric: true },
			{ label: 'Total budget, beviljade projekt', numeric: true },
			{ label: 'Beräknad jämn andel av budgetarna', numeric: true },
			{ label: 'Sökt, inte beviljat, hela beloppen', numeric: true },
		],
		rows: facets.map((f) => ({
			cells: [
				cell(f.name, { href: f.path }),
				cell(formatNumber(f.measures.projects)),
				moneyCells.granted(f.measures),
				moneyCells.evenShareGranted(f.measures),
				moneyCells.budget(f.measures),
				moneyCells.evenShareBudget(f.measures),
				moneyCells.applied(f.measures),
			],
		})),
		foot: [
			{
				cells: [
					cell('Kolumnens summa'),
					cell(formatNumber(sum(facets.map((f) => f.measures.projects)))),
					sumOf(statedGranted),
					sumOf((m) => m.evenShareGranted),
					sumOf(statedBudget),
					sumOf((m) => m.evenShareBudget),
					sumOf(statedApplied),
				],
			},
			{
				cells: [
					cell('Hela banken, varje projekt en gång'),
					cell(formatNumber(bank.projects)),
					moneyCells.granted(bank),
					moneyCells.granted(bank),
					moneyCells.budget(bank),
					moneyCells.budget(bank),
					moneyCells.applied(bank),
				],
			},
		],
	};
}
