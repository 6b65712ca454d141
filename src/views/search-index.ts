/**
 * The search index as data: one Pagefind record per project (its text, filters, sort values and
 * the fields a result card shows), split into shards by when the project was decided, so that a
 * first search loads one shard and not the whole bank. The search-index integration writes one
 * Pagefind bundle per shard; the search page searches them newest first (client/project-search.ts).
 */
import { decidedOn, decisionYear } from '../domain/decisions.ts';
import { groupBy } from '../domain/grouping.ts';
import { isDecided } from '../domain/measures.ts';
import type { ProjectEntry } from '../domain/project.ts';
import {
	bucketKey,
	caseNumberFile,
	caseNumberKey,
	nameBucket,
	type CaseNumberFiles,
	type NamedEntity,
	type NameFiles,
	type ShardInfo,
} from '../client/shard-search.ts';
import { fold } from '../domain/text.ts';
import { urls } from '../urls.ts';
import type { Bank } from './bank.ts';
import { searchRecord, UNDATED_DECISION, UNDECIDED } from './search.ts';

/**
 * At most this many projects in a shard: a first search then transfers well under 300 KB, a changed
 * entry re-indexes one small shard, and Pagefind, indexing while Astro renders, needs about 220 MB
 * (2,500 took 300-380 MB; see npm run bench).
 */
export const SHARD_SIZE = 1500;

/** The filter that selects a shard, and the meta fields that carry exact sort values for merging across shards. */
export const SHARD_FILTER = 'del';
export const SORT_META_PREFIX = 'sort_';

export interface SearchIndexRecord {
	url: string;
	/** The text searched: title, case numbers, owner, places, summary and decisions. */
	content: string;
	language: 'sv';
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	sort: Record<string, string>;
}

export interface SearchShard {
	/** Stable and readable: "2025", "2020-del-2", "utan-datum", "ej-avgjorda". */
	id: string;
	/** What the shard holds, in Swedish: "2025", "2019–2021", "beslut utan datum i källan". */
	label: string;
	/** The decision years it holds, and whether it holds undated or undecided projects. */
	years: string[];
	records: SearchIndexRecord[];
}

