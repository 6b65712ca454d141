import { describe, expect, it } from 'vitest';
import { decidedOn, pendingProposal } from '../../../src/domain/decisions.ts';
import { project } from '../../helpers/fixtures.ts';

const withDecisions = (status: string, decisions: Record<string, string>[]) =>
	project((e) => {
		e.status = status;
		e.decisions = decisions.map((d) => ({ summary: 'Beslut.', ...d }));
		if (status === 'granted') {
			e.grantedAmount = e.appliedAmount;
			delete e.appliedAmount;
		}
	});

describe('when a project was decided', () => {
	it('keeps the precision of the source', () => {
		const p = withDecisions('granted', [
			{ kind: 'application', date: '2019-11' },
			{ kind: 'grant', date: '2020' },
		]).data;
		expect(decidedOn(p)).toBe('2020');
		expect(pendingProposal(p)).toBeUndefined();
	});

	it('takes the latest of several settling decisions', () => {
		const p = withDecisions('rejected', [
			{ kind: 'grant', date: '2020-01-01' },
			{ kind: 'rejection', date: '2021-01-01' },
		]).data;
		expect(decidedOn(p)).toBe('2021-01-01');
	});
});
