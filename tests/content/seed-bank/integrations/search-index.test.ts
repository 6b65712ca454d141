import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../../../src/integrations/search-index.ts';
import { createBank } from '../../../../src/views/bank.ts';
import { searchManifest, searchShards } from '../../../../src/views/search-index.ts';
import { siteConfig } from '../../../../src/site.config.ts';
import { shippedProjects } from '../../../helpers/shipped.ts';

/** A built site in miniature: the project pages' folders and the records the build leaves for indexing. */
function site(keys: readonly string[] = shippedProjects().map((p) => p.key)) {
	const dir = mkdtempSync(join(tmpdir(), 'search-index-'));
	const shards = searchShards(createBank(shippedProjects(), siteConfig));
	mkdirSync(join(dir, 'sokindex'), { recursive: true });
	writeFileSync(join(dir, 'sokindex/delar.json'), JSON.stringify(searchManifest(shards)));
	for (const shard of shards) writeFileSync(join(dir, `sokindex/${shard.id}.json`), JSON.stringify(shard));
	for (const key of keys) mkdirSync(join(dir, 'projekt', key), { recursive: true });
	mkdirSync(join(dir, 'projekt/lista'));
	return dir;
}

describe('the search index', () => {
	it('writes one Pagefind bundle per shard, the first complete at /pagefind/, and removes the records', async () => {
		const dir = site();
		const cache = mkdtempSync(join(tmpdir(), 'search-cache-'));
		expect(await writeSearchIndex(dir, cache)).toEqual({ shards: 3, records: 29, reused: 0 });
		expect(existsSync(join(dir, 'sokindex'))).toBe(false);
		const root = readdirSync(join(dir, 'pagefind'));
		for (const name of [
			'pagefind.js',
			'pagefind-worker.js',
			'wasm.sv.pagefind',
			'pagefind-entry.json',
			'delar.json',
			'delar',
			'fragment',
			'index',
			'filter',
		])
			expect(root, name).toContain(name);
		expect(root.some((name) => name.includes('-ui'))).toBe(false); // Pagefind's own UI is not used
		const other = readdirSync(join(dir, 'pagefind/delar/utan-datum'));
		expect(other).toContain('pagefind-entry.json');
		expect(other).not.toContain('wasm.sv.pagefind');
		const entry = JSON.parse(readFileSync(join(dir, 'pagefind/delar/utan-datum/pagefind-entry.json'), 'utf8'));
		expect(entry.languages.sv.page_count).toBe(17);
		expect(JSON.parse(readFileSync(join(dir, 'pagefind/delar.json'), 'utf8')).shards.map((s: { id: string }) => s.id)).toEqual([
			'2020-2023',
			'utan-datum',
			'ej-avgjorda',
		]);

		// Built again with the same records, every shard comes from the cache…
		const again = site();
		expect(await writeSearchIndex(again, cache)).toEqual({ shards: 3, records: 29, reused: 3 });
		expect(readdirSync(join(again, 'pagefind/delar/utan-datum')).sort()).toEqual(other.sort());
		// …and a site that already holds them is left as it is, but for shards no longer in the index.
		mkdirSync(join(again, 'pagefind/delar/1999'), { recursive: true });
		const entryTime = statSync(join(again, 'pagefind/pagefind-entry.json')).mtimeMs;
		const records = site();
		cpSync(join(records, 'sokindex'), join(again, 'sokindex'), { recursive: true });
		expect(await writeSearchIndex(again, cache)).toEqual({ shards: 3, records: 29, reused: 3 });
		expect(statSync(join(again, 'pagefind/pagefind-entry.json')).mtimeMs).toBe(entryTime);
		expect(existsSync(join(again, 'pagefind/delar/1999'))).toBe(false);
	}, 60_000);

	it('stops when a project page is missing from the records', async () => {
		const dir = site([...shippedProjects().map((p) => p.key), 'ett-till']);
		await expect(writeSearchIndex(dir)).rejects.toThrow('expected the 30 project pages in the search index, found 29 records');
	}, 60_000);
});
