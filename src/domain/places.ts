/**
 * Where a project works: the municipalities its source names (never the owner's address), the
 * counties they lie in, and the counties the source names as the area when it names no
 * municipality there ("Norrbotten", "Övre Norrland"). A project that works across a county is
 * found in that county but attributed to none of its municipalities.
 *
 * Where a figure must not count a project twice, its money is shared evenly over the places it
 * names: each named municipality and each named county takes one equal part.
 */
import { groupBy } from './grouping.ts';
import { grantedBudget, grantedMoney, measure, sum, type Measures } from './measures.ts';
import type { ProjectData, ProjectEntry } from './project.ts';
import { allCounties, findCountyByName, findMunicipality, type County, type Municipality } from './registry.ts';

export function municipalitiesOf(project: Pick<ProjectData, 'municipalities'>): Municipality[] {
	return project.municipalities.map((name) => findMunicipality(name)!);
}

/** The counties some municipalities lie in, each once, in county-code order. */
export function countiesOfMunicipalities(names: readonly string[]): County[] {
	const codes = new Set(names.flatMap((name) => findMunicipality(name)?.countyCode ?? []));
	return allCounties.filter((c) => codes.has(c.code));
}

/** The counties the source names as the project's area, where it names no municipality. */
export function countyLevelCounties(project: Pick<ProjectData, 'counties'>): County[] {
	return project.counties.map((name) => findCountyByName(name)!);
}

/** Every county the project works in: those of its municipalities and those it names, in code order. */
export function countiesOf(project: Pick<ProjectData, 'municipalities' | 'counties'>): County[] {
	const codes = new Set([...countiesOfMunicipalities(project.municipalities), ...countyLevelCounties(project)].map((c) => c.code));
	return allCounties.filter((c) => codes.has(c.code));
}

/** Whether the project works in the county at county level (the source names the county, not its municipalities). */
export function worksAcrossCounty(project: Pick<ProjectData, 'counties'>, county: County): boolean {
	return project.counties.includes(county.name);
}

/** Where the project works, as the source gives it: named municipalities, named counties, both, or neither. */
export function scopeOf(project: Pick<ProjectData, 'municipalities' | 'counties'>): 'municipalities' | 'counties' | 'both' | 'unknown' {
	if (project.municipalities.length && project.counties.length) return 'both';
	return project.municipalities.length ? 'municipalities' : project.counties.length ? 'counties' : 'unknown';
}

/** The part of a project that falls in a municipality: one equal part per named place. County-level parts fall in no municipality. */
export function municipalityShare(project: Pick<ProjectData, 'municipalities' | 'counties'>, municipality: Municipality): number {
	const parts = project.municipalities.length + project.counties.length;
	return parts && project.municipalities.includes(municipality.name) ? 1 / parts : 0;
}

/** The part of a project that falls in a county: its named municipalities there, and the county itself if named. */
export function countyShare(project: Pick<ProjectData, 'municipalities' | 'counties'>, county: County): number {
	const parts = project.municipalities.length + project.counties.length;
	if (!parts) return 0;
	const here = municipalitiesOf(project).filter((m) => m.countyCode === county.code).length + (worksAcrossCounty(project, county) ? 1 : 0);
	return here / parts;
}

/** A place's measures: the projects working there, plus its even share of their money. */
export interface PlaceMeasures extends Measures {
	/** The even share of the granted projects' total budgets that falls here, rounded to kronor. */
	evenShareBudget: number;
	/** The even share of the granted money that falls here. */
	evenShareGranted: number;
}

export function measurePlace(projects: readonly ProjectEntry[], shareHere: (project: ProjectData) => number): PlaceMeasures {
	const shares = projects.map((p) => ({ project: p.data, share: shareHere(p.data) }));
	return {
		...measure(projects),
		evenShareBudget: Math.round(sum(shares.map(({ project, share }) => (grantedBudget(project) ?? 0) * share))),
		evenShareGranted: Math.round(sum(shares.map(({ project, share }) => grantedMoney(project) * share))),
	};
}

/** Projects by the municipality codes they name: each project under every one. */
export function projectsByMunicipality(projects: readonly ProjectEntry[]): Map<string, ProjectEntry[]> {
	return groupBy(projects, (p) => municipalitiesOf(p.data).map((m) => m.code));
}

/** Projects by county code, through their municipalities or at county level. */
export function projectsByCounty(projects: readonly ProjectEntry[]): Map<string, ProjectEntry[]> {
	return groupBy(projects, (p) => countiesOf(p.data).map((c) => c.code));
}
