import { describe, expect, it } from 'vitest';
import { decisionYears, latestDecisionDate, latestDecisionYear } from '../../../src/domain/decisions.ts';
import { project } from '../../helpers/fixtures.ts';

const withDecisions = (decisions: Record<string, string>[]) =>
	project((e) => {
		e.decisions = decisions.map((d) => ({ summary: 'Beslut.', ...d }));
		e.status = decisions.at(-1)?.kind === 'grant' || decisions.at(-1)?.kind === 'amendment' ? 'granted' : e.status;
		if (e.status === 'granted') {
			e.grantedAmount = e.appliedAmount;
			delete e.appliedAmount;
		}
	}).data;

describe('when a project was decided', () => {
	it('is the latest dated decision', () => {
		const p = withDecisions([
			{ kind: 'application', date: '2019-11-01' },
			{ kind: 'grant', date: '2020-03-24' },
			{ kind: 'amendment', date: '2025-08-29' },
		]);
		expect(latestDecisionDate(p)).toBe('2025-08-29');
		expect(latestDecisionYear(p)).toBe('2025');
		expect(decisionYears(p)).toEqual(['2019', '2020', '2025']);
	});

	it('skips undated decisions and says nothing when none is dated', () => {
		const p = withDecisions([{ kind: 'grant', date: '2020-03-24' }, { kind: 'amendment' }]);
		expect(latestDecisionDate(p)).toBe('2020-03-24');
		const undated = withDecisions([{ kind: 'rejection' }]);
		expect(latestDecisionDate(undated)).toBeUndefined();
		expect(latestDecisionYear(undated)).toBeUndefined();
		expect(decisionYears(undated)).toEqual([]);
	});

	it('lists each year once', () => {
		expect(decisionYears(withDecisions([{ kind: 'application', date: '2020-01-10' }, { kind: 'grant', date: '2020-03-24' }]))).toEqual(['2020']);
	});
});
