/**
 * Ways into the bank: municipalities, counties, deciding regions, funds, priority areas and
 * organisations, each with its projects and honest totals. Pure functions over the entries.
 */
import type { SiteConfig } from '../schemas/site.ts';
import { latestDecisionDate, sumOf, type ProjectEntry } from './projects.ts';
import { allCounties, allMunicipalities, findMunicipality, type County, type Municipality } from './registry.ts';
import { bySwedishName, slugify, swedishCollator } from './slug.ts';

export type FacetKind = 'kommun' | 'lan' | 'region' | 'fond';

export interface Attribution {
	/** Projects involving the place (or fund, region). */
	projects: number;
	/** Sum of granted amounts of the granted projects among them. */
	granted: number;
	/** Sum of their whole budgets, where stated: not money spent in the place. */
	combinedBudget: number;
	/** Projects that state a total budget. */
	withBudget: number;
	/**
	 * Even per-municipality share: each project's budget divided equally over the municipalities
	 * it names, counting the parts that fall here. Only for places.
	 */
	evenShareBudget?: number;
	evenShareGranted?: number;
}

export interface Facet {
	kind: FacetKind;
	slug: string;
	name: string;
	/** Page path, e.g. "/kommun/umea/". */
	path: string;
	projects: ProjectEntry[];
	attribution: Attribution;
}

export const facetPaths: Record<FacetKind, string> = { kommun: '/kommun/', lan: '/lan/', region: '/region/', fond: '/fond/' };

function attribution(projects: readonly ProjectEntry[], shareHere?: (p: ProjectEntry) => number): Attribution {
	const withBudget = projects.filter((p) => p.data.totalBudget !== undefined);
	const granted = (p: ProjectEntry) => (p.data.status === 'granted' ? (p.data.grantedAmount ?? 0) : 0);
	const base: Attribution = {
		projects: projects.length,
		granted: sumOf(projects.map(granted)),
		combinedBudget: sumOf(withBudget.map((p) => p.data.totalBudget!)),
		withBudget: withBudget.length,
	};
	if (!shareHere) return base;
	return {
		...base,
		evenShareBudget: Math.round(sumOf(withBudget.map((p) => p.data.totalBudget! * shareHere(p)))),
		evenShareGranted: Math.round(sumOf(projects.map((p) => granted(p) * shareHere(p)))),
	};
}

/**
 * Municipality slugs are the folded name ("ornskoldsvik"); where two names fold alike (Habo and
 * Håbo) both get their county, so neither takes the other's address.
 */
const municipalitySlugs: ReadonlyMap<string, string> = (() => {
	const folded = new Map<string, Municipality[]>();
	for (const m of allMunicipalities) folded.set(slugify(m.name), [...(folded.get(slugify(m.name)) ?? []), m]);
	const slugs = new Map<string, string>();
	for (const [slug, group] of folded) {
		for (const m of group) {
			const county = allCounties.find((c) => c.code === m.countyCode)!;
			slugs.set(m.name, group.length > 1 ? `${slug}-${slugify(county.shortName)}` : slug);
		}
	}
	return slugs;
})();

export function municipalitySlug(m: Municipality): string {
	return municipalitySlugs.get(m.name)!;
}

export function countySlug(c: County): string {
	return slugify(c.shortName);
}

/** Every one of the 290 municipalities, with or without projects. */
export function municipalityFacets(projects: readonly ProjectEntry[]): (Facet & { municipality: Municipality })[] {
	return allMunicipalities.map((municipality) => {
		const here = projects.filter((p) => p.data.municipalities.includes(municipality.name));
		const slug = municipalitySlug(municipality);
		return {
			kind: 'kommun' as const,
			slug,
			name: municipality.name,
			path: `/kommun/${slug}/`,
			projects: here,
			attribution: attribution(here, (p) => 1 / p.data.municipalities.length),
			municipality,
		};
	});
}

