import { expect, it } from 'vitest';
import { decisionLabel, formatDate, projectStatusLabel, workStateLabel, workStateSentence } from '../../../src/format.ts';
import { en } from '../../../src/i18n/en.ts';
import { decisionLabelIn, projectStatusLabelIn, workStateLabelIn, workStateSentenceIn } from '../../../src/i18n/labels.ts';
import { sv } from '../../../src/i18n/sv.ts';
import { formats } from '../../../src/format.ts';

const decisions = [
	{ kind: 'grant', proposed: undefined },
	{ kind: 'rejection', proposed: undefined },
	{ kind: 'amendment', proposed: undefined },
	{ kind: 'application', proposed: undefined },
	{ kind: 'proposal', proposed: 'rejection' },
	{ kind: 'proposal', proposed: 'grant' },
	{ kind: 'proposal', proposed: undefined },
] as const;

it('names statuses and decisions in Swedish exactly as the Swedish pages do', () => {
	for (const d of decisions) expect(decisionLabelIn(d, sv)).toBe(decisionLabel(d));
	for (const status of ['granted', 'rejected', 'applied', 'proposed'] as const)
		expect(projectStatusLabelIn({ status, decisions: [] }, sv)).toBe(projectStatusLabel({ status, decisions: [] }));
	const states = [
		{ status: 'closed', basis: 'source', date: '2024-03-31' },
		{ status: 'ongoing', basis: 'period', periodEnd: '2026-08-31' },
		{ status: 'closed', basis: 'period', periodEnd: '2023-04-30' },
	] as const;
	for (const state of states) {
		expect(workStateLabelIn(state, sv)).toBe(workStateLabel(state));
		expect(workStateSentenceIn(state as never, sv, formats('sv'))).toBe(workStateSentence(state as never));
	}
	expect(workStateLabelIn(undefined, sv)).toBe(workStateLabel(undefined));
	expect(formatDate('2024-03-31')).toBe('31 mars 2024');
});

it('names them in English on English pages', () => {
	expect(decisionLabelIn({ kind: 'proposal', proposed: 'rejection' }, en)).toBe('Proposal for decision: rejection');
	expect(projectStatusLabelIn({ status: 'granted', decisions: [] }, en)).toBe('Granted');
	expect(workStateSentenceIn({ status: 'closed', basis: 'period', periodEnd: '2023-04-30' } as never, en, formats('en'))).toBe(
		'Completed by the project period, which ended on 30 April 2023 (derived: the source does not state how the work stands)',
	);
});
