/**
 * The names of statuses, decisions and the work's state in a language, from its catalogue: the
 * Swedish ones are format.ts's own (the same words), the English ones i18n/en.ts's.
 */
import { pendingProposal } from '../domain/decisions.ts';
import type { ProjectData } from '../domain/project.ts';
import type { WorkState } from '../domain/work-status.ts';
import type { Formats } from '../format.ts';
import type { Messages } from './locale.ts';

type Outcome = 'grant' | 'rejection';

/** "Granted", "Rejected", "Applied for", "Proposed for rejection". */
export function statusLabelIn(status: ProjectData['status'], proposed: Outcome | undefined, m: Messages): string {
	return status === 'proposed' ? (proposed ? m.labels.proposed[proposed] : m.labels.proposalPending) : m.labels.status[status];
}

export function projectStatusLabelIn(project: Pick<ProjectData, 'status' | 'decisions'>, m: Messages): string {
	return statusLabelIn(project.status, pendingProposal(project), m);
}

/** "Decision to grant", "Amending decision", "Proposal for decision: rejection". */
export function decisionLabelIn(decision: Pick<ProjectData['decisions'][number], 'kind' | 'proposed'>, m: Messages): string {
	return decision.kind === 'proposal' && decision.proposed
		? `${m.labels.decisionKinds.proposal}: ${m.labels.proposalOutcomes[decision.proposed]}`
		: m.labels.decisionKinds[decision.kind];
}

/** The work's state in a few words: "Completed", "Completed by the project period", "Not stated". */
export function workStateLabelIn(state: Pick<WorkState, 'status' | 'basis'> | undefined, m: Messages): string {
	if (!state) return m.labels.workUnknown;
	const name = m.labels.workStatus[state.status];
	return state.basis === 'source' ? name : m.labels.workDerived(name);
}

/** The work's state with its basis, for a project page. */
export function workStateSentenceIn(state: WorkState, m: Messages, f: Formats): string {
	if (state.basis === 'source') return m.labels.workBySource(m.labels.workStatus[state.status], state.date && f.date(state.date));
	return m.labels.workByPeriod(workStateLabelIn(state, m), state.status === 'closed', f.date(state.periodEnd));
}
