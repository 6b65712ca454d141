/**
 * The sorted lists a search with no words is answered from (client/sorted-lists.ts): for each
 * order key of the search page (granted amount, total budget, decision date, start date), the whole
 * bank in that order as cards, 50 to a file, and for each value of each filter the positions of its
 * projects in that order. Largest or latest first; a figure or date the source lacks sorts last,
 * never as zero, and stays last when the search page reads the order backwards.
 */
import { searchSortKeys, sortProjects, sortValue, type SortKey } from '../domain/listing.ts';
import type { ProjectEntry } from '../domain/project.ts';
import { listFileName, type ListFile, type Row, type SortedListsInfo } from '../client/sorted-lists.ts';
import { urls } from '../urls.ts';
import type { Bank } from './bank.ts';
import { searchFilters, searchRecord, type SearchRecord } from './search.ts';

/** Cards per rows file: a first page of ten reads one file, or up to ten for a sparse filter. */
export const ROWS_PER_CHUNK = 50;

/** The path segment of each order key. */
export const sortedListSlugs: Partial<Record<SortKey, string>> = { granted: 'belopp', budget: 'budget', date: 'beslut', start: 'start' };

interface Ordered {
	projects: ProjectEntry[];
	/** How many have the value: they come first. */
	present: number;
}

const records = new WeakMap<Bank, Map<ProjectEntry, SearchRecord>>();
const orders = new WeakMap<Bank, Map<SortKey, Ordered>>();

function recordsOf(bank: Bank): Map<ProjectEntry, SearchRecord> {
	let made = records.get(bank);
	if (!made) records.set(bank, (made = new Map(bank.projects.map((p) => [p, searchRecord(p, bank)]))));
	return made;
}

/** The bank in one order, descending, projects without the value last (domain/listing.ts sortProjects). */
export function sortedOrder(bank: Bank, key: SortKey): Ordered {
	let byKey = orders.get(bank);
	if (!byKey) orders.set(bank, (byKey = new Map()));
	let ordered = byKey.get(key);
	if (!ordered) {
		const projects = sortProjects(bank.projects, { key, direction: 'desc' });
		byKey.set(key, (ordered = { projects, present: projects.filter((p) => sortValue(p.data, key) !== undefined).length }));
	}
	return ordered;
}

export function sortedListsInfo(bank: Bank): SortedListsInfo {
	return {
		total: bank.projects.length,
		chunk: ROWS_PER_CHUNK,
		keys: Object.fromEntries(searchSortKeys.map((key) => [key, { slug: sortedListSlugs[key]!, present: sortedOrder(bank, key).present }])),
		rows: urls.sortedRows('{k}', '{n}'),
		list: urls.sortedList('{k}', '{f}', '{v}'),
	};
}

/** A card's fields, as the search index's result cards show them (views/search.ts searchRecord). */
function row(entry: ProjectEntry, record: SearchRecord): Row {
	const m = record.meta;
	return [urls.project(entry.key), entry.data.title, m.status, m.tone, m.amount, m.owner, m.places, m.decision];
}

/** Ascending positions as the smaller of deltas and a bitset. */
export function listFile(positions: readonly number[], total: number): ListFile {
	const deltas = positions.map((p, i) => (i === 0 ? p : p - positions[i - 1]!));
	const bits = new Uint8Array(Math.ceil(total / 8));
	for (const p of positions) bits[p >> 3]! |= 1 << (p & 7);
	const b = Buffer.from(bits).toString('base64');
	return JSON.stringify(deltas).length <= b.length ? { n: positions.length, d: deltas } : { n: positions.length, b };
}

/** The cards of one order, in chunks: path → content. */
export function sortedRowFiles(bank: Bank, key: SortKey): Record<string, string> {
	const slug = sortedListSlugs[key]!;
	const recordOf = recordsOf(bank);
	const { projects } = sortedOrder(bank, key);
	const files: Record<string, string> = {};
	for (let n = 0; n * ROWS_PER_CHUNK < projects.length; n++) {
		const rows = projects.slice(n * ROWS_PER_CHUNK, (n + 1) * ROWS_PER_CHUNK).map((p) => row(p, recordOf.get(p)!));
		files[urls.sortedRows(slug, String(n))] = JSON.stringify(rows);
	}
	return files;
}

/** Each filter value's positions in one order: path → content. Two values whose file names collide stop the build. */
export function sortedListFiles(bank: Bank, key: SortKey): Record<string, string> {
	const slug = sortedListSlugs[key]!;
	const recordOf = recordsOf(bank);
	const { projects } = sortedOrder(bank, key);
	const files: Record<string, string> = {};
	for (const filter of searchFilters) {
		const positions = new Map<string, number[]>();
		projects.forEach((p, i) => {
			for (const value of recordOf.get(p)!.filters[filter.name]) {
				const list = positions.get(value);
				if (list) list.push(i);
				else positions.set(value, [i]);
			}
		});
		const named = new Map<string, string>();
		for (const [value, list] of positions) {
			const name = listFileName(value);
			if (named.has(name))
				throw new Error(`sorted lists: ${filter.name} values ${named.get(name)} and ${value} share the file name ${name}`);
			named.set(name, value);
			files[urls.sortedList(slug, filter.name, name)] = JSON.stringify(listFile(list, projects.length));
		}
	}
	return files;
}
