/** Tables shared by several kinds of page: project lists and facet summaries. */
import { decidedOn } from '../domain/decisions.ts';
import { sortLinkFor, sortValue, type SortKey, type SortOrder } from '../domain/listing.ts';
import { isDecided } from '../domain/measures.ts';
import { worksAcrossCounty } from '../domain/places.ts';
import type { ProjectEntry } from '../domain/project.ts';
import type { County } from '../domain/registry.ts';
import { formatDate, formatKronor, formatNumber, projectStatusLabel } from '../format.ts';
import { urls } from '../urls.ts';
import type { Facet, PlaceFacet } from './facets.ts';
import { cell, type TableCell, type TableColumn, type TableModel, type TableRow } from './table.ts';

/** The columns of every project list; on phones each row reads as a card labelled as here (global.css, .project-table). */
const projectColumns: { key: SortKey | undefined; label: string; numeric: boolean }[] = [
	{ key: 'title', label: 'Projekt', numeric: false },
	{ key: 'granted', label: 'Beviljat belopp', numeric: true },
	{ key: 'budget', label: 'Total budget', numeric: true },
	{ key: 'date', label: 'Beslutsdatum', numeric: false },
	{ key: undefined, label: 'Status', numeric: false },
	{ key: undefined, label: 'Region', numeric: false },
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
}

function decisionCell(entry: ProjectEntry): TableCell {
	const date = decidedOn(entry.data);
	if (date) return cell(formatDate(date), { datetime: date });
	return cell(isDecided(entry.data.status) ? 'anges ej' : 'inte avgjort', { muted: true });
}

function projectRow(entry: ProjectEntry, names: ReadonlyMap<string, string> | undefined, county: County | undefined): TableRow {
	const { key, data } = entry;
	const granted = sortValue(data, 'granted');
	const budget = sortValue(data, 'budget');
	const details = [
		...(data.owner ? [names?.get(data.owner.name) ?? data.owner.name] : []),
		...(county && worksAcrossCounty(data, county) ? ['På länsnivå: källan namnger länet, inga kommuner'] : []),
	];
	return {
		cells: [
			cell(data.title, { href: urls.project(key), details }),
			typeof granted === 'number' ? cell(formatKronor(granted)) : cell('–'),
			typeof budget === 'number' ? cell(formatKronor(budget)) : cell('–'),
			decisionCell(entry),
			cell(projectStatusLabel(data), { tag: { tone: data.status } }),
			cell(data.region),
		],
	};
}

/**
 * A project's row is the same in every list it appears in (all projects in each order, and each of
 * its places, funds and organisations): made once per project, names and county, and shared.
 */
const NO_NAMES = {};
const rowsByNames = new WeakMap<ReadonlyMap<string, string> | typeof NO_NAMES, WeakMap<ProjectEntry, Map<string, TableRow>>>();

function sharedProjectRow(entry: ProjectEntry, names: ReadonlyMap<string, string> | undefined, county: County | undefined): TableRow {
	let byEntry = rowsByNames.get(names ?? NO_NAMES);
	if (!byEntry) rowsByNames.set(names ?? NO_NAMES, (byEntry = new WeakMap()));
	let byCounty = byEntry.get(entry);
	if (!byCounty) byEntry.set(entry, (byCounty = new Map()));
	const countyKey = county?.code ?? '';
	let row = byCounty.get(countyKey);
	if (!row) byCounty.set(countyKey, (row = projectRow(entry, names, county)));
	return row;
}

/** A list of projects, figures as corrected where the source got them wrong. */
export function projectTable(items: readonly ProjectEntry[], caption: string, options: ProjectTableOptions = {}): TableModel {
	const { sorting, names, county } = options;
	const columns: TableColumn[] = projectColumns.map((c) => {
		const column: TableColumn = { label: c.label, numeric: c.numeric };
		if (sorting && c.key) {
			const target = sortLinkFor(c.key, sorting.order);
			const href = sorting.href(target);
			const state = sorting.order.key === c.key ? (sorting.order.direction === 'asc' ? 'ascending' : 'descending') : undefined;
			if (href) column.sort = { href, label: target.label, state, ...(href.startsWith(urls.search()) ? { scripted: true } : {}) };
			else if (state) column.sort = { href: undefined, label: sorting.order.label, state };
		}
		return column;
	});
	return {
		caption,
		className: 'project-table',
		columns,
		rows: items.map((entry) => sharedProjectRow(entry, names, county)),
	};
}

/** Facets with their measures; places add the even share. Money counts granted projects. */
export function facetTable(facets: readonly (Facet | PlaceFacet)[], caption: string, nameHeader: string, evenShare = false): TableModel {
	return {
		caption,
		columns: [
			{ label: nameHeader },
			{ label: 'Projekt', numeric: true },
			{ label: 'Beviljat', numeric: true },
			{ label: 'Total budget, beviljade projekt', numeric: true },
			...(evenShare ? [{ label: 'Beräknad jämn andel av budgetarna', numeric: true }] : []),
			{ label: 'Sökt, inte beviljat', numeric: true },
		],
		rows: facets.map((f) => ({
			cells: [
				cell(f.name, { href: f.path }),
				cell(formatNumber(f.measures.projects)),
				cell(formatKronor(f.measures.grantedMoney)),
				cell(formatKronor(f.measures.grantedBudget)),
				...(evenShare ? [cell(formatKronor('evenShareBudget' in f.measures ? f.measures.evenShareBudget : 0))] : []),
				cell(f.measures.appliedWithAmount ? formatKronor(f.measures.appliedMoney) : '–'),
			],
		})),
	};
}
