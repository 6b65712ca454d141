import { describe, expect, it } from 'vitest';
import { measure } from '../../../src/domain/measures.ts';
import { createBank } from '../../../src/views/bank.ts';
import {
	activityTimeline,
	chartFigure,
	chartSize,
	chartTable,
	costChart,
	countyChart,
	facetCharts,
	financingChart,
	fundChart,
	largestOwnersChart,
	priorityChart,
	regionChart,
	yearChart,
	type ChartSpec,
} from '../../../src/views/charts.ts';
import { siteConfig } from '../../../src/site.config.ts';
import { granted } from '../../helpers/fixtures.ts';
import { shippedProject, shippedProjects } from '../../helpers/shipped.ts';

const projects = shippedProjects();
const bank = createBank(projects, siteConfig);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('project charts', () => {
	it('show financing largest first, marking in-kind and corrected rows in words', () => {
		const spec = financingChart(shippedProject('20204763'))!; // § 40, with the misprinted row
		const values = spec.series[0]!.values;
		expect(values).toEqual([...values].sort((a, b) => b - a));
		expect(spec.labels[0]).toBe('Tillväxtverket (ERUF)');
		expect(spec.labels.at(-1)).toBe('Skellefteå Science City (rättat belopp)');
		expect(values.at(-1)).toBe(66_603);
		expect(sum(values)).toBe(8_980_610); // the corrected rows add up to the published total
		expect(spec).toMatchObject({ id: 'diagram-finansiering', unit: 'kr', horizontal: true });
		expect(financingChart(shippedProject('20204871'))!.labels).toContain('Medverkande företag (bidrag i annat än pengar)');
	});

	it('show costs by category and activities on a time line', () => {
		expect(costChart(shippedProject('20378916'))).toMatchObject({ id: 'diagram-kostnader', labels: ['Personal', 'Schablonkostnader'], series: [{ values: [6_712_453, 2_684_982] }] });
		const timeline = activityTimeline(shippedProject('hallbar-samhallsomstallning'))!;
		expect(timeline.id).toBe('diagram-aktiviteter');
		expect(timeline.ranges![0]).toEqual(['2024-01-01', '2029-12-31']);
		expect(timeline.labels[0]).toBe('1 Stödstruktur fysiska förutsättningar för den hållbara omställningen');
		expect(timeline.series[0]!.values[0]).toBe(26_544_156);
	});

	it('leave out charts with nothing to compare', () => {
		expect(financingChart(shippedProject('20372556'))).toBeUndefined(); // the list gives no financing table
		expect(costChart(shippedProject('20372556'))).toBeUndefined();
		expect(activityTimeline(shippedProject('20372556'))).toBeUndefined();
	});
});

