/**
 * Files the site publishes by the thousand (a JSON file per project, each page's projects as CSV and
 * JSON, the feeds, the aggregates, the search page's download rows) are not one Astro route each:
 * at 10,000 projects that would cost seconds. The build renders them in a few bundles instead
 * (pages/filbuntar/), each a JSON object of path → content, and the file-bundles integration writes
 * the files and removes the bundles. The content is made here, the integration only writes.
 */
import { urls } from '../urls.ts';
import { aggregateFiles } from './aggregates.ts';
import type { Bank } from './bank.ts';
import { loadBank } from './collection.ts';
import { feedFiles } from './feeds.ts';
import { changeFeedFiles, versionFiles } from './history.ts';
import { openDataRecords } from './open-data.ts';
import { caseNumberFiles, namedEntityFiles } from './search-index.ts';
import { searchShardsOf } from './search-page.ts';
import { searchRows, sliceFiles } from './slices.ts';
import { sortedListFiles, sortedListSlugs, sortedRowFiles } from './sorted-lists.ts';
import { searchSortKeys } from '../domain/listing.ts';

/** Path → content. */
export type FileBundle = Record<string, string>;

/** Projects' JSON files per bundle: a bundle is one string in memory while it is rendered and written. */
export const PROJECTS_PER_BUNDLE = 1000;

const fixedBundles: Record<string, (bank: Bank) => FileBundle> = {
	urval: sliceFiles,
	floden: feedFiles,
	andringsfloden: changeFeedFiles,
	sammanstallningar: (bank) => Object.fromEntries(aggregateFiles(bank).map((file) => [urls.aggregate(file.name), file.csv()])),
	sokord: (bank) =>
		Object.fromEntries(
			Object.entries(namedEntityFiles(searchShardsOf(bank))).map(([bucket, names]) => [urls.searchNames(bucket), JSON.stringify(names)]),
		),
	arenden: (bank) =>
		Object.fromEntries(caseNumberFiles(searchShardsOf(bank)).content.map((file, n) => [urls.caseNumbers(n), JSON.stringify(file)])),
	// A search with no words, by order key: the cards in order, and where each filter value's projects lie in it.
	...Object.fromEntries(
		searchSortKeys.flatMap((key) => [
			[`ordning-${sortedListSlugs[key]}-rader`, (bank: Bank) => sortedRowFiles(bank, key)],
			[`ordning-${sortedListSlugs[key]}-urval`, (bank: Bank) => sortedListFiles(bank, key)],
		]),
	),
	sokrader: (bank) => {
		const byPage = new Map(bank.projects.map((p) => [urls.project(p.key), p]));
		return Object.fromEntries(
			searchShardsOf(bank).map((shard) => [
				urls.searchRows(shard.id),
				JSON.stringify(searchRows(shard.records.map((r) => byPage.get(r.url)!))),
			]),
		);
	},
};

export function bundleIds(bank: Pick<Bank, 'projects' | 'history'>): string[] {
	const chunks = Math.ceil(bank.projects.length / PROJECTS_PER_BUNDLE);
	const chunkIds = (prefix: string) => Array.from({ length: chunks }, (_, i) => `${prefix}-${i + 1}`);
	// Each project's versions (views/history.ts) are bundled with the same projects as their JSON files.
	return [...chunkIds('projekt'), ...(bank.history.available ? chunkIds('versioner') : []), ...Object.keys(fixedBundles)];
}

export function bundle(bank: Bank, id: string): FileBundle {
	const chunk = /^projekt-(\d+)$/.exec(id);
	if (chunk) {
		const start = (Number(chunk[1]) - 1) * PROJECTS_PER_BUNDLE;
		return Object.fromEntries(
			openDataRecords(bank)
				.slice(start, start + PROJECTS_PER_BUNDLE)
				.map((record) => [urls.projectJson(record.key), JSON.stringify(record)]),
		);
	}
	const versions = /^versioner-(\d+)$/.exec(id);
	if (versions) {
		const start = (Number(versions[1]) - 1) * PROJECTS_PER_BUNDLE;
		return versionFiles(bank, bank.projects.slice(start, start + PROJECTS_PER_BUNDLE));
	}
	const make = fixedBundles[id];
	if (!make) throw new Error(`no file bundle ${JSON.stringify(id)}`);
	return make(bank);
}

export async function paths() {
	return bundleIds(await loadBank()).map((id) => ({ params: { bundle: id } }));
}

export async function content(id: string): Promise<string> {
	return JSON.stringify(bundle(await loadBank(), id));
}
