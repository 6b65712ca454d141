/**
 * Every municipality, county, decider, fund, priority area and organisation has its projects
 * as files beside its page: a CSV for Excel with the columns of a project list, one row per
 * project, and a JSON file that names the projects by key, each of which has its full record at
 * /projekt/<key>.json. Kept that small on purpose: a project lies in about ten such slices, and the
 * full records are already published once.
 */
import { decidedOn } from '../domain/decisions.ts';
import { defaultSortOrder, sortProjects } from '../domain/listing.ts';
import { priorityTree } from '../domain/priorities.ts';
import type { ProjectEntry } from '../domain/project.ts';
import { workStateOf } from '../domain/work-status.ts';
import { projectStatusLabel, workStateLabel } from '../format.ts';
import { urls } from '../urls.ts';
import type { Bank } from './bank.ts';
import { buildDate } from './build-time.ts';
import { csvHeader, csvLines, toCsv, type CsvColumn } from './csv.ts';
import { countyFacets, fundFacets, municipalityFacets, deciderFacets } from './facets.ts';

export type SliceKind = 'kommun' | 'lan' | 'beslutande' | 'fond' | 'prioritering' | 'organisation';

export interface Slice {
	kind: SliceKind;
	name: string;
	/** The page the slice belongs to. */
	page: string;
	/** The folder its files lie in. */
	base: string;
	projects: ProjectEntry[];
	/** An organisation's: the projects it decided on as decider, those it owns and those it co-finances, by key. */
	roles?: { decided: string[]; owned: string[]; coFinanced: string[] };
}

/** The columns of a slice, of the search page's download, and of nothing else: what a project list shows. */
export const sliceColumns: readonly CsvColumn<ProjectEntry>[] = [
	{
		header: 'Nyckel',
		description:
			'Projektets nyckel: ärende-id:t, eller postens filnamn när källan saknar det. Projektets sida är /projekt/<nyckel>/, alla dess uppgifter /projekt/<nyckel>.json.',
		value: (p) => p.key,
	},
	{ header: 'Projektnamn', description: 'Projektets namn som i källan.', value: (p) => p.data.title },
	{ header: 'Status', description: 'Beviljat, Avslaget, Ansökt eller Föreslås beviljas/avslag.', value: (p) => projectStatusLabel(p.data) },
	{
		header: 'Beviljat belopp (kr)',
		description: 'Beviljat belopp som publicerat, för beviljade projekt.',
		value: (p) => (p.data.status === 'granted' ? p.data.grantedAmount : undefined),
	},
	{ header: 'Sökt belopp (kr)', description: 'Sökt belopp som publicerat: inte beviljade pengar.', value: (p) => p.data.appliedAmount },
	{
		header: 'Total projektbudget (kr)',
		description: 'Hela projektets budget, alla finansiärer, som publicerad.',
		value: (p) => p.data.totalBudget,
	},
	{
		header: 'Beslutsdatum',
		description: 'Datum för beslutet om stöd eller avslag, så exakt som källan anger det.',
		value: (p) => decidedOn(p.data),
	},
	{ header: 'Beslutande organ', description: 'Regionen, myndigheten eller programmet som beslutar.', value: (p) => p.data.decider },
	{
		header: 'Arbetets status',
		description:
			'Hur arbetet står, skilt från beslutet: Pågående, Avslutat, Avbrutet eller Återkallat som källan anger det; annars för beviljade projekt "Avslutat enligt projektperioden" eller "Pågående enligt projektperioden", härlett ur perioden och byggdagen; tomt där inget av dem går att säga.',
		value: (p) => {
			const state = workStateOf(p.data, buildDate);
			return state && workStateLabel(state);
		},
	},
];

