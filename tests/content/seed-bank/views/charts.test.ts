import { describe, expect, it } from 'vitest';
import { grantedMoney, measure } from '../../../../src/domain/measures.ts';
import { createBank } from '../../../../src/views/bank.ts';
import {
	activityTimeline,
	chartFigure,
	chartTable,
	costChart,
	countyChart,
	facetCharts,
	financingChart,
	fundChart,
	largestOwnersChart,
	priorityChart,
	deciderChart,
	yearChart,
	type ChartSpec,
} from '../../../../src/views/charts.ts';
import { siteConfig } from '../../../../src/site.config.ts';
import { granted, project } from '../../../helpers/fixtures.ts';
import { shippedProject, shippedProjects } from '../../../helpers/shipped.ts';

const projects = shippedProjects();
const bank = createBank(projects, siteConfig);
const sum = (xs: readonly (number | null)[]) => xs.reduce<number>((a, b) => a + (b ?? 0), 0);

describe('project charts', () => {
	it('show financing largest first, marking in-kind and corrected rows in words', () => {
		const spec = financingChart(shippedProject('20204763'))!; // § 40, with the misprinted row
		const values = spec.series[0]!.values;
		expect(values).toEqual([...values].sort((a, b) => b! - a!));
		expect(spec.labels[0]).toBe('Tillväxtverket (ERUF)');
		expect(spec.labels.at(-1)).toBe('Skellefteå Science City (rättat belopp)');
		expect(values.at(-1)).toBe(66_603);
		expect(sum(values)).toBe(8_980_610); // the corrected rows add up to the published total
		expect(spec).toMatchObject({ id: 'diagram-finansiering', unit: 'kr', horizontal: true });
		expect(financingChart(shippedProject('20204871'))!.labels).toContain('Medverkande företag (bidrag i annat än pengar)');
	});

	it('show costs by category and activities on a time line', () => {
		expect(costChart(shippedProject('20378916'))).toMatchObject({
			id: 'diagram-kostnader',
			labels: ['Personal', 'Schablonkostnader'],
			series: [{ values: [6_712_453, 2_684_982] }],
		});
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

	it('split the granted money and the granted projects’ budgets by fund and region without losing or doubling any', () => {
		const withFund = projects.filter((p) => p.data.fund && p.data.status === 'granted');
		const funds = fundChart(bank);
		expect(sum(funds.series[0]!.values)).toBe(sum(withFund.map((p) => grantedMoney(p.data))));
		expect(funds.series[1]!.values).toEqual([...funds.series[1]!.values].sort((a, b) => b! - a!));
		expect(sum(deciderChart(bank).series[0]!.values)).toBe(totals.grantedMoney);
		expect(sum(deciderChart(bank).series[1]!.values)).toBe(totals.grantedBudget);
		expect(deciderChart(bank).series.map((s) => s.label)).toEqual(['Beviljat', 'Total budget, beviljade projekt']);
	});

	it('count each granted project once across counties, county-level ones included, largest first', () => {
		const counties = countyChart(bank);
		expect(Math.abs(sum(counties.series[1]!.values) - totals.grantedBudget)).toBeLessThanOrEqual(21);
		expect(Math.abs(sum(counties.series[0]!.values) - totals.grantedMoney)).toBeLessThanOrEqual(21);
		expect(counties.series[1]!.values).toEqual([...counties.series[1]!.values].sort((a, b) => b! - a!));
		expect(counties.labels).toContain('Norrbottens län');
		expect(counties.note).toContain('fördelat lika');
	});

	it('give undated grants their own bucket in the year chart instead of dropping them', () => {
		const years = yearChart(projects)!;
		expect(years.labels).toEqual(['2020', 'Beslutsdatum anges inte i källan']); // DOVI's 2023 grant states no amount: no "2023: 0 kr"
		expect(years.horizontal).toBe(false);
		expect(years.series[0]!.values.at(-1)).toBe(72_750_869); // the 17 Västerbotten grants, which the list does not date
		expect(sum(years.series[0]!.values)).toBe(totals.grantedMoney);
		expect(sum(years.series[1]!.values)).toBe(totals.grantedBudget);
		expect(years.note).toBe(
			'17 av 25 beviljade projekt med belopp har inget beslutsdatum i källan; de står för sig. 1 beviljat projekt anger inget beviljat belopp och ingår inte.',
		);
		expect(yearChart([granted('10000001', 'A', 1, '2020-01-01')])!.note).toBeUndefined();
		expect(yearChart([shippedProject('20359783')])).toBeUndefined();
		expect(yearChart([granted('10000001', 'A', 1, '2020-06')])!.labels).toEqual(['2020']);
		expect(yearChart([project()])).toBeUndefined(); // nothing granted: no money to place in time
	});

	it('group by priority area, and rank the largest owners', () => {
		expect(priorityChart(bank).labels[0]).toBe('Region Västerbotten: Prioritering 1: Västerbotten - en nytänkande och smart region');
		const owners = largestOwnersChart(bank);
		expect(owners.labels[0]).toBe('Pillars Sverige AB'); // 21 065 100 kr, the largest grant
		expect(owners.series[0]!.values).toEqual([...owners.series[0]!.values].sort((a, b) => b! - a!));
		expect(owners.labels).toHaveLength(10);
		expect(owners.title).toBe('De 10 projektägare som beviljats mest');
		expect(largestOwnersChart(bank, 3).labels).toHaveLength(3);
	});

	it('show a facet’s money by fund (not on fund pages), priority and year, leaving out empty charts', () => {
		const kalix = projects.filter((p) => p.data.municipalities.includes('Kalix'));
		expect(facetCharts(kalix, bank, true).map((c) => c.id)).toEqual(['diagram-fond', 'diagram-prioritering', 'diagram-ar']);
		expect(facetCharts(kalix, bank, false).map((c) => c.id)).toEqual(['diagram-prioritering', 'diagram-ar']);
		expect(facetCharts([project()], bank, true).map((c) => c.id)).toEqual(['diagram-fond', 'diagram-prioritering']);
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

	it('give every chart a table with the same numbers', () => {
		const table = chartTable(fundChart(bank));
		expect(table.captionId).toBe('diagram-fonder-tabell');
		expect(table.columns.map((c) => c.label)).toEqual(['Kategori', 'Beviljat', 'Total budget, beviljade projekt']);
		expect(table.rows).toHaveLength(fundChart(bank).labels.length);
		const timeline = chartTable(activityTimeline(shippedProject('hallbar-samhallsomstallning'))!);
		expect(timeline.columns.map((c) => c.label)).toEqual(['Aktivitet', 'Period', 'Kostnad']);
		expect(timeline.rows[0]!.cells[1]!.text).toBe('1 januari 2024 – 31 december 2029');
		const months = activityTimeline(
			project(
				(e) =>
					(e.activities = [
						{ name: 'A', start: '2020-06', end: '2021-06' },
						{ name: 'B', start: '2021', end: '2022' },
					]),
			),
		)!;
		expect(months.ranges).toEqual([
			['2020-06-01', '2021-06-30'],
			['2021-01-01', '2022-12-31'],
		]); // bars span the months
		expect(chartTable(months).rows.map((r) => r.cells[1]!.text)).toEqual(['juni 2020 – juni 2021', '2021 – 2022']); // the table keeps them months
		const counts = chartTable({ ...spec(1), unit: 'projekt', series: [{ label: 'Antal', values: [1200] }] });
		expect(counts.rows[0]!.cells[1]!.text).toBe('1\u00a0200');
	});

	it('point a chart at its own table, or at one already on the page', () => {
		const own = chartFigure(costChart(shippedProject('20378916'))!);
		expect(own).toMatchObject({ size: 's', describedBy: 'diagram-kostnader-tabell' });
		expect(own.table?.captionId).toBe('diagram-kostnader-tabell');
		expect(JSON.parse(own.data)).toEqual({
			labels: ['Personal', 'Schablonkostnader'],
			series: [{ label: 'Belopp', values: [6_712_453, 2_684_982] }],
			unit: 'kr',
			horizontal: true,
		});
		const shared = chartFigure(costChart(shippedProject('20378916'))!, 'kostnader-caption');
		expect(shared.table).toBeUndefined();
		expect(shared.describedBy).toBe('kostnader-caption');
	});
});
