import { describe, expect, it } from 'vitest';
import { datedEvents, decidedOn, decisionYear, pendingProposal, settlingDecision } from '../../../../src/domain/decisions.ts';
import { shippedProject, shippedProjects } from '../../../helpers/shipped.ts';

describe('when a project was decided', () => {
	it('is the date of its grant or rejection, not of a later amendment', () => {
		const dovi = shippedProject('20359783').data; // granted 2023-03-01, period extended 2025-08-29
		expect(settlingDecision(dovi)?.kind).toBe('grant');
		expect(decidedOn(dovi)).toBe('2023-03-01');
		expect(decisionYear(dovi)).toBe('2023');
	});

	it('is unknown for a proposal, and for a decision the source does not date', () => {
		const indi = shippedProject('20378916').data; // a PM proposing rejection
		expect(settlingDecision(indi)).toBeUndefined();
		expect(decidedOn(indi)).toBeUndefined();
		expect(pendingProposal(indi)).toBe('rejection');
		const undated = shippedProject('20372556').data; // the Västerbotten list dates no decision
		expect(settlingDecision(undated)?.kind).toBe('grant');
		expect(decidedOn(undated)).toBeUndefined();
		expect(decisionYear(undated)).toBeUndefined();
	});
});

describe('events', () => {
	it('list every dated decision, proposal and amendment, newest first', () => {
		const events = datedEvents(shippedProjects());
		expect(events[0]).toMatchObject({ project: { key: '20359783' }, decision: { kind: 'amendment', date: '2025-08-29' } });
		expect(events.map((e) => e.decision.date)).toEqual([...events.map((e) => e.decision.date)].sort().reverse());
		expect(events.every((e) => e.decision.date)).toBe(true);
		expect(events.filter((e) => e.decision.date === '2020-03-24')).toHaveLength(9); // the Norrbotten minutes
	});
});
