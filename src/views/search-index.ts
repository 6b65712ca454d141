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
import { caseNumberFile, caseNumberKey, type CaseNumberFiles } from '../client/shard-search.ts';
import { urls } from '../urls.ts';
import type { Bank } from './bank.ts';
import { searchRecord, searchSortValue, UNDATED_DECISION, UNDECIDED } from './search.ts';

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

export function indexRecord(entry: ProjectEntry, bank: Pick<Bank, 'displayNames'>): SearchIndexRecord {
	const p = entry.data;
	const record = searchRecord(entry, bank);
	const sort = Object.fromEntries(Object.entries(record.sort).map(([key, value]) => [key, value!]));
	return {
		url: urls.project(entry.key),
		content: [p.title, p.id, p.ref, record.meta.owner, record.meta.places, p.fund, plainText(entry.body), ...p.decisions.map((d) => d.summary)].filter(Boolean).join('. '),
		language: 'sv',
		meta: {
			title: p.title,
			...(p.id ? { arende: p.id } : {}),
			...(p.ref ? { dnr: p.ref } : {}),
			...record.meta,
			...Object.fromEntries(Object.entries(sort).map(([key, value]) => [`${SORT_META_PREFIX}${key}`, value])),
		},
		filters: record.filters,
		sort,
	};
}

/** The bucket a project falls in: the year it was decided, or undated, or undecided. */
function bucketOf(entry: ProjectEntry): string {
	return decisionYear(entry.data) ?? (isDecided(entry.data.status) ? UNDATED_DECISION : UNDECIDED);
}

const bucketIds: Record<string, string> = { [UNDATED_DECISION]: 'utan-datum', [UNDECIDED]: 'ej-avgjorda' };
const bucketLabels: Record<string, string> = { [UNDATED_DECISION]: 'beslut utan datum i källan', [UNDECIDED]: 'ansökningar som inte är avgjorda' };

/**
 * The shards, newest decisions first, then the undated, then the undecided. Consecutive years share
 * a shard while it holds at most `size` projects; a bigger year is split by decision date.
 */
export function searchShards(bank: Pick<Bank, 'projects' | 'displayNames'>, size = SHARD_SIZE): SearchShard[] {
	const buckets = groupBy(bank.projects, (p) => [bucketOf(p)]);
	const years = [...buckets.keys()].filter((b) => !(b in bucketIds)).sort().reverse();
	const order = [...years, ...[UNDATED_DECISION, UNDECIDED].filter((b) => buckets.has(b))];

	const groups: { buckets: string[]; projects: ProjectEntry[]; part?: number }[] = [];
	for (const bucket of order) {
		const projects = buckets.get(bucket)!;
		const last = groups.at(-1);
		const isYear = !(bucket in bucketIds);
		if (projects.length > size) {
			const sorted = [...projects].sort((a, b) => (decidedOn(b.data) ?? '').localeCompare(decidedOn(a.data) ?? '') || a.key.localeCompare(b.key));
			for (let i = 0; i * size < sorted.length; i++) groups.push({ buckets: [bucket], projects: sorted.slice(i * size, (i + 1) * size), part: i + 1 });
		} else if (last && isYear && last.part === undefined && !(last.buckets[0]! in bucketIds) && last.projects.length + projects.length <= size) {
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
		const placed = shards.flatMap((shard) => shard.records.map((record) => ({ shard: shard.id, numbers: [record.meta.arende, record.meta.dnr] })));
		const byKey = groupBy(placed, (p) => p.numbers.filter((n): n is string => Boolean(n)).map(caseNumberKey));
		const files = Math.max(1, Math.ceil(byKey.size / CASE_NUMBERS_PER_FILE));
		const content: Record<string, string[]>[] = Array.from({ length: files }, () => ({}));
		for (const [key, holders] of byKey) content[caseNumberFile(key, files)]![key] = [...new Set(holders.map((h) => h.shard))];
		lookups.set(shards, (lookup = { files, content }));
	}
	return lookup;
}

/** What the search page needs to know of the shards: the order to search them in and where each lies, and the case-number lookup. */
export interface SearchManifest {
	shards: { id: string; label: string; years: string[]; count: number; path: string }[];
	caseNumbers: CaseNumberFiles;
}

export function searchManifest(shards: readonly SearchShard[]): SearchManifest {
	return {
		shards: shards.map((s, i) => ({ id: s.id, label: s.label, years: s.years, count: s.records.length, path: urls.searchShard(i === 0 ? undefined : s.id) })),
		caseNumbers: { files: caseNumberFiles(shards).files, path: urls.caseNumbers('{n}') },
	};
}
