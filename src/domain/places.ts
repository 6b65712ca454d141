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
import {
	allCounties,
	allMunicipalities,
	findCountyByName,
	findMunicipality,
	municipalitiesIn,
	type County,
	type Municipality,
} from './registry.ts';

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
	/**
	 * The even share of the granted projects' total budgets that falls here, rounded to kronor, of
	 * those that state a budget (grantedWithBudget); undefined where granted projects work here but
	 * none states one: unknown, not 0 kr.
	 */
	evenShareBudget: number | undefined;
	/** The even share of the granted money that falls here, of those that state it (grantedWithAmount); undefined likewise. */
	evenShareGranted: number | undefined;
}

export function measurePlace(projects: readonly ProjectEntry[], shareHere: (project: ProjectData) => number): PlaceMeasures {
	const shares = projects.map((p) => ({ project: p.data, share: shareHere(p.data) }));
	const measures = measure(projects);
	const budgets = shares.flatMap(({ project, share }) => {
		const budget = grantedBudget(project);
		return budget === undefined ? [] : [budget * share];
	});
	const granted = shares.filter(({ project }) => project.status === 'granted' && project.grantedAmount !== undefined);
	const unknown = (stated: number) => measures.granted > 0 && stated === 0;
	return {
		...measures,
		evenShareBudget: unknown(budgets.length) ? undefined : Math.round(sum(budgets)),
		evenShareGranted: unknown(granted.length)
			? undefined
			: Math.round(sum(granted.map(({ project, share }) => grantedMoney(project) * share))),
	};
}

/**
 * How much of the country a project covers, from the places its source names: the whole country
 * (every municipality named, or every county covered), counties covered whole (every one of their
 * municipalities named, or the county named at county level), and the other named municipalities.
 * A page then reads "hela Sverige" or "hela Norrbottens län" instead of 290 or 14 names. Only the
 * places named count: a decider's remit says where it may decide, not where a project works.
 */
export interface Coverage {
	wholeCountry: boolean;
	/** Counties every municipality of which the source names, in code order. */
	wholeCounties: County[];
	/** Counties the source names at county level (no municipality named there), as it lists them. */
	countyLevel: County[];
	/** Named municipalities outside the counties covered whole, as the source lists them. */
	otherMunicipalities: Municipality[];
}

export function coverageOf(project: Pick<ProjectData, 'municipalities' | 'counties'>): Coverage {
	const named = new Set(project.municipalities);
	const countyLevel = countyLevelCounties(project);
	const wholeCounties = countiesOfMunicipalities(project.municipalities).filter((c) => municipalitiesIn(c).every((m) => named.has(m.name)));
	const whole = new Set(wholeCounties.map((c) => c.code));
	const covered = new Set([...whole, ...countyLevel.map((c) => c.code)]);
	return {
		wholeCountry: named.size === allMunicipalities.length || allCounties.every((c) => covered.has(c.code)),
		wholeCounties: allCounties.filter((c) => whole.has(c.code)),
		countyLevel,
		otherMunicipalities: municipalitiesOf(project).filter((m) => !whole.has(m.countyCode)),
	};
}

/**
 * The project's area in words where it is whole: "hela Sverige", "hela Norrbottens län",
 * "hela Norrbottens län och hela Västerbottens län"; undefined where it names single municipalities
 * or counties at county level beside them (those are listed as they are).
 */
export function wholeAreaName(
	project: Pick<ProjectData, 'municipalities' | 'counties'>,
	words: { country: string; county: (name: string) => string; and: string } = {
		country: 'hela Sverige',
		county: (name) => `hela ${name}`,
		and: 'och',
	},
): string | undefined {
	const coverage = coverageOf(project);
	if (coverage.wholeCountry) return words.country;
	if (coverage.wholeCounties.length === 0 || coverage.otherMunicipalities.length > 0 || coverage.countyLevel.length > 0) return undefined;
	const names = coverage.wholeCounties.map((c) => words.county(c.name));
	return names.length > 1 ? `${names.slice(0, -1).join(', ')} ${words.and} ${names.at(-1)}` : names[0];
}

/** Projects by the municipality codes they name: each project under every one. */
export function projectsByMunicipality(projects: readonly ProjectEntry[]): Map<string, ProjectEntry[]> {
	return groupBy(projects, (p) => municipalitiesOf(p.data).map((m) => m.code));
}

/** Projects by county code, through their municipalities or at county level. */
export function projectsByCounty(projects: readonly ProjectEntry[]): Map<string, ProjectEntry[]> {
	return groupBy(projects, (p) => countiesOf(p.data).map((c) => c.code));
}
