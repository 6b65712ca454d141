import { describe, expect, it } from 'vitest';
import { createBank } from '../../../src/views/bank.ts';
import {
	chartFigure,
	chartSize,
	chartTable,
	fundChart,
	priorityChart,
	startYearChart,
	largestOwnersChart,
	yearChart,
	type ChartSpec,
} from '../../../src/views/charts.ts';
import { fixtureBank } from '../../helpers/bank.ts';
import { granted, project, testConfig } from '../../helpers/fixtures.ts';
const sum = (xs: readonly (number | null)[]) => xs.reduce<number>((a, b) => a + (b ?? 0), 0);

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
});

describe('charts of money per fund and priority area', () => {
	it('end with a row for the money of projects naming no fund or priority area, so the bars add up to the whole', () => {
		const named = granted('10000001', 'Med fond', 300);
		named.data.fund = 'ERUF';
		named.data.priority = { code: '1', name: 'Västerbotten - en nytänkande och smart region' };
		const unnamed = granted('10000002', 'Utan fond', 500);
		unnamed.data.fund = undefined;
		unnamed.data.priority = undefined;
		const small = createBank([named, unnamed], testConfig);
		const funds = fundChart(small);
		expect(funds.labels.at(-1)).toBe('Ingen fond angiven');
		expect(sum(funds.series[0]!.values)).toBe(800);
		expect(sum(funds.series[1]!.values)).toBe(1600);
		expect(funds.note).toContain('inte anger någon fond');
		const priorities = priorityChart(small);
		expect(priorities.labels).toContain('Region Västerbotten: ingen prioritering angiven');
		expect(sum(priorities.series[0]!.values)).toBe(800);
		// Where every project names both, or those naming none hold no money, there is no such row and no note.
		const none = createBank([named], testConfig);
		expect([fundChart(none).labels, priorityChart(none).labels].flat().some((l) => /ingen/i.test(l))).toBe(false);
		expect(fundChart(none).note).toBeUndefined();
	});
});

describe('charts where the sources state no figure', () => {
	const unstated = (id: string, fund: string) =>
		project((e) => {
			Object.assign(e, {
				id,
				title: `Utan belopp ${id}`,
				status: 'granted',
				fund,
				financing: [],
				decisions: [{ kind: 'grant', summary: 'Beviljas.' }],
			});
			delete e.appliedAmount;
			delete e.totalBudget;
		});
	const withAmount = granted('10000004', 'Med belopp', 400);
	withAmount.data.fund = 'ERUF';
	const small = createBank([unstated('10000003', '1:1-anslaget'), withAmount, unstated('10000005', 'ERUF')], testConfig);

	it('draw no bar for an unknown sum, say "uppgift saknas" in the table, and name it under the chart', () => {
		const funds = fundChart(small);
		expect(funds.labels).toEqual(['ERUF (EU-medel)', '1:1-anslaget (statliga medel)']); // unknown goes last, after every stated figure
		expect(funds.series[0]!.values).toEqual([400, null]);
		expect(funds.series[1]!.values).toEqual([800, null]);
		expect(funds.note).toContain(
			'Uppgift saknas (ingen stapel, inte 0 kr) där källorna inte anger något belopp: 1:1-anslaget (statliga medel).',
		);
		expect(funds.note).toContain(
			'Summorna räknar bara de projekt som anger beloppet: 1 beviljat projekt anger inget beviljat belopp och 1 beviljat projekt anger ingen total budget.',
		);
		const table = chartTable(funds);
		expect(table.rows[1]!.cells.map((c) => c.text)).toEqual(['1:1-anslaget (statliga medel)', 'uppgift saknas', 'uppgift saknas']);
		expect(table.rows[0]!.cells.map((c) => c.text)).toEqual(['ERUF (EU-medel)', '400\u00a0kr', '800\u00a0kr']);
		expect(JSON.parse(chartFigure(funds).data).series[0].values).toEqual([400, null]);
	});

	it('add no note where every figure is stated', () => {
		expect(fundChart(createBank([withAmount], testConfig)).note).toBeUndefined();
	});
});

describe('the view by period start year, beside the decision year', () => {
	it('places undated grants in time by the year their period starts, the ones without a period apart', () => {
		const undated = granted('10000001', 'Odaterat', 300);
		undated.data.period = { start: '2021-03', end: '2023-02' };
		const later = granted('10000002', 'Senare', 500, '2019-12-01');
		later.data.period = { start: '2022-01-01', end: '2024-12-31' };
		const withoutPeriod = granted('10000003', 'Utan period', 700);
		withoutPeriod.data.period = undefined;
		const chart = startYearChart([undated, later, withoutPeriod])!;
		expect(chart.labels).toEqual(['2021', '2022', 'Projektperiod anges inte i källan']);
		expect(chart.series[0]!.values).toEqual([300, 500, 700]);
		expect(chart.note).toBe('1 av 3 beviljade projekt med belopp anger ingen projektperiod i källan; de står för sig.');
		expect(chart).toMatchObject({ id: 'diagram-startar', horizontal: false });
		expect(chart.title).toContain('startår');
		// The decision year of the same projects: only one is dated.
		expect(yearChart([undated, later, withoutPeriod])!.labels).toEqual(['2019', 'Beslutsdatum anges inte i källan']);
		expect(startYearChart([project()])).toBeUndefined(); // nothing granted
	});
});

describe('the largest owners', () => {
	it('rank only owners granted money: an owner with only a proposal is not shown as granted 0 kr', () => {
		const bank = fixtureBank();
		const owners = largestOwnersChart(bank);
		const proposalOnly = bank.organisations.filter((o) => o.owned.length > 0 && o.owned.every((p) => p.data.status !== 'granted'));
		expect(proposalOnly.length).toBeGreaterThan(0);
		for (const owner of proposalOnly) expect(owners.labels).not.toContain(owner.name);
		expect(owners.labels.length).toBeGreaterThan(0);
		expect(owners.series[0]!.values.every((v) => v === null || v > 0)).toBe(true);
		expect(owners.title).toBe(`De ${owners.labels.length} projektägare som beviljats mest`);
	});
});

describe('a chart table row with nothing granted', () => {
	it('says "inget beviljat" rather than 0 kr, and keeps a stated sum of granted projects', () => {
		const spec: ChartSpec = {
			id: 'x',
			title: 'T',
			unit: 'kr',
			labels: ['Region A', 'Region B'],
			series: [
				{
					label: 'Beviljat',
					values: [0, 500_000],
					counts: [
						{ unstated: 0, of: 0 },
						{ unstated: 0, of: 2 },
					],
				},
			],
			horizontal: true,
		};
		const rows = chartTable(spec).rows.map((r) => r.cells.map((c) => c.text));
		expect(rows).toEqual([
			['Region A', 'inget beviljat'],
			['Region B', '500\u00a0000\u00a0kr'],
		]);
	});
});
