/**
 * The bank as the views see it: every project, and the indexes every page kind shares
 * (organisations, projects by place), computed once per build (see collection.ts).
 */
import { displayNames, organisations, type Organisation } from '../domain/organisations.ts';
import { projectsByCounty, projectsByMunicipality } from '../domain/places.ts';
import type { ProjectEntry } from '../domain/project.ts';
import { didYouMean, quote } from '../schemas/errors.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { SOURCES_DIR, type SourceDocument } from '../entries/sources.ts';
import { PROJECTS_DIR } from '../entries/files.ts';

export interface Bank {
	config: SiteConfig;
	projects: ProjectEntry[];
	organisations: Organisation[];
	/** Printed owner or financier name → the organisation's display name. */
	displayNames: Map<string, string>;
	/** Projects by municipality code and by county code. */
	byMunicipality: Map<string, ProjectEntry[]>;
	byCounty: Map<string, ProjectEntry[]>;
	/** The source documents, and the one each project cites (by its source.document). */
	sources: SourceDocument[];
	sourceOf: (project: ProjectEntry) => SourceDocument | undefined;
}

/**
 * Where the bank ships its source documents, every project must cite one of them by its exact
 * title: a citation that leads nowhere is an error, never a silent gap.
 */
function citedSources(projects: readonly ProjectEntry[], sources: readonly SourceDocument[]): Map<string, SourceDocument> {
	const byTitle = new Map(sources.map((s) => [s.title, s]));
	if (sources.length === 0) return byTitle;
	const titles = [...byTitle.keys()];
	const problems = projects
		.filter((p) => !byTitle.has(p.data.source.document))
		.map((p) => `${PROJECTS_DIR}/${p.key}.md: source.document – väntade titeln på ett av dokumenten i ${SOURCES_DIR}/, men det står ${quote(p.data.source.document)}.${didYouMean(p.data.source.document, titles) || ' Skriv titeln precis som i dokumentets .yaml-fil, eller lägg till dokumentet där.'}`);
	if (problems.length) throw new Error(`Posterna hänvisar till källdokument som saknas:\n${problems.join('\n')}`);
	return byTitle;
}

export function createBank(projects: ProjectEntry[], config: SiteConfig, sources: SourceDocument[] = []): Bank {
	const orgs = organisations(projects, config);
	const cited = citedSources(projects, sources);
	return {
		config,
		sources,
		sourceOf: (project) => cited.get(project.data.source.document),
		projects,
		organisations: orgs,
		displayNames: displayNames(orgs),
		byMunicipality: projectsByMunicipality(projects),
		byCounty: projectsByCounty(projects),
	};
}
