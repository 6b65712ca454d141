/**
 * The data behind every chart: labels, series and the unit, prepared from the entries. The same
 * spec renders the chart (client) and its table (server): the table is the source of truth.
 */
import { decisionYear } from '../domain/decisions.ts';
import { groupBy } from '../domain/grouping.ts';
import { financingLines } from '../domain/financing.ts';
import { measure, statedBudget, statedGranted, type Measures } from '../domain/measures.ts';
import { NO_PRIORITY_LABEL, priorityTree } from '../domain/priorities.ts';
import type { ProjectEntry } from '../domain/project.ts';
import { firstDay, lastDay, yearOf } from '../domain/dates.ts';
import { counted, formatKronor, formatNumber, formatPeriod, listAnd } from '../format.ts';
import type { Bank } from './bank.ts';
import { countyFacets, fundFacets, deciderFacets, withoutFund } from './facets.ts';
import { fundWithKind } from './measures.ts';
import { cell, type TableModel } from './table.ts';
import { statedSumCell } from './tables.ts';
import { localised } from '../i18n/locale.ts';

const swedish = localised('sv');

export interface ChartSeries {
	label: string;
	/** null where the sources state no figure: no bar is drawn, and the table says "uppgift saknas", never 0 kr. */
	values: (number | null)[];
	/**
	 * For sums: how many projects each value counts (`of`) and how many of them state no figure and are
	 * left out (`unstated`), so the table marks a sum of some projects as such; not sent to the chart.
	 */
	counts?: ({ unstated: number; of: number; eur?: { amount: number; projects: number } } | undefined)[];
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
	/** For timelines: the first and last day each bar spans (a month spans all its days). */
	ranges?: [string, string][];
	/** For timelines: each period as the source gives it, for the table ("juni 2020 – juni 2023"). */
	periods?: string[];
	/** A sentence under the chart, e.g. how shares are counted. */
	note?: string;
}

const byValueDesc =
	<T>(value: (item: T) => number) =>
	(a: T, b: T) =>
		value(b) - value(a);

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
		series: [{ label: 'Kostnad', values: dated.map((a) => a.cost ?? null) }],
		horizontal: true,
		ranges: dated.map((a) => [firstDay(a.start!), lastDay(a.end!)]),
		periods: dated.map((a) => formatPeriod(a.start!, a.end!)),
		note: 'Stapelns längd visar aktivitetens period; kostnaden står i tabellen.',
	};
}

/** The label of the words "budget" on every chart: only granted projects' budgets are summed. */
export const GRANTED_BUDGET_LABEL = 'Total budget, beviljade projekt';

/** A row of a money chart: sums as far as the sources state them (undefined: unknown), and how many granted projects state each. */
interface MoneyRow {
	label: string;
	granted: number | undefined;
	budget: number | undefined;
	/** Granted projects counted, and how many of them state the amount and the budget; absent for even shares, which say so in their note. */
	of?: Pick<Measures, 'granted' | 'grantedWithAmount' | 'grantedWithBudget' | 'grantedEurOnly' | 'grantedEur'>;
	/** The same counts for the table only, where the note speaks of them otherwise (even shares); defaults to `of`. */
	counts?: Pick<Measures, 'granted' | 'grantedWithAmount' | 'grantedWithBudget'>;
}

/** Said under a chart where a row's sum is unknown or counts only some projects, so no bar reads as 0 kr or as the whole. */
export function missingNote(rows: readonly MoneyRow[]): string | undefined {
	const unknown = rows.filter((r) => r.granted === undefined || r.budget === undefined).map((r) => r.label);
	// Projects left out of sums that are stated (an unknown sum is named above instead).
	const withoutAmount = sumOf(
		rows.filter((r) => r.granted !== undefined),
		(o) => o.granted - o.grantedWithAmount - o.grantedEurOnly,
	);
	// Grants stated in euro only are in no bar: the tables give them in euro.
	const eurOnly = sumOf(rows, (o) => o.grantedEurOnly);
	const withoutBudget = sumOf(
		rows.filter((r) => r.budget !== undefined),
		(o) => o.granted - o.grantedWithBudget,
	);
	return (
		[
			unknown.length ? `Uppgift saknas (ingen stapel, inte 0 kr) där källorna inte anger något belopp: ${listAnd(unknown)}.` : '',
			withoutAmount + withoutBudget > 0
				? `Summorna räknar bara de projekt som anger beloppet: ${[
						withoutAmount ? `${counted(withoutAmount, 'beviljat projekt', 'beviljade projekt')} anger inget beviljat belopp` : '',
						withoutBudget ? `${counted(withoutBudget, 'beviljat projekt', 'beviljade projekt')} anger ingen total budget` : '',
					]
						.filter(Boolean)
						.join(' och ')}.`
				: '',
			eurOnly
				? `${counted(eurOnly, 'beviljat projekt', 'beviljade projekt')} anger beloppet bara i euro: det står i tabellen i euro och ingår inte i staplarna, som är i kronor.`
				: '',
		]
			.filter(Boolean)
			.join(' ') || undefined
	);
}

