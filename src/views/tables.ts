/** Tables shared by several kinds of page: project lists, facet summaries and chart data. */
import { latestDecisionDate } from '../domain/decisions.ts';
import { sortLinkFor, type SortKey, type SortOrder } from '../domain/listing.ts';
import type { ProjectEntry } from '../domain/project.ts';
import { formatDate, formatKronor, formatNumber, statusLabels } from '../format.ts';
import { urls } from '../urls.ts';
import type { Facet, PlaceFacet } from './facets.ts';
import { cell, type TableColumn, type TableModel } from './table.ts';

const projectColumns: { key: SortKey | undefined; label: string; numeric: boolean; cardLabel?: string }[] = [
	{ key: 'title', label: 'Projekt', numeric: false },
	{ key: 'granted', label: 'Beviljat belopp', numeric: true, cardLabel: 'Beviljat' },
	{ key: 'budget', label: 'Total budget', numeric: true, cardLabel: 'Total budget' },
	{ key: 'date', label: 'Beslutsdatum', numeric: false, cardLabel: 'Beslutsdatum' },
	{ key: undefined, label: 'Status', numeric: false, cardLabel: 'Status' },
	{ key: undefined, label: 'Region', numeric: false, cardLabel: 'Region' },
];

/**
 * A list of projects. Given the list's order and base path, the sortable columns' headers link to
 * the list in their order; the current one says its direction.
 */
export function projectTable(items: readonly ProjectEntry[], caption: string, sorting?: { order: SortOrder; basePath: string }): TableModel {
	const columns: TableColumn[] = projectColumns.map((c) => {
		const column: TableColumn = { label: c.label, numeric: c.numeric, ...(c.cardLabel ? { cardLabel: c.cardLabel } : {}) };
		if (sorting && c.key) {
			const target = sortLinkFor(c.key, sorting.order);
			const state = sorting.order.key === c.key ? (sorting.order.direction === 'asc' ? 'ascending' : 'descending') : undefined;
			column.sort = { href: urls.listing(sorting.basePath, target), label: target.label, state };
		}
		return column;
	});
	return {
		caption,
		className: 'project-table',
		columns,
		rows: items.map(({ key, data }) => {
			const date = latestDecisionDate(data);
			return {
				cells: [
					cell(data.title, { href: urls.project(key), details: data.owner ? [data.owner.name] : [] }),
					data.status === 'granted' && data.grantedAmount !== undefined ? cell(formatKronor(data.grantedAmount)) : cell('–'),
					data.totalBudget !== undefined ? cell(formatKronor(data.totalBudget)) : cell('–'),
					date ? cell(formatDate(date), { datetime: date }) : cell('anges ej', { muted: true }),
					cell(statusLabels[data.status], { tag: { tone: data.status } }),
					cell(data.region),
				],
			};
		}),
	};
}

/** Facets with their measures; places add the even per-municipality share. */
export function facetTable(facets: readonly (Facet | PlaceFacet)[], caption: string, nameHeader: string, evenShare = false): TableModel {
	return {
		caption,
		columns: [
			{ label: nameHeader },
			{ label: 'Projekt', numeric: true },
			{ label: 'Beviljat', numeric: true },
			{ label: 'Sammanlagd total budget', numeric: true },
			...(evenShare ? [{ label: 'Beräknad jämn andel av budgetarna', numeric: true }] : []),
		],
		rows: facets.map((f) => ({
			cells: [
				cell(f.name, { href: f.path }),
				cell(formatNumber(f.measures.projects)),
				cell(formatKronor(f.measures.grantedMoney)),
				cell(formatKronor(f.measures.combinedBudget)),
				...(evenShare ? [cell(formatKronor('evenShareBudget' in f.measures ? f.measures.evenShareBudget : 0))] : []),
			],
		})),
	};
}
