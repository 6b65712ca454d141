import { describe, expect, it } from 'vitest';
import {
	decidedAmount,
	grantedBudget,
	grantedByFund,
	grantedMoney,
	headlineAmount,
	isDecided,
	measure,
	statedApplied,
	statedBudget,
	statedGranted,
	sum,
} from '../../../src/domain/measures.ts';
import { granted, project } from '../../helpers/fixtures.ts';

const rejected = project(); // the fixture: rejected, applied 2 219 230 kr, budget 9 397 435 kr

describe('what a figure counts', () => {
	it('budgets: only those of granted projects', () => {
		expect(grantedBudget(granted('10000001', 'A', 300).data)).toBe(600);
		expect(grantedBudget(rejected.data)).toBeUndefined();
	});

	it('only a grant or a rejection decides', () => {
		expect(['applied', 'proposed', 'granted', 'rejected'].map((s) => isDecided(s as never))).toEqual([false, false, true, true]);
	});

	it('takes figures as corrected where the source got them wrong', () => {
		const misprint = project((e) => {
			e.status = 'granted';
			e.decisions = [{ kind: 'grant', summary: 'Beviljas.' }];
			e.grantedAmount = 22192300;
			delete e.appliedAmount;
			e.totalBudget = 93974350;
			e.financing = [];
			e.corrections = [
				{ field: 'grantedAmount', published: '2 219 2300', corrected: '2 219 230', note: 'Fel.' },
				{ field: 'totalBudget', published: '9 397 4350', corrected: '9 397 435', note: 'Fel.' },
			];
		});
		expect(grantedMoney(misprint.data)).toBe(2_219_230);
		expect(grantedBudget(misprint.data)).toBe(9_397_435);
	});
});

describe('the deciding region’s amount and the headline', () => {
	it('is the granted amount of a granted project and the applied amount otherwise', () => {
		expect(decidedAmount(granted('10000001', 'A', 300).data)).toEqual({ field: 'grantedAmount', amount: 300 });
		expect(decidedAmount(rejected.data)).toEqual({ field: 'appliedAmount', amount: 2_219_230 });
		expect(headlineAmount(granted('10000001', 'A', 300).data)).toEqual({ label: 'Beviljat belopp', amount: 300 });
		expect(headlineAmount(rejected.data)).toEqual({ label: 'Sökt belopp', amount: 2_219_230 });
		expect(headlineAmount(project((e) => ((e.appliedAmount = undefined), (e.financing = []))).data)).toBeUndefined();
	});
});

describe('measures of a set of projects', () => {
	it('keep granted, rejected and undecided apart', () => {
		const a = granted('10000001', 'A', 300);
		const b = granted('10000002', 'B', 100);
		const pending = project((e) => {
			e.id = '10000003';
			e.totalBudget = undefined;
			e.financing = [];
			e.status = 'applied';
			e.decisions = [{ kind: 'application', summary: 'Ansökan.' }];
		});
		expect(measure([a, b, rejected, pending])).toEqual({
			projects: 4,
			granted: 2,
			rejected: 1,
			undecided: 1,
			grantedMoney: 400,
			grantedWithAmount: 2,
			grantedEurOnly: 0,
			grantedEur: 0,
			grantedByFund: [{ fund: 'ERUF', amount: 400, projects: 2 }],
			grantedBudget: 800,
			grantedWithBudget: 2,
			appliedMoney: 2 * 2_219_230,
			appliedWithAmount: 2,
		});
		expect(measure([])).toMatchObject({ projects: 0, grantedMoney: 0, grantedBudget: 0, appliedMoney: 0 });
		expect(sum([1, 2, 3])).toBe(6);
	});

	it('split granted money by fund: the largest first, the projects naming no fund last, never a rejected application', () => {
		const eu = granted('10000001', 'A', 300);
		const national = project((e) =>
			Object.assign(e, {
				id: '10000002',
				status: 'granted',
				grantedAmount: 500,
				totalBudget: 1000,
				financing: [],
				fund: '1:1-anslaget',
				appliedAmount: undefined,
				decisions: [{ kind: 'grant', summary: 'Beviljas.' }],
			}),
		);
		const unnamed = project((e) =>
			Object.assign(e, {
				id: '10000003',
				status: 'granted',
				grantedAmount: 900,
				totalBudget: 1000,
				financing: [],
				fund: undefined,
				appliedAmount: undefined,
				decisions: [{ kind: 'grant', summary: 'Beviljas.' }],
			}),
		);
		const unstated = granted('10000004', 'D', 100);
		unstated.data.grantedAmount = undefined;
		expect(grantedByFund([eu, national, unnamed, unstated, rejected].map((p) => p.data))).toEqual([
			{ fund: '1:1-anslaget', amount: 500, projects: 1 },
			{ fund: 'ERUF', amount: 300, projects: 1 },
			{ fund: undefined, amount: 900, projects: 1 },
		]);
	});
});

describe('sums as far as the sources state them', () => {
	const unstated = project((e) => {
		Object.assign(e, { id: '10000003', status: 'granted', financing: [], decisions: [{ kind: 'grant', summary: 'Beviljas.' }] });
		delete e.appliedAmount;
		delete e.totalBudget;
	});
	const rejectedWithout = project((e) => {
		e.id = '10000005';
		delete e.appliedAmount;
	});

	it('are unknown, not 0, where every project counted lacks the figure', () => {
		const m = measure([unstated, rejectedWithout]);
		expect(m.grantedMoney).toBe(0);
		expect(statedGranted(m)).toBeUndefined();
		expect(statedBudget(m)).toBeUndefined();
		expect(statedApplied(m)).toBeUndefined();
	});

	it('are the stated figures where some state them, and 0 only where there is nothing to count', () => {
		const m = measure([unstated, granted('10000004', 'B', 400)]);
		expect([statedGranted(m), m.grantedWithAmount, m.granted]).toEqual([400, 1, 2]);
		expect(statedBudget(m)).toBe(800);
		expect(statedApplied(m)).toBe(0); // no application: nothing asked
		expect(statedGranted(measure([]))).toBe(0);
		expect(statedGranted(measure([project()]))).toBe(0); // a rejected application: nothing granted
	});
});
