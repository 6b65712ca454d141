/**
 * The bank as the views see it: every project, and the indexes every page kind shares
 * (organisations, projects by place), computed once per build (see collection.ts).
 */
import { displayNames, organisationKeys, organisations, type Organisation, type OrganisationKeyOf } from '../domain/organisations.ts';
import { projectsByCounty, projectsByMunicipality } from '../domain/places.ts';
import type { SourceDate } from '../domain/decisions.ts';
import type { ProjectEntry } from '../domain/project.ts';
import type { SiteConfig } from '../schemas/site.ts';
import type { SourceDocument } from '../entries/sources.ts';
import { NO_GIT, type EntryHistory } from '../entries/history.ts';

export interface Bank {
	config: SiteConfig;
	projects: ProjectEntry[];
	organisations: Organisation[];
	/** A printed owner or financier name (and its organisationsnummer, where printed) → its organisation's key. */
	organisationKeyOf: OrganisationKeyOf;
	/** Printed owner or financier name → the organisation's display name. */
	displayNames: Map<string, string>;
	/** Projects by municipality code and by county code. */
	byMunicipality: Map<string, ProjectEntry[]>;
	byCounty: Map<string, ProjectEntry[]>;
	/** The source documents, and the one each project cites (by its source.document). */
	sources: SourceDocument[];
	sourceOf: (project: ProjectEntry) => SourceDocument | undefined;
	/** Every committed version of the entries (entries/history.ts), or why this copy of the bank has none. */
	history: EntryHistory;
}

export function createBank(
	projects: ProjectEntry[],
	config: SiteConfig,
	sources: SourceDocument[] = [],
	history: EntryHistory = { available: false, reason: NO_GIT },
): Bank {
	const organisationKeyOf = organisationKeys(projects, config);
	const orgs = organisations(projects, config, organisationKeyOf);
	// Validation (entries/validate.ts) has made sure every project cites one of the documents, where the bank ships any.
	const cited = new Map(sources.map((s) => [s.title, s]));
	return {
		config,
		sources,
		sourceOf: (project) => cited.get(project.data.source.document),
		projects,
		organisations: orgs,
		organisationKeyOf,
		displayNames: displayNames(orgs),
		byMunicipality: projectsByMunicipality(projects),
		byCounty: projectsByCounty(projects),
		history,
	};
}

/** The date of the document each project cites, for events whose decisions the source does not date. */
export const sourceDates =
	(bank: Pick<Bank, 'sourceOf'>): SourceDate =>
	(project) =>
		bank.sourceOf(project)?.date;
