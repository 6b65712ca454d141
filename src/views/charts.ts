/**
 * The data behind every chart: labels, series and the unit, prepared from the entries. The same
 * spec renders the chart (client) and its table (server): the table is the source of truth.
 */
import { latestDecisionYear } from '../domain/decisions.ts';
import { financingLines } from '../domain/financing.ts';
import { grantedMoney, sum } from '../domain/measures.ts';
import { priorityTree } from '../domain/priorities.ts';
import type { ProjectEntry } from '../domain/project.ts';
import { formatDate, formatKronor, formatNumber } from '../format.ts';
import type { Bank } from './bank.ts';
import { countyFacets, fundFacets, regionFacets } from './facets.ts';
import { cell, type TableModel } from './table.ts';

export interface ChartSeries {
	label: string;
	values: number[];
}

export interface ChartSpec {
	/** Id for the figure and its table. */
	id: string;
	title: string;
	/** "kr" for money, "projekt" for counts. */
	unit: 'kr' | 'projekt';
	labels: string[];
	series: ChartSeries[];
	/** Bars lie down (long labels) unless a time axis stands. */
	horizontal: boolean;
	/** For timelines: [start, end] as ISO dates per label; the bars span them. */
	ranges?: [string, string][];
	/** A sentence under the chart, e.g. how shares are counted. */
	note?: string;
}

const byValueDesc = <T>(value: (item: T) => number) => (a: T, b: T) => value(b) - value(a);

/** Financing by financier, largest first; in-kind and corrected rows say so in their label. */
export function financingChart(entry: ProjectEntry): ChartSpec | undefined {
	const lines = financingLines(entry.data)
		.map((line) => ({
			label: line.financier + (line.inKind ? ' (bidrag i annat än pengar)' : '') + (line.corrected !== undefined ? ' (rättat belopp)' : ''),
			value: line.corrected ?? line.amount,
		}))
		.sort(byValueDesc((l) => l.value));
	if (lines.length < 2) return undefined;
	return {
		id: 'diagram-finansiering',
		title: 'Finansiering per finansiär, störst först',
		unit: 'kr',
		labels: lines.map((l) => l.label),
		series: [{ label: 'Belopp', values: lines.map((l) => l.value) }],
		horizontal: true,
	};
}

export function costChart(entry: ProjectEntry): ChartSpec | undefined {
	const rows = [...entry.data.costs].sort(byValueDesc((c) => c.amount));
	if (rows.length < 2) return undefined;
	return {
		id: 'diagram-kostnader',
		title: 'Kostnader per kostnadsslag',
		unit: 'kr',
		labels: rows.map((r) => r.category),
		series: [{ label: 'Belopp', values: rows.map((r) => r.amount) }],
		horizontal: true,
	};
}

/** Activities with both dates, on a time line; the bar's length is the period, the cost is shown beside it. */
export function activityTimeline(entry: ProjectEntry): ChartSpec | undefined {
	const dated = entry.data.activities.filter((a) => a.start && a.end);
	if (dated.length < 2) return undefined;
	return {
		id: 'diagram-aktiviteter',
		title: 'Aktiviteter över tid',
		unit: 'kr',
		labels: dated.map((a) => (a.code ? `${a.code} ${a.name}` : a.name)),
		series: [{ label: 'Kostnad', values: dated.map((a) => a.cost ?? 0) }],
		horizontal: true,
		ranges: dated.map((a) => [a.start!, a.end!]),
		note: 'Stapelns längd visar aktivitetens period; kostnaden står i tabellen och när du pekar på stapeln. Kostnad 0 kan betyda att källan inte anger någon.',
	};
}

function grantedAndBudget(id: string, title: string, rows: { label: string; granted: number; budget: number }[], note?: string): ChartSpec {
	return {
		id,
		title,
		unit: 'kr',
		labels: rows.map((r) => r.label),
		series: [
			{ label: 'Beviljat', values: rows.map((r) => r.granted) },
			{ label: 'Total budget', values: rows.map((r) => r.budget) },
		],
		horizontal: true,
		...(note ? { note } : {}),
	};
}

export function priorityChart(bank: Pick<Bank, 'projects' | 'config'>, id = 'diagram-prioriteringar'): ChartSpec {
	const rows = priorityTree(bank.projects, bank.config).flatMap((region) =>
		region.priorities
			.filter((p) => p.projects.length > 0)
			.map((p) => ({ label: `${region.region}: ${p.label}`, granted: p.measures.grantedMoney, budget: p.measures.combinedBudget })),
	);
	return grantedAndBudget(id, 'Beviljat och total budget per prioriterat område', rows);
}

export function fundChart(bank: Pick<Bank, 'projects' | 'config'>, id = 'diagram-fonder'): ChartSpec {
	const rows = fundFacets(bank)
		.filter((f) => f.projects.length > 0)
		.map((f) => ({ label: f.name, granted: f.measures.grantedMoney, budget: f.measures.combinedBudget }))
		.sort(byValueDesc((r) => r.budget));
	return grantedAndBudget(id, 'Beviljat och total budget per fond eller anslag', rows);
}

export function regionChart(bank: Bank): ChartSpec {
	const rows = regionFacets(bank)
		.filter((f) => f.projects.length > 0)
		.map((f) => ({ label: f.name, granted: f.measures.grantedMoney, budget: f.measures.combinedBudget }));
	return grantedAndBudget('diagram-regioner', 'Beviljat och total budget per beslutande region', rows);
}