/** Every county; a project counts where any of its municipalities lies. */
export function countyFacets(projects: readonly ProjectEntry[]): (Facet & { county: County })[] {
	return allCounties.map((county) => {
		const inCounty = (name: string) => findMunicipality(name)?.countyCode === county.code;
		const here = projects.filter((p) => p.data.municipalities.some(inCounty));
		const slug = countySlug(county);
		return {
			kind: 'lan' as const,
			slug,
			name: county.name,
			path: `/lan/${slug}/`,
			projects: here,
			attribution: attribution(here, (p) => p.data.municipalities.filter(inCounty).length / p.data.municipalities.length),
			county,
		};
	});
}

export function regionFacets(projects: readonly ProjectEntry[], config: SiteConfig): Facet[] {
	return config.regions.map((region) => {
		const here = projects.filter((p) => p.data.region === region.name);
		const slug = slugify(region.name);
		return { kind: 'region' as const, slug, name: region.name, path: `/region/${slug}/`, projects: here, attribution: attribution(here) };
	});
}

export function fundFacets(projects: readonly ProjectEntry[], config: SiteConfig): (Facet & { description: string })[] {
	return config.funds.map((fund) => {
		const here = projects.filter((p) => p.data.fund === fund.name);
		const slug = slugify(fund.name);
		return { kind: 'fond' as const, slug, name: fund.name, path: `/fond/${slug}/`, projects: here, attribution: attribution(here), description: fund.description };
	});
}

export function regionPath(name: string): string {
	return `/region/${slugify(name)}/`;
}

export function fundPath(name: string): string {
	return `/fond/${slugify(name)}/`;
}

export function municipalityPath(name: string): string {
	return `/kommun/${municipalitySlugs.get(name) ?? slugify(name)}/`;
}

export function countyPath(county: County): string {
	return `/lan/${countySlug(county)}/`;
}

// Priority areas ------------------------------------------------------------------------------

export interface SubPriorityGroup {
	name: string;
	anchor: string;
	projects: ProjectEntry[];
	attribution: Attribution;
}

export interface PriorityGroup {
	code: string | undefined;
	name: string;
	/** "Prioritering 1: …" or the bare name where the strategy has no numbers. */
	label: string;
	anchor: string;
	projects: ProjectEntry[];
	attribution: Attribution;
	subs: SubPriorityGroup[];
}

export interface RegionPriorities {
	region: string;
	strategy: string | undefined;
	priorities: PriorityGroup[];
	/** Projects of the region the sources give no priority area for. */
	withoutPriority: ProjectEntry[];
}

export function priorityAnchor(region: string, priority: { code?: string | undefined; name: string }): string {
	return slugify(`${region} ${priority.code ?? priority.name}`);
}

export function priorityPath(region: string, priority: { code?: string | undefined; name: string }): string {
	return `/prioritering/#${priorityAnchor(region, priority)}`;
}

export function priorityLabel(priority: { code?: string | undefined; name: string }): string {
	return priority.code ? `Prioritering ${priority.code}: ${priority.name}` : priority.name;
}

export function priorityTree(projects: readonly ProjectEntry[], config: SiteConfig): RegionPriorities[] {
	return config.regions.map((region) => {
		const own = projects.filter((p) => p.data.region === region.name);
		const priorities = region.priorities.map((priority) => {
			const here = own.filter((p) => p.data.priority?.name === priority.name && p.data.priority?.code === priority.code);
			const anchor = priorityAnchor(region.name, priority);
			return {
				code: priority.code,
				name: priority.name,
				label: priorityLabel(priority),
				anchor,
				projects: here,
				attribution: attribution(here),
				subs: priority.subs.map((sub) => {
					const inSub = here.filter((p) => p.data.priority?.sub === sub);
					return { name: sub, anchor: `${anchor}-${slugify(sub)}`, projects: inSub, attribution: attribution(inSub) };
				}),
			};
		});
		return { region: region.name, strategy: region.strategy, priorities, withoutPriority: own.filter((p) => !p.data.priority) };
	});
}