const sumOf = (rows: readonly MoneyRow[], value: (of: NonNullable<MoneyRow['of']>) => number) =>
	rows.reduce((total, r) => total + (r.of ? value(r.of) : 0), 0);

const countsOf = (row: MoneyRow, stated: (c: NonNullable<MoneyRow['counts']>) => number) => {
	const c = row.counts ?? row.of;
	return c && { unstated: c.granted - stated(c), of: c.granted };
};

/** The granted column's counts: grants stated in euro only are not missing, and stand under the sum in euro (not for even shares). */
const grantedCountsOf = (row: MoneyRow) => {
	const counts = countsOf(row, (c) => c.grantedWithAmount);
	const eurOnly = row.counts ? 0 : (row.of?.grantedEurOnly ?? 0);
	return counts && eurOnly
		? { unstated: counts.unstated - eurOnly, of: counts.of, eur: { amount: row.of!.grantedEur, projects: eurOnly } }
		: counts;
};

function grantedAndBudget(id: string, title: string, rows: MoneyRow[], note?: string): ChartSpec {
	const notes = [note, missingNote(rows)].filter(Boolean).join(' ');
	return {
		id,
		title,
		unit: 'kr',
		labels: rows.map((r) => r.label),
		series: [
			{
				label: 'Beviljat',
				values: rows.map((r) => r.granted ?? null),
				counts: rows.map(grantedCountsOf),
			},
			{
				label: GRANTED_BUDGET_LABEL,
				values: rows.map((r) => r.budget ?? null),
				counts: rows.map((r) => countsOf(r, (c) => c.grantedWithBudget)),
			},
		],
		horizontal: true,
		...(notes ? { note: notes } : {}),
	};
}

/** A chart row of a set's measures: what it states of granted money and budgets. */
const moneyOf = (label: string, m: Measures): MoneyRow => ({ label, granted: statedGranted(m), budget: statedBudget(m), of: m });
const money = (label: string, projects: readonly ProjectEntry[]) => moneyOf(label, measure(projects));
/** Largest first; a row whose figure is unknown goes last. */
const byBudgetDesc = (a: MoneyRow, b: MoneyRow) => (b.budget ?? -1) - (a.budget ?? -1);

/** Per priority area, and per decider a row for the projects that name none, so the rows add up to the whole. */
export function priorityChart(bank: Pick<Bank, 'projects' | 'config'>, id = 'diagram-prioriteringar'): ChartSpec {
	const tree = priorityTree(bank.projects, bank.config);
	const rows = tree.flatMap((decider) => [
		...decider.priorities.filter((p) => p.projects.length > 0).map((p) => moneyOf(`${decider.decider}: ${p.label}`, p.measures)),
		...[money(`${decider.decider}: ${NO_PRIORITY_LABEL.toLocaleLowerCase('sv')}`, decider.withoutPriority)].filter(
			(row) => row.of!.granted > 0,
		),
	]);
	const without = rows.some((row) => row.label.endsWith(NO_PRIORITY_LABEL.toLocaleLowerCase('sv')));
	return grantedAndBudget(
		id,
		'Beviljat och total budget per prioriterat område',
		rows,
		without
			? 'Projekt vars källa inte anger något prioriterat område står på en egen rad per beslutande organ, så att raderna tillsammans ger hela summan.'
			: undefined,
	);
}

export function fundChart(bank: Pick<Bank, 'projects' | 'config'>, id = 'diagram-fonder'): ChartSpec {
	const rows = fundFacets(bank)
		.filter((f) => f.projects.length > 0)
		.map((f) => moneyOf(fundWithKind(f.name, bank.config.funds), f.measures))
		.sort(byBudgetDesc);
	// Projects naming no fund close the list where granted ones are among them, so the rows add up to the whole.
	const without = [withoutFund(bank)].flatMap((w) => (w ? [money(w.name, w.projects)] : [])).filter((row) => row.of!.granted > 0);
	return grantedAndBudget(
		id,
		'Beviljat och total budget per fond eller anslag',
		[...rows, ...without],
		without.length
			? 'Projekt vars källa inte anger någon fond står sist på en egen rad, så att raderna tillsammans ger hela summan.'
			: undefined,
	);
}

export function deciderChart(bank: Bank): ChartSpec {
	const rows = deciderFacets(bank)
		.filter((f) => f.projects.length > 0)
		.map((f) => moneyOf(f.name, f.measures));
	return grantedAndBudget('diagram-beslutande', 'Beviljat och total budget per beslutande organ', rows);
}

/** Per county with the even share, so a project in two counties is not counted twice. */
export function countyChart(bank: Bank): ChartSpec {
	const rows = countyFacets(bank)
		.filter((f) => f.projects.length > 0)
		.map((f): MoneyRow => ({
			label: f.name,
			granted: f.measures.evenShareGranted,
			budget: f.measures.evenShareBudget,
			counts: f.measures,
		}))
		.sort(byBudgetDesc);
	return grantedAndBudget(
		'diagram-lan',
		'Beviljat och total budget per län, jämnt fördelat',
		rows,
		'Varje beviljat projekts belopp är fördelat lika mellan platserna som källan namnger: kommuner räknas i sitt län, och ett län som projektet verkar i utan namngivna kommuner tar en egen lika del.',
	);
}