describe('statistics charts', () => {
	const totals = measure(projects);

	it('split the granted total by fund and by region without losing or doubling money', () => {
		const withFund = projects.filter((p) => p.data.fund && p.data.status === 'granted');
		const funds = fundChart(bank);
		expect(sum(funds.series[0]!.values)).toBe(sum(withFund.map((p) => p.data.grantedAmount ?? 0)));
		expect(funds.series[1]!.values).toEqual([...funds.series[1]!.values].sort((a, b) => b - a));
		expect(sum(regionChart(bank).series[0]!.values)).toBe(totals.grantedMoney);
		expect(sum(regionChart(bank).series[1]!.values)).toBe(totals.combinedBudget);
		expect(regionChart(bank).series.map((s) => s.label)).toEqual(['Beviljat', 'Total budget']);
	});

	it('count each project once across counties (even share), largest first', () => {
		const placed = projects.filter((p) => p.data.municipalities.length > 0);
		const budgets = sum(placed.map((p) => p.data.totalBudget ?? 0));
		const counties = countyChart(bank);
		expect(Math.abs(sum(counties.series[1]!.values) - budgets)).toBeLessThanOrEqual(21);
		expect(counties.series[1]!.values).toEqual([...counties.series[1]!.values].sort((a, b) => b - a));
		expect(counties.note).toContain('fördelat lika');
	});

	it('group by priority area and decision year, and rank the largest owners', () => {
		expect(priorityChart(bank).labels[0]).toBe('Region Västerbotten: Prioritering 1: Västerbotten - en nytänkande och smart region');
		const years = yearChart(projects)!;
		expect(years.labels).toEqual(['2020', '2025']);
		expect(years.horizontal).toBe(false);
		expect(years.note).toBe('19 projekt saknar beslutsdatum i källan och ingår inte.');
		const y2020 = projects.filter((p) => p.data.decisions.some((d) => d.date?.startsWith('2020')) && !p.data.decisions.some((d) => d.date?.startsWith('2025')));
		expect(years.series[0]!.values[0]).toBe(sum(y2020.map((p) => (p.data.status === 'granted' ? (p.data.grantedAmount ?? 0) : 0))));
		expect(years.series[1]!.values[0]).toBe(sum(y2020.map((p) => p.data.totalBudget ?? 0)));
		expect(yearChart([granted('10000001', 'A', 1)])).toBeUndefined();
		expect(yearChart([granted('10000001', 'A', 1, '2020-01-01')])!.note).toBeUndefined();
		const owners = largestOwnersChart(bank);
		expect(owners.labels[0]).toBe('Pillars Sverige AB'); // 21 065 100 kr, the largest grant
		expect(owners.series[0]!.values).toEqual([...owners.series[0]!.values].sort((a, b) => b - a));
		expect(owners.labels).toHaveLength(10);
		expect(owners.title).toBe('De 10 projektägare som beviljats mest');
		expect(largestOwnersChart(bank, 3).labels).toHaveLength(3);
	});

	it('show a facet’s money by fund (not on fund pages), priority and year, leaving out empty charts', () => {
		const kalix = projects.filter((p) => p.data.municipalities.includes('Kalix'));
		expect(facetCharts(kalix, bank, true).map((c) => c.id)).toEqual(['diagram-fond', 'diagram-prioritering', 'diagram-ar']);
		expect(facetCharts(kalix, bank, false).map((c) => c.id)).toEqual(['diagram-prioritering', 'diagram-ar']);
		// The Västerbotten list dates no decision: Umeå's projects have no year chart.
		expect(facetCharts(projects.filter((p) => p.data.municipalities.includes('Umeå')), bank, true).map((c) => c.id)).toEqual(['diagram-fond', 'diagram-prioritering']);
		expect(facetCharts([], bank, true)).toEqual([]);
	});
});

describe('chart boxes and tables', () => {
	const spec = (labels: number, series = 1, horizontal = true): ChartSpec => ({
		id: 'x',
		title: 'T',
		unit: 'kr',
		labels: Array.from({ length: labels }, (_, i) => String(i)),
		series: Array.from({ length: series }, () => ({ label: 's', values: [] })),
		horizontal,
	});

	it('reserve a box that fits the bars', () => {
		expect([1, 4, 5, 8, 9, 14, 15].map((n) => chartSize(spec(n)))).toEqual(['s', 's', 'm', 'm', 'l', 'l', 'xl']);
		expect(chartSize(spec(4, 2))).toBe('m');
		expect(chartSize(spec(30, 2, false))).toBe('m');
	});

	it('give every chart a table with the same numbers', () => {
		const table = chartTable(fundChart(bank));
		expect(table.captionId).toBe('diagram-fonder-tabell');
		expect(table.columns.map((c) => c.label)).toEqual(['Kategori', 'Beviljat', 'Total budget']);
		expect(table.rows).toHaveLength(fundChart(bank).labels.length);
		const timeline = chartTable(activityTimeline(shippedProject('hallbar-samhallsomstallning'))!);
		expect(timeline.columns.map((c) => c.label)).toEqual(['Aktivitet', 'Period', 'Kostnad']);
		expect(timeline.rows[0]!.cells[1]!.text).toBe('1 januari 2024 – 31 december 2029');
		const counts = chartTable({ ...spec(1), unit: 'projekt', series: [{ label: 'Antal', values: [1200] }] });
		expect(counts.rows[0]!.cells[1]!.text).toBe('1\u00a0200');
	});

	it('point a chart at its own table, or at one already on the page', () => {
		const own = chartFigure(costChart(shippedProject('20378916'))!);
		expect(own).toMatchObject({ size: 's', describedBy: 'diagram-kostnader-tabell' });
		expect(own.table?.captionId).toBe('diagram-kostnader-tabell');
		expect(JSON.parse(own.data)).toEqual({ labels: ['Personal', 'Schablonkostnader'], series: [{ label: 'Belopp', values: [6_712_453, 2_684_982] }], unit: 'kr', horizontal: true });
		const shared = chartFigure(costChart(shippedProject('20378916'))!, 'kostnader-caption');
		expect(shared.table).toBeUndefined();
		expect(shared.describedBy).toBe('kostnader-caption');
	});
});
