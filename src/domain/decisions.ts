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
	/** When the event is placed in time: the decision's own date, or, where the source dates no decision, the cited document's. */
	date: string;
	/**
	 * Whose date `date` is: the decision's, or the source document's (the day it was published,
	 * "källdokumentets datum"), which a page must never call the decision date.
	 */
	dateOf: 'decision' | 'source';
}

/** The date of the document a project cites, where the document is dated (entries/sources.ts). */
export type SourceDate = (project: ProjectEntry) => string | undefined;

/**
 * Every event in the bank that can be placed in time, newest first: by its own date, or, where the
 * source dates no decision, by the date of the document it is cited from (many exports date no
 * decision: 391 of 403 in one). Events with neither are left out.
 */
export function datedEvents(projects: readonly ProjectEntry[], sourceDate: SourceDate = () => undefined): DecisionEvent[] {
	return projects
		.flatMap((project) =>
			project.data.decisions.flatMap((decision): DecisionEvent[] => {
				if (decision.date) return [{ project, decision, date: decision.date, dateOf: 'decision' }];
				const published = sourceDate(project);
				return published ? [{ project, decision, date: published, dateOf: 'source' }] : [];
			}),
		)
		.sort((a, b) => compareDates(b.date, a.date) || a.project.key.localeCompare(b.project.key));
}
