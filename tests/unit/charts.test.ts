import { describe, expect, it } from 'vitest';
import {
	activityTimeline,
	chartSize,
	costChart,
	countyChart,
	financingChart,
	fundChart,
	largestOwnersChart,
	priorityChart,
	regionChart,
	yearChart,
} from '../../src/lib/charts.ts';
import { municipalityCountMap, municipalityMoneyMap } from '../../src/lib/map-data.ts';
import { choropleth, countyMap, municipalityMap } from '../../src/lib/map.ts';
import { allMunicipalities } from '../../src/lib/registry.ts';
import { totalsOf } from '../../src/lib/projects.ts';
import { siteConfig } from '../../src/site.config.ts';
import { shippedProjects } from './shipped.ts';

const projects = shippedProjects();
const byKey = (key: string) => projects.find((p) => p.key === key)!;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('project charts', () => {
	it('show financing largest first, marking in-kind and corrected rows in words', () => {
		const spec = financingChart(byKey('20204763'))!; // § 40, with the misprinted row
		const values = spec.series[0]!.values;
		expect(values).toEqual([...values].sort((a, b) => b - a));
		expect(spec.labels[0]).toBe('Tillväxtverket (ERUF)');
		expect(spec.labels.at(-1)).toBe('Skellefteå Science City (rättat belopp)');
		expect(values.at(-1)).toBe(66_603);
		expect(sum(values)).toBe(8_980_610); // the corrected rows add up to the published total
		const inKind = financingChart(byKey('20204871'))!; // § 41
		expect(inKind.labels).toContain('Medverkande företag (bidrag i annat än pengar)');
	});

	it('show costs by category and activities on a time line', () => {
		expect(costChart(byKey('20378916'))).toMatchObject({ labels: ['Personal', 'Schablonkostnader'], series: [{ values: [6_712_453, 2_684_982] }] });
		const timeline = activityTimeline(byKey('hallbar-samhallsomstallning'))!;
		expect(timeline.ranges![0]).toEqual(['2024-01-01', '2029-12-31']);
		expect(timeline.labels[0]).toBe('1 Stödstruktur fysiska förutsättningar för den hållbara omställningen');
		expect(timeline.series[0]!.values[0]).toBe(26_544_156);
	});

	it('leave out charts with nothing to compare', () => {
		expect(financingChart(byKey('20372556'))).toBeUndefined(); // the list gives no financing table
		expect(costChart(byKey('20372556'))).toBeUndefined();
	});
});

describe('statistics charts', () => {
	const totals = totalsOf(projects);

	it('split the granted total by fund and by region without losing or doubling money', () => {
		const withFund = projects.filter((p) => p.data.fund && p.data.status === 'granted');
		expect(sum(fundChart(projects, siteConfig).series[0]!.values)).toBe(sum(withFund.map((p) => p.data.grantedAmount ?? 0)));
		expect(sum(regionChart(projects, siteConfig).series[0]!.values)).toBe(totals.grantedAmount);
		expect(sum(regionChart(projects, siteConfig).series[1]!.values)).toBe(totals.totalBudget);
	});

	it('count each project once across counties (even share)', () => {
		const placed = projects.filter((p) => p.data.municipalities.length > 0);
		const budgets = sum(placed.map((p) => p.data.totalBudget ?? 0));
		expect(Math.abs(sum(countyChart(projects).series[1]!.values) - budgets)).toBeLessThanOrEqual(21);
	});

	it('group by priority area and decision year, and rank the largest owners', () => {
		const priorities = priorityChart(projects, siteConfig);
		expect(priorities.labels[0]).toBe('Region Västerbotten: Prioritering 1: Västerbotten - en nytänkande och smart region');
		const years = yearChart(projects)!;
		expect(years.labels).toEqual(['2020', '2025']);
		expect(years.note).toBe('19 projekt saknar beslutsdatum i källan och ingår inte.');
		const owners = largestOwnersChart(projects, siteConfig.organisationAliases);
		expect(owners.labels[0]).toBe('Pillars Sverige AB'); // 21 065 100 kr, the largest grant
		expect(owners.series[0]!.values).toEqual([...owners.series[0]!.values].sort((a, b) => b - a));
		expect(owners.labels).toHaveLength(10);
	});

	it('reserve a box that fits the bars', () => {
		expect(chartSize(costChart(byKey('20378916'))!)).toBe('s');
		expect(chartSize(largestOwnersChart(projects, siteConfig.organisationAliases))).toBe('xl');
		expect(chartSize(yearChart(projects)!)).toBe('m');
	});
});

describe('maps', () => {
	it('draw every municipality and county once, with a path', () => {
		const municipalities = municipalityMap();
		expect(municipalities.shapes).toHaveLength(290);
		expect(new Set(municipalities.shapes.map((s) => s.code))).toEqual(new Set(allMunicipalities.map((m) => m.code)));
		expect(municipalities.shapes.every((s) => s.d.startsWith('M'))).toBe(true);
		expect(municipalities.height).toBeGreaterThan(municipalities.width * 2); // Sweden is tall: not the whole globe
		expect(countyMap().shapes).toHaveLength(21);
	});

	it('shade by classes with zero apart, and say each figure in words', () => {
		const { breaks, classOf } = choropleth([0, 0, 1, 2, 3, 4, 5, 10, 20, 40]);
		expect(classOf(0)).toBe(0);
		expect(classOf(1)).toBe(1);
		expect(classOf(40)).toBe(breaks.length + 1);
		const counts = municipalityCountMap(projects);
		expect(counts.areas).toHaveLength(290);
		expect(counts.areas.find((a) => a.label.startsWith('Umeå'))).toMatchObject({ label: 'Umeå: 14 projekt', href: '/kommun/umea/' });
		expect(counts.areas.find((a) => a.label.startsWith('Malmö'))).toMatchObject({ label: 'Malmö: inga projekt', shade: 0 });
		expect(counts.legend[0]).toBe('Inga projekt');
		const money = municipalityMoneyMap(projects);
		expect(money.legend.length).toBeGreaterThanOrEqual(3);
	});
});