/** Label of the per-year bucket of granted projects whose source dates no decision. */
export const UNDATED_YEAR_LABEL = 'Beslutsdatum anges inte i källan';
/** Label of the per-year bucket of granted projects whose source gives no project period. */
export const NO_PERIOD_LABEL = 'Projektperiod anges inte i källan';

/**
 * Granted money by a year of each granted project, with the projects lacking that year in a
 * bucket of their own (last). A grant whose source states no amount is left out (it would read as
 * 0 kr granted) and named in the note.
 */
function byYearChart(
	projects: readonly ProjectEntry[],
	id: string,
	title: string,
	year: (p: ProjectEntry) => string | undefined,
	without: { label: string; note: (n: number, of: number) => string },
): ChartSpec | undefined {
	const granted = projects.filter((p) => p.data.status === 'granted');
	const withAmount = granted.filter((p) => p.data.grantedAmount !== undefined);
	if (withAmount.length === 0) return undefined;
	const byYear = groupBy(withAmount, (p) => [year(p) ?? without.label]);
	const years = [...byYear.keys()].filter((y) => y !== without.label).sort();
	const unplaced = byYear.get(without.label) ?? [];
	const notes = [
		unplaced.length ? without.note(unplaced.length, withAmount.length) : '',
		withAmount.length < granted.length
			? `${counted(granted.length - withAmount.length, 'beviljat projekt', 'beviljade projekt')} anger inget beviljat belopp och ingår inte.`
			: '',
	].filter(Boolean);
	return {
		...grantedAndBudget(
			id,
			title,
			[...years.map((y) => money(y, byYear.get(y)!)), ...(unplaced.length ? [money(without.label, unplaced)] : [])],
			notes.length ? notes.join(' ') : undefined,
		),
		horizontal: false,
	};
}

/** Granted money by the year of the grant decision, the undated grants in a bucket of their own. */
export function yearChart(projects: readonly ProjectEntry[], id = 'diagram-ar'): ChartSpec | undefined {
	return byYearChart(projects, id, 'Beviljat och total budget per beslutsår', (p) => decisionYear(p.data), {
		label: UNDATED_YEAR_LABEL,
		note: (n, of) => `${n} av ${of} beviljade projekt med belopp har inget beslutsdatum i källan; de står för sig.`,
	});
}

/**
 * Granted money by the year the project period starts: where sources date no decision (most
 * exports), the period still places the money in time. Beside the decision year, never instead of it.
 */
export function startYearChart(projects: readonly ProjectEntry[], id = 'diagram-startar'): ChartSpec | undefined {
	return byYearChart(
		projects,
		id,
		'Beviljat och total budget per startår (året projektperioden börjar)',
		(p) => p.data.period && yearOf(p.data.period.start),
		{
			label: NO_PERIOD_LABEL,
			note: (n, of) => `${n} av ${of} beviljade projekt med belopp anger ingen projektperiod i källan; de står för sig.`,
		},
	);
}

/** The owners granted the most; an owner whose projects were only proposed or rejected was granted nothing, not 0 kr. */
export function largestOwnersChart(bank: Bank, top = 10): ChartSpec {
	const rows = bank.organisations
		.filter((o) => o.owned.length > 0)
		.map((o) => money(o.name, o.owned))
		.filter((row) => row.of!.granted > 0)
		.sort((a, b) => (b.granted ?? -1) - (a.granted ?? -1) || (b.budget ?? -1) - (a.budget ?? -1))
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
	const format = (s: ChartSeries, i: number) => {
		const n = s.values[i]!;
		const counts = s.counts?.[i];
		// A row whose projects were none of them granted has no granted sum: "inget beviljat", as the facet tables say, not 0 kr.
		if (counts?.of === 0) return cell(swedish.m.money.noneGranted, { muted: true });
		if (counts) return statedSumCell(n ?? undefined, counts.unstated, counts.of, undefined, counts.eur);
		if (n === null) return cell('uppgift saknas', { muted: true });
		return cell(spec.unit === 'kr' ? formatKronor(n) : formatNumber(n));
	};
	return {
		caption: spec.title,
		captionId: `${spec.id}-tabell`,
		columns: [
			{ label: spec.ranges ? 'Aktivitet' : 'Kategori' },
			...(spec.periods ? [{ label: 'Period' }] : []),
			...spec.series.map((s) => ({ label: s.label, numeric: true })),
		],
		rows: spec.labels.map((label, i) => ({
			cells: [cell(label), ...(spec.periods ? [cell(spec.periods[i]!)] : []), ...spec.series.map((s) => format(s, i))],
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
		data: JSON.stringify({
			labels: spec.labels,
			series: spec.series.map(({ label, values }) => ({ label, values })),
			unit: spec.unit,
			horizontal: spec.horizontal,
			ranges: spec.ranges,
		}),
		describedBy: existingTableId ?? table!.captionId!,
		table,
	};
}
