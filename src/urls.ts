/**
 * Every path the site links. Pages, components, the search index, the benchmark and the tests
 * build links here and nowhere else, so an address is defined once.
 */
import type { PriorityRef } from './domain/priorities.ts';
import { allMunicipalities, findCounty, type County, type Municipality } from './domain/registry.ts';
import { defaultSortOrder, type SortOrder } from './domain/listing.ts';
import { slugify } from './domain/text.ts';

/**
 * Municipality slugs are the folded name ("ornskoldsvik"); where two names fold alike (Habo and
 * Håbo) both get their county, so neither takes the other's address.
 */
const municipalitySlugs: ReadonlyMap<string, string> = (() => {
	const folded = new Map<string, Municipality[]>();
	for (const m of allMunicipalities) folded.set(slugify(m.name), [...(folded.get(slugify(m.name)) ?? []), m]);
	const slugs = new Map<string, string>();
	for (const [slug, group] of folded) {
		for (const m of group) slugs.set(m.name, group.length > 1 ? `${slug}-${slugify(findCounty(m.countyCode)!.shortName)}` : slug);
	}
	return slugs;
})();

export function municipalitySlug(m: Pick<Municipality, 'name'>): string {
	const slug = municipalitySlugs.get(m.name);
	if (!slug) throw new Error(`no municipality named ${JSON.stringify(m.name)}`);
	return slug;
}

export function countySlug(c: Pick<County, 'shortName'>): string {
	return slugify(c.shortName);
}

export const deciderSlug = (name: string): string => slugify(name);
export const fundSlug = (name: string): string => slugify(name);

/** "#region-vasterbotten-1": a priority area's place on the priorities page. */
export function priorityAnchor(decider: string, priority: PriorityRef): string {
	return slugify(`${decider} ${priority.code ?? priority.name}`);
}

export function subPriorityAnchor(decider: string, priority: PriorityRef, sub: string): string {
	return `${priorityAnchor(decider, priority)}-${slugify(sub)}`;
}

/** Query parameters of the search page, in the order they appear in a URL. */
export type SearchParams = Partial<
	Record<
		'q' | 'kommun' | 'lan' | 'beslutande' | 'prioritering' | 'fond' | 'status' | 'arbete' | 'agare' | 'finansiar' | 'ar' | 'sortera',
		string
	>
>;

/** The part of a list page's path after the list's base path: undefined for page 1 in the default order. */
export function listingRest(order: SortOrder, pageNumber = 1): string | undefined {
	if (order.slug === defaultSortOrder.slug && pageNumber === 1) return undefined;
	return pageNumber > 1 ? `lista/${order.slug}/${pageNumber}` : `lista/${order.slug}`;
}

