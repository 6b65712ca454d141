import { describe, expect, it } from 'vitest';
import { appliedMoney, grantedMoney, measure, sum } from '../../../../src/domain/measures.ts';
import { granted, project } from '../../../helpers/fixtures.ts';
import { shippedProject, shippedProjects } from '../../../helpers/shipped.ts';

const rejected = project(); // the fixture: rejected, applied 2 219 230 kr, budget 9 397 435 kr
const projects = shippedProjects();

describe('what a figure counts', () => {
	it('granted money: what was granted, for granted projects only', () => {
		expect(grantedMoney(granted('10000001', 'A', 300).data)).toBe(300);
		expect(grantedMoney(rejected.data)).toBe(0);
		expect(grantedMoney(shippedProject('20359783').data)).toBe(0); // DOVI: granted, the amount not in the source
	});

	it('applied money: what rejected and undecided applications asked for, never what granted ones did', () => {
		expect(appliedMoney(rejected.data)).toBe(2_219_230);
		expect(appliedMoney(shippedProject('20378916').data)).toBe(2_219_230); // INDI: a proposal, not decided
		expect(appliedMoney(shippedProject('20204763').data)).toBeUndefined(); // § 40 was granted
	});
});

describe('measures of a set of projects', () => {
	it('agree with the Västerbotten list’s own total line', () => {
		const list = projects.filter((p) => p.data.source.document.startsWith('Region Västerbotten, förteckning'));
		const m = measure(list);
		expect(m.projects).toBe(17);
		expect(m.grantedMoney).toBe(72_750_869);
		expect(m.grantedBudget).toBe(225_263_121);
		// The list names a fund beside every amount: its split adds up to the total line, fund by fund.
		expect(sum(m.grantedByFund.map((f) => f.amount))).toBe(72_750_869);
		expect(m.grantedByFund.map((f) => f.fund)).not.toContain(undefined);
	});

	it('do not add the rejected and undecided applications’ budgets to the bank’s budget total', () => {
		const m = measure(projects);
		expect(m).toMatchObject({ projects: 29, granted: 26, rejected: 1, undecided: 2, grantedWithBudget: 25 });
		// 326 779 767 kr was every budget together; 35 M kr of it belonged to applications that were not granted.
		const all = sum(projects.map((p) => p.data.totalBudget ?? 0));
		expect(all).toBe(326_779_767);
		const notGranted = projects.filter((p) => p.data.status !== 'granted');
		expect(m.grantedBudget).toBe(all - sum(notGranted.map((p) => p.data.totalBudget ?? 0)));
		expect(all - m.grantedBudget).toBeGreaterThan(34_000_000);
		expect(m.appliedMoney).toBe(sum(notGranted.map((p) => p.data.appliedAmount ?? 0)));
	});
});
