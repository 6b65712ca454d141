/**
 * The bank as the views see it: every project, and the indexes every page kind shares
 * (organisations, projects by place), computed once per build (see collection.ts).
 */
import { displayNames, organisations, type Organisation } from '../domain/organisations.ts';
import { projectsByCounty, projectsByMunicipality } from '../domain/places.ts';
import type { ProjectEntry } from '../domain/project.ts';
import type { SiteConfig } from '../schemas/site.ts';

export interface Bank {
	config: SiteConfig;
	projects: ProjectEntry[];
	organisations: Organisation[];
	/** Printed owner or financier name → the organisation's display name. */
	displayNames: Map<string, string>;
	/** Projects by municipality code and by county code. */
	byMunicipality: Map<string, ProjectEntry[]>;
	byCounty: Map<string, ProjectEntry[]>;
}

export function createBank(projects: ProjectEntry[], config: SiteConfig): Bank {
	const orgs = organisations(projects, config);
	return {
		config,
		projects,
		organisations: orgs,
		displayNames: displayNames(orgs),
		byMunicipality: projectsByMunicipality(projects),
		byCounty: projectsByCounty(projects),
	};
}
