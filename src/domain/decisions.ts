/**
 * When a project was decided, and what happened to it over time. Only a grant or a rejection
 * decides; an application asks, a proposal proposes, an amendment changes an earlier decision.
 * Dates keep the precision the source gives (domain/dates.ts), and many sources give none.
 */
import { compareDates, yearOf } from './dates.ts';
import type { ProjectData, ProjectEntry } from './project.ts';

export type Decision = ProjectData['decisions'][number];

/** The decision that settled the application (the latest grant or rejection), if the source records one. */
export function settlingDecision(project: Pick<ProjectData, 'decisions'>): Decision | undefined {
	return project.decisions.findLast((d) => d.kind === 'grant' || d.kind === 'rejection');
}

/** The date the project was decided (granted or rejected); undefined when undecided or undated in the source. */
export function decidedOn(project: Pick<ProjectData, 'decisions'>): string | undefined {
	return settlingDecision(project)?.date;
}

/** The year it was decided; undefined when the source dates no such decision. */
export function decisionYear(project: ProjectData): string | undefined {
	const date = decidedOn(project);
	return date && yearOf(date);
}

/** What a proposal proposes, if the project awaits a decision on one. */
export function pendingProposal(project: Pick<ProjectData, 'status' | 'decisions'>): Decision['proposed'] {
	return project.status === 'proposed' ? project.decisions.findLast((d) => d.kind === 'proposal')?.proposed : undefined;
}

export interface DecisionEvent {
	project: ProjectEntry;
	decision: Decision;
}

/** Every dated event in the bank, newest first; events the source does not date are left out. */
export function datedEvents(projects: readonly ProjectEntry[]): DecisionEvent[] {
	return projects
		.flatMap((project) => project.data.decisions.filter((d) => d.date).map((decision) => ({ project, decision })))
		.sort((a, b) => compareDates(b.decision.date!, a.decision.date!) || a.project.key.localeCompare(b.project.key));
}