// Organisations -------------------------------------------------------------------------------

export type OrganisationAliases = Readonly<Record<string, string>>;

/**
 * The organisation behind a printed owner or financier: "Region Norrbotten (1:1)" and
 * "Tillväxtverket (ERUF)" are Region Norrbotten and Tillväxtverket (the bracket says what kind of
 * money it is); the site settings' aliases cover other spellings.
 */
export function organisationName(printed: string, aliases: OrganisationAliases = {}): string {
	return (aliases[printed] ?? printed).replace(/\s*\([^)]*\)\s*$/, '').trim();
}

export function organisationSlug(printed: string, aliases: OrganisationAliases = {}): string {
	return slugify(organisationName(printed, aliases));
}

export function organisationPath(printed: string, aliases: OrganisationAliases = {}): string {
	return `/organisation/${organisationSlug(printed, aliases)}/`;
}

export interface CoFinancing {
	project: ProjectEntry;
	/** The financing rows of this organisation in the project, as published. */
	rows: { financier: string; amount: number; inKind: boolean }[];
	amount: number;
}

export interface Organisation {
	slug: string;
	/** Display name: the name most often printed, preferring one not in capitals. */
	name: string;
	/** Every spelling the sources print, e.g. "LULEÅ TEKNISKA UNIVERSITET", "Region Norrbotten (1:1)". */
	spellings: string[];
	orgNumber: string | undefined;
	path: string;
	owned: ProjectEntry[];
	coFinanced: CoFinancing[];
}

function preferredName(names: Map<string, number>): string {
	const isCapitals = (s: string) => s === s.toLocaleUpperCase('sv');
	return [...names.entries()].sort(([a, na], [b, nb]) => Number(isCapitals(a)) - Number(isCapitals(b)) || nb - na || swedishCollator.compare(a, b))[0]![0];
}

export function organisations(projects: readonly ProjectEntry[], aliases: OrganisationAliases = {}): Organisation[] {
	const bySlug = new Map<string, { names: Map<string, number>; spellings: Set<string>; orgNumber?: string; owned: ProjectEntry[]; coFinanced: CoFinancing[] }>();
	const get = (printed: string) => {
		const slug = organisationSlug(printed, aliases);
		let org = bySlug.get(slug);
		if (!org) bySlug.set(slug, (org = { names: new Map(), spellings: new Set(), owned: [], coFinanced: [] }));
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
		const rowsBySlug = new Map<string, CoFinancing['rows']>();
		for (const row of project.data.financing) {
			get(row.financier);
			const slug = organisationSlug(row.financier, aliases);
			rowsBySlug.set(slug, [...(rowsBySlug.get(slug) ?? []), row]);
		}
		for (const [slug, rows] of rowsBySlug) {
			bySlug.get(slug)!.coFinanced.push({ project, rows, amount: sumOf(rows.map((r) => r.amount)) });
		}
	}
	return [...bySlug.entries()]
		.map(([slug, org]) => ({
			slug,
			name: preferredName(org.names),
			spellings: [...org.spellings].sort(swedishCollator.compare),
			orgNumber: org.orgNumber,
			path: `/organisation/${slug}/`,
			owned: org.owned,
			coFinanced: org.coFinanced,
		}))
		.sort(bySwedishName((o) => o.name));
}

// Search facets -------------------------------------------------------------------------------

/** Years in which the project has a dated decision. */
export function decisionYears(project: ProjectEntry): string[] {
	return [...new Set(project.data.decisions.flatMap((d) => (d.date ? [d.date.slice(0, 4)] : [])))].sort();
}

/** "20200324" for sorting in search; 0 where the source gives no date. */
export function dateSortValue(iso: string | undefined): string {
	return iso ? iso.replaceAll('-', '') : '0';
}

export function latestDecisionSortValue(project: ProjectEntry): string {
	return dateSortValue(latestDecisionDate(project.data));
}