/** Markdown as plain text for the index: no markup, links as their words. */
export function plainText(markdown: string): string {
	return markdown
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/^\s{0,3}(?:#{1,6}|[-*+]|\d+\.)\s+/gm, '')
		.replace(/[*_`>]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Filters the form does not offer, for the search box: a project's case numbers (as caseNumberKey
 * writes them) and the bodies that decided on it. With the form's filters they select exactly the
 * projects a place, an organisation or a case number names (client/project-search.ts).
 */
export const CASE_NUMBER_FILTER = 'nummer';
export const BODY_FILTER = 'organ';
/** The meta field holding every name a project is known by, whole; the search page weighs it above prose. */
export const NAMES_META = 'namn';

export function indexRecord(entry: ProjectEntry, bank: Pick<Bank, 'displayNames'>): SearchIndexRecord {
	const p = entry.data;
	const record = searchRecord(entry, bank);
	const caseNumbers = [p.id, p.ref].filter((n): n is string => Boolean(n));
	const bodies = [...new Set(p.decisions.flatMap((d) => d.body ?? []))];
	const f = record.filters;
	// Every name whole, not the card's short list: a project working in 15 municipalities is found by each.
	const names = [...new Set([...caseNumbers, ...f.kommun, ...f.lan, ...f.agare, ...f.finansiar, ...f.fond, ...f.beslutande, ...bodies])];
	return {
		url: urls.project(entry.key),
		// Prose only: names and numbers are in their own field, so excerpts show what the project does.
		content: [p.title, plainText(entry.body), ...p.decisions.map((d) => d.summary)].filter(Boolean).join('. '),
		language: 'sv',
		meta: {
			title: p.title,
			...(p.id ? { arende: p.id } : {}),
			...(p.ref ? { dnr: p.ref } : {}),
			...record.meta,
			[NAMES_META]: names.join(' · '),
			...Object.fromEntries(Object.entries(record.sort).map(([key, value]) => [`${SORT_META_PREFIX}${key}`, value])),
		},
		filters: { ...record.filters, [CASE_NUMBER_FILTER]: caseNumbers.map(caseNumberKey), [BODY_FILTER]: bodies },
		sort: record.sort,
	};
}

/** The bucket a project falls in: the year it was decided, or undated, or undecided. */
function bucketOf(entry: ProjectEntry): string {
	return decisionYear(entry.data) ?? (isDecided(entry.data.status) ? UNDATED_DECISION : UNDECIDED);
}

const bucketIds: Record<string, string> = { [UNDATED_DECISION]: 'utan-datum', [UNDECIDED]: 'ej-avgjorda' };
const bucketLabels: Record<string, string> = {
	[UNDATED_DECISION]: 'beslut utan datum i källan',
	[UNDECIDED]: 'ansökningar som inte är avgjorda',
};

/**
 * The shards, newest decisions first, then the undated, then the undecided. Consecutive years share
 * a shard while it holds at most `size` projects; a bigger year is split by decision date.
 */
export function searchShards(bank: Pick<Bank, 'projects' | 'displayNames'>, size = SHARD_SIZE): SearchShard[] {
	const buckets = groupBy(bank.projects, (p) => [bucketOf(p)]);
	const years = [...buckets.keys()]
		.filter((b) => !(b in bucketIds))
		.sort()
		.reverse();
	const order = [...years, ...[UNDATED_DECISION, UNDECIDED].filter((b) => buckets.has(b))];

	const groups: { buckets: string[]; projects: ProjectEntry[]; part?: number }[] = [];
	for (const bucket of order) {
		const projects = buckets.get(bucket)!;
		const last = groups.at(-1);
		const isYear = !(bucket in bucketIds);
		if (projects.length > size) {
			const sorted = [...projects].sort(
				(a, b) => (decidedOn(b.data) ?? '').localeCompare(decidedOn(a.data) ?? '') || a.key.localeCompare(b.key),
			);
			for (let i = 0; i * size < sorted.length; i++)
				groups.push({ buckets: [bucket], projects: sorted.slice(i * size, (i + 1) * size), part: i + 1 });
		} else if (
			last &&
			isYear &&
			last.part === undefined &&
			!(last.buckets[0]! in bucketIds) &&
			last.projects.length + projects.length <= size
		) {
			last.buckets.push(bucket);
			last.projects.push(...projects);
		} else {
			groups.push({ buckets: [bucket], projects: [...projects] });
		}
	}
	return groups.map((group) => {
		const first = group.buckets[0]!;
		const base = bucketIds[first] ?? (group.buckets.length > 1 ? `${group.buckets.at(-1)}-${first}` : first);
		const id = group.part ? `${base}-del-${group.part}` : base;
		const yearLabel = group.buckets.length > 1 ? `${group.buckets.at(-1)}–${first}` : first;
		const label = (bucketLabels[first] ?? yearLabel) + (group.part ? `, del ${group.part}` : '');
		return {
			id,
			label,
			years: group.buckets,
			records: group.projects.map((p) => {
				const record = indexRecord(p, bank);
				return { ...record, filters: { ...record.filters, [SHARD_FILTER]: [id] } };
			}),
		};
	});
}

/** Case numbers per lookup file: a file is a few KB, fetched before a case number is searched. */
export const CASE_NUMBERS_PER_FILE = 500;

// Made once per build: the manifest needs the number of files, the file bundle their content.
const lookups = new WeakMap<readonly SearchShard[], { files: number; content: Record<string, string[]>[] }>();

/**
 * Which shards hold each ärende-id and diarienummer, in lookup files (client/shard-search.ts
 * caseNumberFile), so that searching a case number loads the shard of its project, not every shard.
 */
export function caseNumberFiles(shards: readonly SearchShard[]): { files: number; content: Record<string, string[]>[] } {
	let lookup = lookups.get(shards);
	if (!lookup) {
		const placed = shards.flatMap((shard) =>
			shard.records.map((record) => ({ shard: shard.id, numbers: [record.meta.arende, record.meta.dnr] })),
		);
		const byKey = groupBy(placed, (p) => p.numbers.filter((n): n is string => Boolean(n)).map(caseNumberKey));
		const files = Math.max(1, Math.ceil(byKey.size / CASE_NUMBERS_PER_FILE));
		const content: Record<string, string[]>[] = Array.from({ length: files }, () => ({}));
		for (const [key, holders] of byKey) content[caseNumberFile(key, files)]![key] = [...new Set(holders.map((h) => h.shard))];
		lookups.set(shards, (lookup = { files, content }));
	}
	return lookup;
}

/** The filters that name an organisation, a fund or a decider, and what each says of the projects it selects. */
const NAME_FILTERS = ['agare', 'finansiar', 'fond', 'beslutande', BODY_FILTER] as const;

const nameFiles = new WeakMap<readonly SearchShard[], Record<string, Record<string, NamedEntity>>>();

/**
 * Every organisation, fund, decider and deciding body of the bank, with the filters that
 * select exactly its projects, in lookup files by the first letter of the folded name
 * (client/shard-search.ts nameBucket): the search page fetches one when a query may be a name, to
 * search it as that name (and to correct a typo in it), not as words. Municipalities and counties
 * are on the search page itself.
 */
export function namedEntityFiles(shards: readonly SearchShard[]): Record<string, Record<string, NamedEntity>> {
	let files = nameFiles.get(shards);
	if (!files) {
		const byName = new Map<string, NamedEntity>();
		for (const record of shards.flatMap((s) => s.records)) {
			for (const filter of NAME_FILTERS) {
				for (const value of record.filters[filter] ?? []) {
					const key = fold(value);
					const entity = byName.get(key) ?? { name: value, filters: [] };
					if (!entity.filters.some(([f, v]) => f === filter && v === value)) entity.filters.push([filter, value]);
					byName.set(key, entity);
				}
			}
		}
		files = {};
		const byBucket = new Map<string, [string, NamedEntity][]>();
		for (const [key, entity] of [...byName].sort(([a], [b]) => a.localeCompare(b))) {
			const bucket = nameBucket(key);
			const names = byBucket.get(bucket);
			if (names) names.push([key, entity]);
			else byBucket.set(bucket, [[key, entity]]);
		}
		for (const [bucket, names] of byBucket)
			for (const [prefix, part] of splitBucket(bucket, names)) files[prefix] = Object.fromEntries(part);
		nameFiles.set(shards, files);
	}
	return files;
}

/**
 * At most this many names in a lookup file, where their letters allow: a bank of 100,000 projects
 * has some 10,000 owners, many under one first letter, and a file of them all would be some 100 KB.
 */
export const NAMES_PER_FILE = 400;

/** A bucket of too many names split by their next letter, recursively; names no longer than the prefix stay in its file. */
export function splitBucket(prefix: string, names: [string, NamedEntity][], max = NAMES_PER_FILE): [string, [string, NamedEntity][]][] {
	if (names.length <= max || prefix === '_') return [[prefix, names]];
	const own: [string, NamedEntity][] = [];
	const next = new Map<string, [string, NamedEntity][]>();
	for (const name of names) {
		const key = bucketKey(name[0]);
		if (key.length <= prefix.length) own.push(name);
		else {
			const child = key.slice(0, prefix.length + 1);
			const part = next.get(child);
			if (part) part.push(name);
			else next.set(child, [name]);
		}
	}
	return [
		...(own.length ? [[prefix, own] as [string, [string, NamedEntity][]]] : []),
		...[...next].flatMap(([child, part]) => splitBucket(child, part, max)),
	];
}

/** What the search page needs to know of the shards: the order to search them in and where each lies, and the case-number and name lookups. */
export interface SearchManifest {
	/** `decisionYears`: every year of the year filter its projects carry (an amendment's too), for a search by year. */
	shards: (ShardInfo & { decisionYears: string[] })[];
	caseNumbers: CaseNumberFiles;
	names: NameFiles;
}

export function searchManifest(shards: readonly SearchShard[]): SearchManifest {
	return {
		shards: shards.map((s, i) => ({
			id: s.id,
			label: s.label,
			years: s.years,
			decisionYears: [...new Set(s.records.flatMap((r) => r.filters.ar ?? []))].sort().reverse(),
			count: s.records.length,
			path: urls.searchShard(i === 0 ? undefined : s.id),
		})),
		caseNumbers: { files: caseNumberFiles(shards).files, path: urls.caseNumbers('{n}') },
		names: { buckets: Object.keys(namedEntityFiles(shards)).sort(), path: urls.searchNames('{b}') },
	};
}
