import { parse } from 'csv-parse/sync';
import { expect, it } from 'vitest';
import { aggregateFiles } from '../../../src/views/aggregates.ts';
import { createBank } from '../../../src/views/bank.ts';
import { granted, project, testConfig } from '../../helpers/fixtures.ts';

it('gives the projects naming no fund or priority area a row of their own, so every column adds up to the bank', () => {
	const withAll = granted('10000001', 'Med fond', 300);
	withAll.data.fund = 'ERUF';
	withAll.data.priority = { code: '1', name: 'Västerbotten - en nytänkande och smart region' };
	const without = granted('10000002', 'Utan fond', 500);
	without.data.fund = undefined;
	without.data.priority = undefined;
	const small = createBank([withAll, without], testConfig);
	const file = (name: string) =>
		parse(
			aggregateFiles(small)
				.find((f) => f.name === name)!
				.csv(),
			{ bom: true, delimiter: ';', columns: true },
		) as Record<string, string>[];
	const total = (rows: Record<string, string>[], column: string) => rows.reduce((s, r) => s + Number(r[column]), 0);
	const funds = file('fonder');
	expect(funds.at(-1)).toMatchObject({ Namn: 'Ingen fond angiven', Projekt: '1', 'Beviljat (kr)': '500' });
	const priorities = file('prioriteringar');
	expect(priorities.at(-1)).toMatchObject({
		'Beslutande organ': 'Region Västerbotten',
		Nummer: '',
		Namn: 'Ingen prioritering angiven',
		Projekt: '1',
		'Beviljat (kr)': '500',
	});
	expect(funds.map((r) => r['Slag av medel'])).toEqual(['EU-medel', 'statliga medel', '']); // ERUF, 1:1-anslaget, and the projects naming no fund
	const deciders = file('beslutande');
	expect(deciders[0]).toMatchObject({
		Namn: 'Region Västerbotten',
		'Beviljat (kr)': '800',
		'Beviljat, varav EU-medel (kr)': '300',
		'Beviljat, varav statliga medel (kr)': '0',
		'Beviljat, varav ingen fond angiven (kr)': '500',
	});
	expect(deciders[1]).toMatchObject({ Namn: 'Region Norrbotten', 'Beviljat, varav EU-medel (kr)': '' }); // nothing granted: no figure, not 0
	for (const rows of [funds, priorities]) {
		expect(total(rows, 'Projekt')).toBe(2);
		expect(total(rows, 'Beviljat (kr)')).toBe(800);
		expect(total(rows, 'Total budget, beviljade projekt (kr)')).toBe(1600);
	}
});

it('leaves a sum empty where no project it counts states the figure, and says how many state it: unknown is not 0', () => {
	const unstated = project((e) => {
		Object.assign(e, {
			id: '10000003',
			title: 'Utan belopp',
			status: 'granted',
			financing: [],
			municipalities: ['Kiruna'],
			decisions: [{ kind: 'grant', summary: 'Beviljas.' }],
		});
		delete e.appliedAmount;
		delete e.totalBudget;
	});
	const stated = granted('10000004', 'Med belopp', 400, undefined, ['Umeå']);
	const small = createBank([unstated, stated], testConfig);
	const file = (name: string) =>
		parse(
			aggregateFiles(small)
				.find((f) => f.name === name)!
				.csv(),
			{ bom: true, delimiter: ';', columns: true },
		) as Record<string, string>[];
	const kiruna = file('kommuner').find((r) => r.Namn === 'Kiruna')!;
	expect(kiruna).toMatchObject({
		'Beviljade projekt': '1',
		'Beviljat (kr)': '',
		'Beviljade projekt som anger beloppet': '0',
		'Total budget, beviljade projekt (kr)': '',
		'Beräknad jämn andel av budgetarna (kr)': '',
		'Beräknad jämn andel av beviljat (kr)': '',
	});
	// A place without any project has nothing to count: 0 there is true.
	expect(file('kommuner').find((r) => r.Namn === 'Malmö')).toMatchObject({
		'Beviljat (kr)': '0',
		'Total budget, beviljade projekt (kr)': '0',
	});
	const norrbotten = file('lan').find((r) => r.Namn === 'Norrbottens län')!;
	expect(norrbotten['Beviljat (kr)']).toBe('');
	const bothDeciders = file('beslutande').find((r) => r.Namn === 'Region Västerbotten')!;
	expect(bothDeciders).toMatchObject({
		'Beviljade projekt': '2',
		'Beviljat (kr)': '400',
		'Beviljade projekt som anger beloppet': '1',
		'Total budget, beviljade projekt (kr)': '800',
		'Beviljade projekt som anger budget': '1',
	});
});
