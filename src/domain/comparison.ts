/**
 * Comparing places: a place's money split by a category (fund, priority area, decision year), each
 * part measured like the place itself (places.ts measurePlace), so a project that names several
 * places lends each of them only its even share, and the parts add up to the place's own figures.
 */
import { groupBy } from './grouping.ts';
import { measurePlace, type PlaceMeasures } from './places.ts';
import type { ProjectData, ProjectEntry } from './project.ts';

export interface CategoryMeasures {
	/** What the part is: a fund's name, a priority area, a year. */
	category: string;
	measures: PlaceMeasures;
}

/** The place's projects by the one category each falls in, each group measured with the place's share. */
export function measurePlaceBy(
	projects: readonly ProjectEntry[],
	shareHere: (project: ProjectData) => number,
	categoryOf: (project: ProjectData) => string,
): CategoryMeasures[] {
	return [...groupBy(projects, (p) => [categoryOf(p.data)])].map(([category, group]) => ({
		category,
		measures: measurePlace(group, shareHere),
	}));
}
