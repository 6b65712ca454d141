/**
 * Who an organisation is. Sources print one organisation several ways ("LULEÅ TEKNISKA
 * UNIVERSITET", "Region Norrbotten (1:1)", "ERUF, Tillväxtverket"): a bracket that says what kind
 * of money it is goes, the site settings' aliases name the rest (a unit belongs to its parent),
 * and what remains, folded, is the organisation's identity. Some financiers are not organisations
 * at all ("Deltagande företag"): the settings list them; they stay on the project and get no page.
 */
import { correctedRowAmounts, isDeciderRow } from './financing.ts';
import { measure, sum, type Measures } from './measures.ts';
import type { ProjectEntry } from './project.ts';
import { allMunicipalities, type Municipality } from './registry.ts';
import { fold, hasSlugText, slugify, swedishCollator } from './text.ts';

export type OrganisationAliases = Readonly<Record<string, string>>;

/** What the site settings say about names: aliases, financier names that are categories, not organisations, and the deciders. */
export interface NameSettings {
	organisationAliases: OrganisationAliases;
	financierCategories: readonly string[];
	deciders?: readonly { name: string }[];
}

const noSettings: NameSettings = { organisationAliases: {}, financierCategories: [] };

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

export interface CoFinancing {
	project: ProjectEntry;
	/** The financing rows of this organisation in the project: as published and as corrected. */
	rows: { financier: string; amount: number; corrected: number; inKind: boolean }[];
	/** Their sum, as corrected. */
	amount: number;
}

export interface Organisation {
	key: string;
	/** Display name: the name most often printed, preferring one not in capitals. */
	name: string;
	/** Every spelling the sources print, in Swedish order. */
	spellings: string[];
	orgNumber: string | undefined;
	owned: ProjectEntry[];
	/**
	 * Projects of other owners it finances, by the financing tables. A deciding region's own rows in
	 * the projects it decides on are its decision, not co-financing: they count under `decided`.
	 */
	coFinanced: CoFinancing[];
	/** Projects it decided on (or has to decide on) as the deciding region: its grants, rejections and pending applications. */
	decided: ProjectEntry[];
}

const isCapitals = (s: string) => s === s.toLocaleUpperCase('sv') && s !== s.toLocaleLowerCase('sv');

/**
 * The name to show: one printed not in capitals, the most often printed first; else the official
 * form the registry or the settings give for the same key ("VILHELMINA KOMMUN" is "Vilhelmina
 * kommun", "REGION VÄSTERBOTTEN" a region the settings name); else the capitals as printed.
 */
function preferredName(names: Map<string, number>, official: string | undefined): string {
	const written = [...names.entries()].sort(([a, na], [b, nb]) => Number(isCapitals(a)) - Number(isCapitals(b)) || nb - na || swedishCollator.compare(a, b))[0]![0];
	return isCapitals(written) && official ? official : written;
}

/** Official names by organisation key: each municipality's own organisation, and the deciders. */
function officialNames(regions: readonly string[]): Map<string, string> {
	const names = new Map<string, string>();
	for (const m of allMunicipalities) {
		for (const name of [`${m.name} kommun`, `${m.name}s kommun`, `${m.name} stad`, `${m.name}s stad`]) names.set(slugify(name), name);
	}
	for (const region of regions) names.set(slugify(region), region);
	return names;
}

/** Every organisation that owns or co-finances a project, in Swedish order of name. */
export function organisations(projects: readonly ProjectEntry[], settings: NameSettings = noSettings): Organisation[] {
	const aliases = settings.organisationAliases;
	const byKey = new Map<string, { names: Map<string, number>; spellings: Set<string>; orgNumber?: string; owned: ProjectEntry[]; coFinanced: CoFinancing[]; decided: ProjectEntry[] }>();
	const get = (printed: string) => {
		const key = organisationKey(printed, aliases);
		let org = byKey.get(key);
		if (!org) byKey.set(key, (org = { names: new Map(), spellings: new Set(), owned: [], coFinanced: [], decided: [] }));
		const name = organisationName(printed, aliases);
		org.names.set(name, (org.names.get(name) ?? 0) + 1);
		org.spellings.add(printed);
		return { key, org };
	};
	for (const project of projects) {
		get(project.data.decider).org.decided.push(project);
		const owner = project.data.owner;
		if (owner) {
			const { org } = get(owner.name);
			org.owned.push(project);
			org.orgNumber ??= owner.orgNumber;
		}
		const corrected = correctedRowAmounts(project.data);
		const rowsByKey = new Map<string, CoFinancing['rows']>();
		project.data.financing.forEach((row, i) => {
			// The deciding region's own rows are the money it decides on (counted under `decided`), not co-financing.
			if (!isOrganisation(row.financier, settings) || isDeciderRow(row, project.data.decider)) return;
			const { key } = get(row.financier);
			rowsByKey.set(key, [...(rowsByKey.get(key) ?? []), { ...row, corrected: corrected[i]! }]);
		});
		for (const [key, rows] of rowsByKey) {
			byKey.get(key)!.coFinanced.push({ project, rows, amount: sum(rows.map((r) => r.corrected)) });
		}
	}
	const official = officialNames((settings.deciders ?? []).map((r) => r.name));
	return [...byKey.entries()]
		.map(([key, org]) => ({
			key,
			name: preferredName(org.names, official.get(key)),
			spellings: [...org.spellings].sort(swedishCollator.compare),
			orgNumber: org.orgNumber,
			owned: org.owned,
			coFinanced: org.coFinanced,
			decided: org.decided,
		}))
		.sort((a, b) => swedishCollator.compare(a.name, b.name));
}

/** Printed name → the organisation's display name, for every spelling in the bank. */
export function displayNames(orgs: readonly Organisation[]): Map<string, string> {
	const names = new Map<string, string>();
	for (const org of orgs) for (const spelling of org.spellings) names.set(spelling, org.name);
	return names;
}

/** An organisation's money, kept apart by what it counts. */
export interface OrganisationMoney {
	/** The projects it owns, measured as any set of projects (granted money, budgets, applied apart). */
	owned: Measures;
	/** The projects it decided on as the deciding region: what it granted, and what was applied for apart. */
	decided: Measures;
	/** What it put into granted projects, by their financing tables, as corrected. */
	coFinancingGranted: number;
	coFinancedGranted: number;
	/** What the financing tables of rejected and undecided applications name it for: not money spent. */
	coFinancingApplied: number;
	coFinancedApplied: number;
}

export function organisationMoney(org: Pick<Organisation, 'owned' | 'coFinanced' | 'decided'>): OrganisationMoney {
	const granted = org.coFinanced.filter((c) => c.project.data.status === 'granted');
	const applied = org.coFinanced.filter((c) => c.project.data.status !== 'granted');
	return {
		owned: measure(org.owned),
		decided: measure(org.decided),
		coFinancingGranted: sum(granted.map((c) => c.amount)),
		coFinancedGranted: granted.length,
		coFinancingApplied: sum(applied.map((c) => c.amount)),
		coFinancedApplied: applied.length,
	};
}

/** Every project an organisation owns, co-finances or decided on, once each: what following it follows. */
export function organisationProjects(org: Pick<Organisation, 'owned' | 'coFinanced' | 'decided'>): ProjectEntry[] {
	return [...new Set([...org.owned, ...org.coFinanced.map((c) => c.project), ...org.decided])];
}
