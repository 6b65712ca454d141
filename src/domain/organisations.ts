/**
 * Who an organisation is. Sources print one organisation several ways ("LULEÅ TEKNISKA
 * UNIVERSITET", "Region Norrbotten (1:1)", "ERUF, Tillväxtverket"): a bracket that says what kind
 * of money it is goes, the site settings' aliases name the rest, and what remains, folded, is the
 * organisation's identity.
 */
import { sum } from './measures.ts';
import type { ProjectEntry } from './project.ts';
import { slugify, swedishCollator } from './text.ts';

export type OrganisationAliases = Readonly<Record<string, string>>;

/** The organisation behind a printed owner or financier name. */
export function organisationName(printed: string, aliases: OrganisationAliases = {}): string {
	return (aliases[printed] ?? printed).replace(/\s*\([^)]*\)\s*$/, '').trim();
}

/** The organisation's identity: its name folded to a slug, so spellings that differ only in case or accents meet. */
export function organisationKey(printed: string, aliases: OrganisationAliases = {}): string {
	return slugify(organisationName(printed, aliases));
}

export interface CoFinancing {
	project: ProjectEntry;
	/** The financing rows of this organisation in the project, as published. */
	rows: { financier: string; amount: number; inKind: boolean }[];
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
	coFinanced: CoFinancing[];
}

function preferredName(names: Map<string, number>): string {
	const isCapitals = (s: string) => s === s.toLocaleUpperCase('sv');
	return [...names.entries()].sort(([a, na], [b, nb]) => Number(isCapitals(a)) - Number(isCapitals(b)) || nb - na || swedishCollator.compare(a, b))[0]![0];
}

/** Every organisation that owns or co-finances a project, in Swedish order of name. */
export function organisations(projects: readonly ProjectEntry[], aliases: OrganisationAliases = {}): Organisation[] {
	const byKey = new Map<string, { names: Map<string, number>; spellings: Set<string>; orgNumber?: string; owned: ProjectEntry[]; coFinanced: CoFinancing[] }>();
	const get = (printed: string) => {
		const key = organisationKey(printed, aliases);
		let org = byKey.get(key);
		if (!org) byKey.set(key, (org = { names: new Map(), spellings: new Set(), owned: [], coFinanced: [] }));
		const name = organisationName(printed, aliases);
		org.names.set(name, (org.names.get(name) ?? 0) + 1);
		org.spellings.add(printed);
		return org;
	};
	for (const project of projects) {
		const owner = project.data.owner;
		if (owner) {
			const org = get(owner.name);
			org.owned.push(project);
			org.orgNumber ??= owner.orgNumber;
		}
		const rowsByKey = new Map<string, CoFinancing['rows']>();
		for (const row of project.data.financing) {
			get(row.financier);
			const key = organisationKey(row.financier, aliases);
			rowsByKey.set(key, [...(rowsByKey.get(key) ?? []), row]);
		}
		for (const [key, rows] of rowsByKey) {
			byKey.get(key)!.coFinanced.push({ project, rows, amount: sum(rows.map((r) => r.amount)) });
		}
	}
	return [...byKey.entries()]
		.map(([key, org]) => ({
			key,
			name: preferredName(org.names),
			spellings: [...org.spellings].sort(swedishCollator.compare),
			orgNumber: org.orgNumber,
			owned: org.owned,
			coFinanced: org.coFinanced,
		}))
		.sort((a, b) => swedishCollator.compare(a.name, b.name));
}

/** Printed name → the organisation's display name, for every spelling in the bank. */
export function displayNames(orgs: readonly Organisation[]): Map<string, string> {
	const names = new Map<string, string>();
	for (const org of orgs) for (const spelling of org.spellings) names.set(spelling, org.name);
	return names;
}
