/**
 * The data behind every chart: labels, series and the unit, prepared from the entries. The same
 * spec renders the chart (client) and its table (server): the table is the source of truth.
 */
import type { SiteConfig } from '../schemas/site.ts';
import { countyFacets, decisionYears, fundFacets, organisations, priorityTree, regionFacets, type OrganisationAliases } from './facets.ts';
import { financingLines, sumOf, type ProjectEntry } from './projects.ts';

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

export function priorityChart(projects: readonly ProjectEntry[], config: SiteConfig): ChartSpec {
	const rows = priorityTree(projects, config).flatMap((region) =>
		region.priorities
			.filter((p) => p.projects.length > 0)
			.map((p) => ({ label: `${region.region}: ${p.label}`, granted: p.attribution.granted, budget: p.attribution.combinedBudget })),
	);
	return grantedAndBudget('diagram-prioriteringar', 'Beviljat och total budget per prioriterat område', rows);
}

export function fundChart(projects: readonly ProjectEntry[], config: SiteConfig): ChartSpec {
	const rows = fundFacets(projects, config)
		.filter((f) => f.projects.length > 0)
		.map((f) => ({ label: f.name, granted: f.attribution.granted, budget: f.attribution.combinedBudget }))
		.sort(byValueDesc((r) => r.budget));
	return grantedAndBudget('diagram-fonder', 'Beviljat och total budget per fond eller anslag', rows);
}

export function regionChart(projects: readonly ProjectEntry[], config: SiteConfig): ChartSpec {
	const rows = regionFacets(projects, config)
		.filter((f) => f.projects.length > 0)
		.map((f) => ({ label: f.name, granted: f.attribution.granted, budget: f.attribution.combinedBudget }));
	return grantedAndBudget('diagram-regioner', 'Beviljat och total budget per beslutande region', rows);
}

/** Per county with the even per-municipality share, so a project in two counties is not counted twice. */
export function countyChart(projects: readonly ProjectEntry[]): ChartSpec {
	const rows = countyFacets(projects)
		.filter((f) => f.projects.length > 0)
		.map((f) => ({ label: f.name, granted: f.attribution.evenShareGranted ?? 0, budget: f.attribution.evenShareBudget ?? 0 }))
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
		const year = decisionYears(p).at(-1);
		if (!year) continue;
		const row = byYear.get(year) ?? { granted: 0, budget: 0, count: 0 };
		row.granted += p.data.status === 'granted' ? (p.data.grantedAmount ?? 0) : 0;
		row.budget += p.data.totalBudget ?? 0;
		row.count += 1;
		byYear.set(year, row);
	}
	if (byYear.size === 0) return undefined;
	const years = [...byYear.keys()].sort();
	const undated = projects.length - sumOf([...byYear.values()].map((r) => r.count));
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

export function largestOwnersChart(projects: readonly ProjectEntry[], aliases: OrganisationAliases, top = 10): ChartSpec {
	const rows = organisations(projects, aliases)
		.filter((o) => o.owned.length > 0)
		.map((o) => ({
			label: o.name,
			granted: sumOf(o.owned.map((p) => (p.data.status === 'granted' ? (p.data.grantedAmount ?? 0) : 0))),
			budget: sumOf(o.owned.map((p) => p.data.totalBudget ?? 0)),
		}))
		.sort((a, b) => b.granted - a.granted || b.budget - a.budget)
		.slice(0, top);
	return grantedAndBudget('diagram-agare', `De ${rows.length} projektägare som beviljats mest`, rows);
}

/** For a facet page: its projects' money by fund and by priority area. */
export function facetFundChart(projects: readonly ProjectEntry[], config: SiteConfig): ChartSpec | undefined {
	const spec = fundChart(projects, config);
	return spec.labels.length > 0 ? { ...spec, id: 'diagram-fond' } : undefined;
}

export function facetPriorityChart(projects: readonly ProjectEntry[], config: SiteConfig): ChartSpec | undefined {
	const spec = priorityChart(projects, config);
	return spec.labels.length > 0 ? { ...spec, id: 'diagram-prioritering' } : undefined;
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
