/**
 * An organisation's name as the site knows it: a printed owner or financier name, the settings'
 * aliases and financier categories applied. Needs nothing of a project, so that validation can ask
 * it (schemas/project-shape.ts) without the model of projects.
 */
import type { Municipality } from './registry.ts';
import { fold, hasSlugText, slugify } from './text.ts';

export type OrganisationAliases = Readonly<Record<string, string>>;

/** What the site settings say about names: aliases, financier names that are categories, not organisations, and the deciders. */
export interface NameSettings {
	organisationAliases: OrganisationAliases;
	financierCategories: readonly string[];
	deciders?: readonly { name: string; orgNumber?: string | undefined }[];
}

/** The organisation behind a printed owner or financier name. */
export function organisationName(printed: string, aliases: OrganisationAliases = {}): string {
	return (aliases[printed] ?? printed).replace(/\s*\([^)]*\)\s*$/, '').trim();
}

/** The organisation's identity: its name folded to a slug, so spellings that differ only in case or accents meet. */
export function organisationKey(printed: string, aliases: OrganisationAliases = {}): string {
	return slugify(organisationName(printed, aliases));
}

/**
 * Whether a printed name gives its organisation a page address: "(okänd)" (the bracket goes) and
 * "🚀🚀" have no letter or digit to spell one. Validation refuses such names, so that every
 * organisation's key is its readable name; organisationKey's fallback is never needed.
 */
export function hasOrganisationAddress(printed: string, aliases: OrganisationAliases = {}): boolean {
	return hasSlugText(organisationName(printed, aliases));
}

/** Whether a printed financier is an organisation, rather than a category such as "Deltagande företag". */
export function isOrganisation(printed: string, settings: Pick<NameSettings, 'financierCategories'>): boolean {
	return !settings.financierCategories.some((category) => fold(category) === fold(printed.trim()));
}

/** The key a municipality's own organisation has ("Skellefteå kommun"), whichever way the sources write it. */
export function municipalityOrganisationKeys(m: Pick<Municipality, 'name'>): string[] {
	return [`${m.name} kommun`, `${m.name}s kommun`, `${m.name} stad`, `${m.name}s stad`].map((name) => slugify(name));
}