export const urls = {
	home: '/',
	search: (params: SearchParams = {}) => {
		const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1]))).toString();
		return `/sok/${query ? `?${query}` : ''}`;
	},
	projects: '/projekt/',
	project: (key: string) => `/projekt/${key}/`,
	municipalities: '/kommun/',
	municipality: (m: Pick<Municipality, 'name'>) => `/kommun/${municipalitySlug(m)}/`,
	counties: '/lan/',
	county: (c: Pick<County, 'shortName'>) => `/lan/${countySlug(c)}/`,
	deciders: '/beslutande/',
	decider: (name: string) => `/beslutande/${deciderSlug(name)}/`,
	funds: '/fond/',
	fund: (name: string) => `/fond/${fundSlug(name)}/`,
	priorities: '/prioritering/',
	priority: (decider: string, priority: PriorityRef) => `/prioritering/#${priorityAnchor(decider, priority)}`,
	organisations: '/organisation/',
	/** By the organisation's identity (domain/organisations.ts organisationKey). */
	organisation: (key: string) => `/organisation/${key}/`,
	statistics: '/statistik/',
	/** The comparison of 2–4 municipalities or counties; the chosen places in the query, the default pair without. */
	compare: (kind?: 'kommun' | 'lan', names: readonly string[] = []) =>
		kind && names.length ? `/jamfor/?${new URLSearchParams(names.map((name) => [kind, name])).toString()}` : '/jamfor/',
	/** A page's embed, a small page for other sites' <iframe>: "/inbaddning/kommun/umea/" for "/kommun/umea/". */
	embed: (pagePath: string) => `/inbaddning${pagePath}`,
	/** One place's figures for the compare page's script. */
	compareData: (kind: 'kommun' | 'lan', slug: string) => `/jamfor/${kind}/${slug}.json`,
	/** "Om projektbanken" and the accessibility statement, the site's own editorial pages (MDX). */
	about: '/om/',
	accessibility: '/tillganglighet/',
	/** The source documents, each with its text and the projects it covers. */
	sources: '/kalla/',
	source: (slug: string) => `/kalla/${slug}/`,
	openData: '/data/',
	openDataJson: '/data/projekt.json',
	openDataCsv: '/data/projekt.csv',
	financingCsv: '/data/finansiering.csv',
	openDataSchema: '/data/schema.json',
	/** Data quality: what in the entries looks like a fault of the export, per decider. */
	dataQuality: '/data/kvalitet/',
	/** The DCAT-AP-SE catalogue of the open data, for data portals to harvest. */
	dcatCatalogue: '/data/katalog.rdf',
	/** The granted projects in the 360Giving Data Standard. */
	threeSixtyGiving: '/data/360giving.json',
	/** One project's open-data record, beside its page. */
	projectJson: (key: string) => `/projekt/${key}.json`,
	/** A page's projects as a file, beside the page: "/kommun/umea/projekt.csv". */
	projectsFile: (basePath: string, format: 'csv' | 'json') => `${basePath}projekt.${format}`,
	/** Where a priority area's files lie: the priorities page has no page of its own per area. */
	priorityFiles: (decider: string, priority: PriorityRef) => `/prioritering/${priorityAnchor(decider, priority)}/`,
	/** Counts and sums per municipality, county, decider, fund, priority area or organisation. */
	aggregate: (name: string) => `/data/${name}.csv`,
	/** The Atom feed of the decisions behind a page: "/kommun/umea/beslut.xml"; the whole bank's is "/beslut.xml". */
	feed: (basePath = '/') => `${basePath}beslut.xml`,
	/** One committed version of a project's data, a permalink to cite (views/history.ts): "/projekt/20372556/version/2.json". */
	projectVersion: (key: string, version: number) => `/projekt/${key}/version/${version}.json`,
	/** Where a project page lists its versions. */
	projectVersions: (key: string) => `/projekt/${key}/#versioner`,
	/** The change log of the whole bank: what changed in which entry, newest first. */
	changes: '/andringar/',
	/** The Atom feed of changes to the entries behind a page: "/kommun/umea/andringar.xml"; the whole bank's is "/andringar.xml". */
	changesFeed: (basePath = '/') => `${basePath}andringar.xml`,
	/** What a feed is and how to follow a page, for readers who have never used one. */
	follow: '/bevaka/',
	/** Pagefind's script, written by the search-index integration with the first (newest) shard. */
	pagefindScript: '/pagefind/pagefind.js',
	/** A shard of the search index: the first lies at /pagefind/ itself, the others under it. */
	searchShard: (id?: string) => (id ? `/pagefind/delar/${id}/` : '/pagefind/'),
	/** Which shards there are and what they hold (written by the search-index integration). */
	searchManifest: '/pagefind/delar.json',
	/** The records the integration indexes: written by the build, removed from the site once indexed. */
	searchRecords: (shard: string) => `/sokindex/${shard}.json`,
	/** The rows of a search shard's hits as CSV lines, for the search page's download (views/slices.ts searchRows). */
	searchRows: (shard: string) => `/sok/rader/${shard}.json`,
	/** Which search shards hold each case number, one lookup file of several (views/search-index.ts caseNumberFiles). */
	caseNumbers: (file: number | string) => `/sok/arenden/${file}.json`,
	/** The organisations, funds and deciders whose names begin with a letter (views/search-index.ts namedEntityFiles). */
	searchNames: (bucket: string) => `/sok/namn/${bucket}.json`,
	/** One order's cards for a search with no words, 50 to a file (views/sorted-lists.ts): `key` is the order's slug. */
	sortedRows: (key: string, chunk: string) => `/sok/ordning/${key}/rader/${chunk}.json`,
	/** Where a filter value's projects lie in one order (views/sorted-lists.ts): `file` is client/sorted-lists.ts listFileName. */
	sortedList: (key: string, filter: string, file: string) => `/sok/ordning/${key}/${filter}/${file}.json`,
	/** A bundle of files the build writes out (views/file-bundles.ts): build input, not part of the site. */
	fileBundle: (id: string) => `/filbuntar/${id}.json`,
	favicon: '/favicon.svg',
	/** The editing app (Sveltia CMS) and its configuration, made from the schema at build time. */
	admin: '/admin/',
	adminConfig: '/admin/config.json',
	/** The app's bundle (integrations/editing-app.ts) and its entry script. */
	adminApp: '/admin/app/',
	adminAppScript: '/admin/app/app.js',
	/**
	 * One page of a list in one order. Every list lives under its base path: page 1 in the default
	 * order is the base path itself, the rest under "lista/<order>/<page>/" (see listingRest).
	 */
	listing: (basePath: string, order: SortOrder, pageNumber = 1) => {
		const rest = listingRest(order, pageNumber);
		return rest === undefined ? basePath : `${basePath}${rest}/`;
	},
	/** The absolute form of a path, for open data and citations. */
	absolute: (path: string, baseUrl: string) => new URL(path, baseUrl).href,
} as const;

/** Whether a page belongs in the sitemap: every public page, not the editing app. */
export function inSitemap(page: string): boolean {
	// Embeds repeat their full page's figures inside other sites' frames: the full page is the one to find.
	const path = new URL(page).pathname;
	// The 404 pages are served for addresses that do not exist, not found themselves.
	return !path.startsWith(urls.admin) && !path.startsWith(urls.embed('/')) && !/(^|\/)404\/?$/.test(path);
}