/** An organisation's slice says which role it has in each project. */
export const roleColumn = (roles: NonNullable<Slice['roles']>): CsvColumn<ProjectEntry> => {
	const owned = new Set(roles.owned);
	const coFinanced = new Set(roles.coFinanced);
	const decided = new Set(roles.decided);
	return {
		header: 'Roll',
		description:
			'Organisationens roll i projektet: beslutande organ, projektägare, medfinansiär (en rad i finansieringstabellen), eller flera av dem.',
		value: (p) =>
			[decided.has(p.key) ? 'beslutande organ' : '', owned.has(p.key) ? 'projektägare' : '', coFinanced.has(p.key) ? 'medfinansiär' : '']
				.filter(Boolean)
				.join(' och '),
	};
};

/** Every slice of the bank, each with at least one project; in the order of the site's lists. */
export function slices(bank: Bank): Slice[] {
	const inOrder = (projects: readonly ProjectEntry[]) => sortProjects(projects, defaultSortOrder);
	const facets = [...municipalityFacets(bank), ...countyFacets(bank), ...deciderFacets(bank), ...fundFacets(bank)];
	const fromFacets = facets.map((f): Slice => ({ kind: f.kind, name: f.name, page: f.path, base: f.path, projects: inOrder(f.projects) }));
	const priorities = priorityTree(bank.projects, bank.config).flatMap((decider) =>
		decider.priorities.map((p): Slice => ({
			kind: 'prioritering',
			name: `${decider.decider}: ${p.label}`,
			page: urls.priority(decider.decider, p),
			base: urls.priorityFiles(decider.decider, p),
			projects: inOrder(p.projects),
		})),
	);
	const organisations = bank.organisations.map((o): Slice => {
		const coFinanced = o.coFinanced.map((c) => c.project);
		const projects = inOrder([...new Map([...o.decided, ...o.owned, ...coFinanced].map((p) => [p.key, p])).values()]);
		return {
			kind: 'organisation',
			name: o.name,
			page: urls.organisation(o.key),
			base: urls.organisation(o.key),
			projects,
			roles: { decided: o.decided.map((p) => p.key), owned: o.owned.map((p) => p.key), coFinanced: coFinanced.map((p) => p.key) },
		};
	});
	return [...fromFacets, ...priorities, ...organisations].filter((s) => s.projects.length > 0);
}

export function sliceCsv(slice: Slice): string {
	return toCsv(slice.roles ? [...sliceColumns, roleColumn(slice.roles)] : sliceColumns, slice.projects);
}

/** The JSON slice: which projects, by key; each one's record is at `projectFile` with the key in place of {nyckel}. */
export function sliceJson(slice: Slice, baseUrl: string) {
	return {
		kind: slice.kind,
		name: slice.name,
		page: urls.absolute(slice.page, baseUrl),
		count: slice.projects.length,
		projectFile: urls.absolute(urls.projectJson('{nyckel}'), baseUrl).replace(encodeURIComponent('{nyckel}'), '{nyckel}'),
		projects: slice.projects.map((p) => p.key),
		...(slice.roles ? { decided: slice.roles.decided, owned: slice.roles.owned, coFinanced: slice.roles.coFinanced } : {}),
	};
}

/** The files of every slice, by path. */
export function sliceFiles(bank: Bank): Record<string, string> {
	const files: Record<string, string> = {};
	for (const slice of slices(bank)) {
		files[urls.projectsFile(slice.base, 'csv')] = sliceCsv(slice);
		files[urls.projectsFile(slice.base, 'json')] = JSON.stringify(sliceJson(slice, bank.config.baseUrl));
	}
	return files;
}

/**
 * The rows the search page's download is made of: each project's line of a slice, by the path of
 * its page (what a search hit knows), so the browser puts a CSV of any hits together without a CSV
 * writer of its own (client/search-download.ts).
 */
export function searchRows(projects: readonly ProjectEntry[]) {
	const lines = csvLines(sliceColumns, projects);
	return { header: csvHeader(sliceColumns), rows: Object.fromEntries(projects.map((p, i) => [urls.project(p.key), lines[i]!])) };
}

export type SearchRows = ReturnType<typeof searchRows>;