/** Per county with the even per-municipality share, so a project in two counties is not counted twice. */
export function countyChart(bank: Bank): ChartSpec {
	const rows = countyFacets(bank)
		.filter((f) => f.projects.length > 0)
		.map((f) => ({ label: f.name, granted: f.measures.evenShareGranted, budget: f.measures.evenShareBudget }))
		.sort(byValueDesc((r) => r.budget));
	return grantedAndBudget(
		'diagram-lan',
		'Beviljat och total budget per län, jämnt fördelat',
		rows,
		'Varje projekts belopp är fördelat lika mellan kommunerna det verkar i och räknat i deras län. Projekt som inte namnger några kommuner ingår inte.',
	);
}

/** By the year of each project's latest dated decision. */
export function yearChart(projects: readonly ProjectEntry[], id = 'diagram-ar'): ChartSpec | undefined {
	const byYear = new Map<string, { granted: number; budget: number; count: number }>();
	for (const p of projects) {
		const year = latestDecisionYear(p.data);
		if (!year) continue;
		const row = byYear.get(year) ?? { granted: 0, budget: 0, count: 0 };
		row.granted += grantedMoney(p.data);
		row.budget += p.data.totalBudget ?? 0;
		row.count += 1;
		byYear.set(year, row);
	}
	if (byYear.size === 0) return undefined;
	const years = [...byYear.keys()].sort();
	const undated = projects.length - sum([...byYear.values()].map((r) => r.count));
	return {
		...grantedAndBudget(
			id,
			'Beviljat och total budget per beslutsår',
			years.map((y) => ({ label: y, granted: byYear.get(y)!.granted, budget: byYear.get(y)!.budget })),
			undated > 0 ? `${undated} projekt saknar beslutsdatum i källan och ingår inte.` : undefined,
		),
		horizontal: false,
	};
}

export function largestOwnersChart(bank: Bank, top = 10): ChartSpec {
	const rows = bank.organisations
		.filter((o) => o.owned.length > 0)
		.map((o) => ({
			label: o.name,
			granted: sum(o.owned.map((p) => grantedMoney(p.data))),
			budget: sum(o.owned.map((p) => p.data.totalBudget ?? 0)),
		}))
		.sort((a, b) => b.granted - a.granted || b.budget - a.budget)
		.slice(0, top);
	return grantedAndBudget('diagram-agare', `De ${rows.length} projektägare som beviljats mest`, rows);
}

/** A facet page's charts: its projects' money by fund (not on fund pages), by priority area and by year. */
export function facetCharts(projects: ProjectEntry[], bank: Pick<Bank, 'config'>, withFunds: boolean): ChartSpec[] {
	const own = { projects, config: bank.config };
	return [withFunds ? fundChart(own, 'diagram-fond') : undefined, priorityChart(own, 'diagram-prioritering'), yearChart(projects)].filter(
		(spec): spec is ChartSpec => spec !== undefined && spec.labels.length > 0,
	);
}

/** How tall a chart's box is, so the page does not move when the chart draws. */
export function chartSize(spec: ChartSpec): 's' | 'm' | 'l' | 'xl' {
	const bars = spec.labels.length * (spec.horizontal ? spec.series.length : 1);
	if (!spec.horizontal) return 'm';
	if (bars <= 4) return 's';
	if (bars <= 8) return 'm';
	if (bars <= 14) return 'l';
	return 'xl';
}

/** The numbers of a chart, for everyone: the chart's table is the source of truth. */
export function chartTable(spec: ChartSpec): TableModel {
	const format = (n: number) => (spec.unit === 'kr' ? formatKronor(n) : formatNumber(n));
	return {
		caption: spec.title,
		captionId: `${spec.id}-tabell`,
		columns: [
			{ label: spec.ranges ? 'Aktivitet' : 'Kategori' },
			...(spec.ranges ? [{ label: 'Period' }] : []),
			...spec.series.map((s) => ({ label: s.label, numeric: true })),
		],
		rows: spec.labels.map((label, i) => ({
			cells: [
				cell(label),
				...(spec.ranges ? [cell(`${formatDate(spec.ranges[i]![0])} – ${formatDate(spec.ranges[i]![1])}`)] : []),
				...spec.series.map((s) => cell(format(s.values[i]!))),
			],
		})),
	};
}

/** What a chart figure renders: the box size, the data for <bar-chart>, and the table it points at. */
export interface ChartFigureModel {
	spec: ChartSpec;
	size: ReturnType<typeof chartSize>;
	/** JSON for the element's data-chart attribute. */
	data: string;
	/** Id of the caption of the table with the same numbers. */
	describedBy: string;
	/** The figure's own table; undefined when the page already shows the numbers in one. */
	table: TableModel | undefined;
}

export function chartFigure(spec: ChartSpec, existingTableId?: string): ChartFigureModel {
	const table = existingTableId ? undefined : chartTable(spec);
	return {
		spec,
		size: chartSize(spec),
		data: JSON.stringify({ labels: spec.labels, series: spec.series, unit: spec.unit, horizontal: spec.horizontal, ranges: spec.ranges }),
		describedBy: existingTableId ?? table!.captionId!,
		table,
	};
}
