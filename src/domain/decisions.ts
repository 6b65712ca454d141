/** When a project was decided: its decision history, as dated (or not) by the source. */
import type { ProjectData } from './project.ts';

/** The date of the latest dated decision, if the source dates any. */
export function latestDecisionDate(project: ProjectData): string | undefined {
	return project.decisions.reduce<string | undefined>((latest, d) => (d.date && (!latest || d.date > latest) ? d.date : latest), undefined);
}

/** Years in which the project has a dated decision, oldest first. */
export function decisionYears(project: ProjectData): string[] {
	return [...new Set(project.decisions.flatMap((d) => (d.date ? [d.date.slice(0, 4)] : [])))].sort();
}

/** The year of the latest dated decision, if any. */
export function latestDecisionYear(project: ProjectData): string | undefined {
	return latestDecisionDate(project)?.slice(0, 4);
}
