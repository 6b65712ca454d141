/**
 * Who an organisation is. Sources print one organisation several ways ("LULEÅ TEKNISKA
 * UNIVERSITET", "Region Norrbotten (1:1)", "ERUF, Tillväxtverket"): a bracket that says what kind
 * of money it is goes, the site settings' aliases name the rest (a unit belongs to its parent),
 * and what remains, folded, is the organisation's identity. An organisationsnummer, where an entry
 * or the settings give one, outranks the name: spellings with one number are one organisation (the
 * register's "Stuns Stift F Samv Mel Univ i U-A Näringsl O Sam" and the foundation's own name), and
 * one name with two numbers is two. Some financiers are not organisations at all ("Deltagande
 * företag"): the settings list them; they stay on the project and get no page.
 */
import { correctedRowAmounts, isDeciderRow } from './financing.ts';
import { measure, sum, type Measures } from './measures.ts';
import type { ProjectEntry } from './project.ts';
import { allMunicipalities } from './registry.ts';
import { isOrganisation, organisationKey, organisationName, type NameSettings } from './organisation-names.ts';
import { slugify, swedishCollator } from './text.ts';

const noSettings: NameSettings = { organisationAliases: {}, financierCategories: [] };

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
	const written = [...names.entries()].sort(
		([a, na], [b, nb]) => Number(isCapitals(a)) - Number(isCapitals(b)) || nb - na || swedishCollator.compare(a, b),
	)[0]![0];
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

/** The page key of a printed name, with the organisationsnummer printed beside it where there is one. */
export type OrganisationKeyOf = (printed: string, orgNumber?: string) => string;

/**
 * Resolves printed names to organisations across the bank. Names meet by their folded form (and the
 * settings' aliases); an organisationsnummer joins every name printed with it, so a register
 * abbreviation and the full name are one organisation. A name printed with two numbers is two
 * organisations, each keyed by name and number ("stiftelsen-x-8020001234"); where that name is printed
 * without a number (a financing row), it stays apart under the bare name: which of the two is meant
 * the source does not say.
 */
export function organisationKeys(projects: readonly ProjectEntry[], settings: NameSettings = noSettings): OrganisationKeyOf {
	const aliases = settings.organisationAliases;
	const numbered: { key: string; name: string; orgNumber: string }[] = [
		...(settings.deciders ?? []).flatMap((d) =>
			d.orgNumber ? [{ key: organisationKey(d.name, aliases), name: organisationName(d.name, aliases), orgNumber: d.orgNumber }] : [],
		),
		...projects.flatMap(({ data: { owner } }) =>
			owner?.orgNumber
				? [{ key: organisationKey(owner.name, aliases), name: organisationName(owner.name, aliases), orgNumber: owner.orgNumber }]
				: [],
		),
	];
	const numbersOf = new Map<string, Set<string>>();
	for (const m of numbered) numbersOf.set(m.key, (numbersOf.get(m.key) ?? new Set()).add(m.orgNumber));
	const ambiguous = (key: string) => (numbersOf.get(key)?.size ?? 0) > 1;
	const digits = (orgNumber: string) => orgNumber.replace(/\D/g, '');
	// The names each number is printed with; a number's organisation takes the key of its name printed most often, the fullest on a tie.
	const namesOf = new Map<string, Map<string, { name: string; count: number }>>();
	for (const m of numbered) {
		if (ambiguous(m.key)) continue;
		const names = namesOf.get(m.orgNumber) ?? new Map<string, { name: string; count: number }>();
		const seen = names.get(m.key) ?? { name: m.name, count: 0 };
		names.set(m.key, { name: m.name, count: seen.count + 1 });
		namesOf.set(m.orgNumber, names);
	}
	const keyOfNumber = new Map<string, string>();
	const keyOfName = new Map<string, string>();
	for (const [orgNumber, names] of namesOf) {
		const [key] = [...names.entries()].sort(
			([, a], [, b]) => b.count - a.count || b.name.length - a.name.length || swedishCollator.compare(a.name, b.name),
		)[0]!;
		keyOfNumber.set(orgNumber, key);
		for (const nameKey of names.keys()) keyOfName.set(nameKey, key);
	}
	return (printed, orgNumber) => {
		const key = organisationKey(printed, aliases);
		if (orgNumber && ambiguous(key)) return `${key}-${digits(orgNumber)}`;
		return (orgNumber && keyOfNumber.get(orgNumber)) || keyOfName.get(key) || key;
	};
}

/** Every organisation that owns or co-finances a project, in Swedish order of name. */
export function organisations(
	projects: readonly ProjectEntry[],
	settings: NameSettings = noSettings,
	keyOf = organisationKeys(projects, settings),
): Organisation[] {
	const aliases = settings.organisationAliases;
	const byKey = new Map<
		string,
		{
			names: Map<string, number>;
			spellings: Set<string>;
			orgNumber?: string;
			owned: ProjectEntry[];
			coFinanced: CoFinancing[];
			decided: ProjectEntry[];
		}
	>();
	const get = (printed: string, orgNumber?: string) => {
		const key = keyOf(printed, orgNumber);
		let org = byKey.get(key);
		if (!org) byKey.set(key, (org = { names: new Map(), spellings: new Set(), owned: [], coFinanced: [], decided: [] }));
		const name = organisationName(printed, aliases);
		org.names.set(name, (org.names.get(name) ?? 0) + 1);
		org.spellings.add(printed);
		return { key, org };
	};
	const deciderNumbers = new Map((settings.deciders ?? []).map((d) => [d.name, d.orgNumber]));
	for (const project of projects) {
		const decider = get(project.data.decider, deciderNumbers.get(project.data.decider));
		decider.org.decided.push(project);
		decider.org.orgNumber ??= deciderNumbers.get(project.data.decider);
		const owner = project.data.owner;
		if (owner) {
			const { org } = get(owner.name, owner.orgNumber);
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
