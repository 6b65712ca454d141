import { describe, expect, it } from 'vitest';
import { decidedAmount, grantedMoney, headlineAmount, measure, sum } from '../../../src/domain/measures.ts';
import { granted, project } from '../../helpers/fixtures.ts';
import { shippedProjects } from '../../helpers/shipped.ts';

const rejected = project(); // INDI: rejected, applied 2 219 230 kr, budget 9 397 435 kr

describe('granted money', () => {
	it('counts what was granted, for granted projects only', () => {
		expect(grantedMoney(granted('10000001', 'A', 300).data)).toBe(300);
		expect(grantedMoney(rejected.data)).toBe(0);
		const grantedWithoutAmount = project((e) => {
			e.status = 'granted';
			e.decisions = [{ kind: 'grant', summary: 'Beviljas.' }];
			e.grantedAmount = undefined;
			e.appliedAmount = undefined;
			e.financing = [];
		});
		expect(grantedMoney(grantedWithoutAmount.data)).toBe(0);
	});
});

describe('the amount the deciding region decided on', () => {
	it('is the granted amount of a granted project and the applied amount otherwise', () => {
		expect(decidedAmount(granted('10000001', 'A', 300).data)).toEqual({ field: 'grantedAmount', amount: 300 });
		expect(decidedAmount(rejected.data)).toEqual({ field: 'appliedAmount', amount: 2_219_230 });
	});
});

describe('the headline amount', () => {
	it('says which amount it is', () => {
		expect(headlineAmount(granted('10000001', 'A', 300).data)).toEqual({ label: 'Beviljat belopp', amount: 300 });
		expect(headlineAmount(rejected.data)).toEqual({ label: 'Sökt belopp', amount: 2_219_230 });
		const neither = project((e) => {
			e.appliedAmount = undefined;
			e.financing = [];
		});
		expect(headlineAmount(neither.data)).toBeUndefined();
	});
});

describe('measures of a set of projects', () => {
	it('count by status and add up granted money and budgets where stated', () => {
		const a = granted('10000001', 'A', 300);
		const b = granted('10000002', 'B', 100);
		const noBudget = project((e) => {
			e.id = '10000003';
			e.totalBudget = undefined;
			e.financing = [];
			e.status = 'applied';
			e.decisions = [{ kind: 'application', summary: 'Ansökan.' }];
		});
		expect(measure([a, b, rejected, noBudget])).toEqual({
			projects: 4,
			granted: 2,
			applied: 1,
			rejected: 1,
			grantedMoney: 400,
			combinedBudget: 800 + 9_397_435,
			withBudget: 3,
		});
		expect(measure([])).toEqual({ projects: 0, granted: 0, applied: 0, rejected: 0, grantedMoney: 0, combinedBudget: 0, withBudget: 0 });
	});

	it('agree with the Västerbotten list’s own total line', () => {
		const list = shippedProjects().filter((p) => p.data.source.document.startsWith('Region Västerbotten, förteckning'));
		const m = measure(list);
		expect(m.projects).toBe(17);
		expect(m.grantedMoney).toBe(72_750_869);
		expect(m.combinedBudget).toBe(225_263_121);
	});

	it('sum adds numbers', () => {
		expect(sum([])).toBe(0);
		expect(sum([1, 2, 3])).toBe(6);
	});
});
