/**
 * Where a project works: the municipalities its source names (never the owner's address) and the
 * counties they lie in. A project in several municipalities is counted in each, and its money is
 * shared among them evenly where a figure must not count it twice.
 */
import { groupBy } from './grouping.ts';
import { grantedMoney, measure, sum, type Measures } from './measures.ts';
import type { ProjectData, ProjectEntry } from './project.ts';
import { allCounties, findMunicipality, type County, type Municipality } from './registry.ts';

export function municipalitiesOf(project: ProjectData): Municipality[] {
	return project.municipalities.map((name) => findMunicipality(name)!);
}

/** The counties of the project's municipalities, each once, in county-code order. */
export function countiesOf(project: ProjectData): County[] {
	const codes = new Set(municipalitiesOf(project).map((m) => m.countyCode));
	return allCounties.filter((c) => codes.has(c.code));
}

/**
 * The part of a project that falls in a place under the even per-municipality method: the share of
 * its municipalities that lie there (1 of 4 → 0.25). 0 for a project that names none.
 */
export function evenShare(project: ProjectData, inPlace: (m: Municipality) => boolean): number {
	const municipalities = municipalitiesOf(project);
	return municipalities.length ? municipalities.filter(inPlace).length / municipalities.length : 0;
}

/** A place's measures: the projects working there, plus its even share of their money. */
export interface PlaceMeasures extends Measures {
	/** The even per-municipality share of their total budgets that falls here, rounded to kronor. */
	evenShareBudget: number;
	/** The same share of their granted money. */
	evenShareGranted: number;
}

export function measurePlace(projects: readonly ProjectEntry[], inPlace: (m: Municipality) => boolean): PlaceMeasures {
	const shares = projects.map((p) => ({ project: p.data, share: evenShare(p.data, inPlace) }));
	return {
		...measure(projects),
		evenShareBudget: Math.round(sum(shares.map(({ project, share }) => (project.totalBudget ?? 0) * share))),
		evenShareGranted: Math.round(sum(shares.map(({ project, share }) => grantedMoney(project) * share))),
	};
}

/** Projects by the municipality codes they work in: each project under every one it names. */
export function projectsByMunicipality(projects: readonly ProjectEntry[]): Map<string, ProjectEntry[]> {
	return groupBy(projects, (p) => municipalitiesOf(p.data).map((m) => m.code));
}

/** Projects by county code: a project counts in a county where any of its municipalities lies. */
export function projectsByCounty(projects: readonly ProjectEntry[]): Map<string, ProjectEntry[]> {
	return groupBy(projects, (p) => countiesOf(p.data).map((c) => c.code));
}
