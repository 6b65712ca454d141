/**
 * Writes the search index when Astro has written the site, so `astro build` alone yields the whole
 * site. The build leaves the index's records as JSON under /sokindex/ (views/search-index.ts); this
 * indexes each shard into its own Pagefind bundle, in Swedish, one shard at a time so that memory
 * stays that of one shard, and removes the records from the site.
 *
 * The first shard (the newest decisions) is a complete bundle at /pagefind/; the others lie under
 * /pagefind/delar/<id>/ without Pagefind's script and WebAssembly, which the search page loads once
 * and merges them into. A shard whose records are unchanged since an earlier build is copied from
 * the cache instead of indexed again, and left as it is when dist/ already holds it.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { SearchManifest, SearchShard } from '../views/search-index.ts';

const RECORDS_DIR = 'sokindex';
const INDEX_DIR = 'pagefind';
const SHARDS_DIR = 'delar';
const MANIFEST = 'delar.json';
/** In each shard's folder: the digest of the records it was indexed from. */
const DIGEST = '.digest';
/** What the search page loads of the first bundle besides its index: Pagefind's script, worker and Swedish WebAssembly. */
const RUNTIME = new Set(['pagefind.js', 'pagefind-worker.js', 'wasm.sv.pagefind']);
const isIndexFile = (name: string) => name === 'pagefind-entry.json' || name.endsWith('.pf_meta') || ['index', 'fragment', 'filter'].includes(name);

async function indexShard(shard: SearchShard, outputPath: string): Promise<void> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'sv' });
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	for (const record of shard.records) {
		const added = await index.addCustomRecord(record);
		if (added.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
	}
	const written = await index.writeFiles({ outputPath });
	if (written.errors.length) throw new Error(`Pagefind could not write shard ${shard.id}: ${written.errors.join('; ')}`);
	await index.deleteIndex();
}

/** Empties a shard's folder; the first shard's is the index's root, which also holds the other shards and the manifest. */
function clearShard(target: string, root: boolean): void {
	mkdirSync(target, { recursive: true });
	for (const name of readdirSync(target)) if (!root || (name !== SHARDS_DIR && name !== MANIFEST)) rmSync(join(target, name), { recursive: true, force: true });
}

export interface SearchIndexResult {
	shards: number;
	records: number;
	/** Shards copied from the cache rather than indexed. */
	reused: number;
}

/**
 * Indexes every shard of a built site; `cacheDir` keeps shard bundles between builds, by the digest
 * of their records. `reused` counts the shards not indexed again.
 */
export async function writeSearchIndex(site: string, cacheDir?: string): Promise<SearchIndexResult> {
	const input = join(site, RECORDS_DIR);
	const manifest = JSON.parse(readFileSync(join(input, MANIFEST), 'utf8')) as SearchManifest;
	const version = JSON.parse(readFileSync(join(fileURLToPath(import.meta.resolve('pagefind')), '../../package.json'), 'utf8')).version as string;
	const output = join(site, INDEX_DIR);
	mkdirSync(output, { recursive: true });
	const used = new Set<string>();
	let records = 0;
	let reused = 0;
	try {
		for (const [i, info] of manifest.shards.entries()) {
			const text = readFileSync(join(input, `${info.id}.json`), 'utf8');
			const shard = JSON.parse(text) as SearchShard;
			if (shard.records.length !== info.count) throw new Error(`expected ${info.count} records in search shard ${info.id}, found ${shard.records.length}`);
			records += shard.records.length;
			const digest = createHash('sha256').update(version).update(text).digest('hex').slice(0, 32);
			used.add(digest);
			const target = i === 0 ? output : join(output, SHARDS_DIR, info.id);
			const marker = join(target, DIGEST);
			if (existsSync(marker) && readFileSync(marker, 'utf8') === digest) {
				reused++;
				continue;
			}
			const bundle = cacheDir ? join(cacheDir, digest) : join(input, `bundle-${info.id}`);
			if (cacheDir && existsSync(join(bundle, 'pagefind-entry.json'))) reused++;
			else {
				rmSync(bundle, { recursive: true, force: true });
				await indexShard(shard, bundle);
			}
			clearShard(target, i === 0);
			for (const name of readdirSync(bundle)) {
				if (isIndexFile(name) || (i === 0 && RUNTIME.has(name))) cpSync(join(bundle, name), join(target, name), { recursive: true });
			}
			writeFileSync(marker, digest);
		}
	} finally {
		await pagefind.close();
	}
	const shardsDir = join(output, SHARDS_DIR);
	if (existsSync(shardsDir)) {
		const ids = new Set(manifest.shards.map((s) => s.id));
		for (const name of readdirSync(shardsDir)) if (!ids.has(name)) rmSync(join(shardsDir, name), { recursive: true, force: true });
	}
	writeFileSync(join(output, MANIFEST), JSON.stringify(manifest));
	rmSync(input, { recursive: true, force: true });
	if (cacheDir && existsSync(cacheDir)) {
		for (const name of readdirSync(cacheDir)) if (!used.has(name)) rmSync(join(cacheDir, name), { recursive: true, force: true });
	}
	const projectPages = readdirSync(join(site, 'projekt'), { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'lista').length;
	if (records !== projectPages) throw new Error(`expected the ${projectPages} project pages in the search index, found ${records} records`);
	return { shards: manifest.shards.length, records, reused };
}

export function searchIndex(): AstroIntegration {
	let cacheDir: string | undefined;
	return {
		name: 'search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = fileURLToPath(new URL('search-index/', config.cacheDir));
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const result = await writeSearchIndex(fileURLToPath(dir), cacheDir);
				const seconds = ((performance.now() - started) / 1000).toFixed(1);
				logger.info(`${result.records} projects indexed (Swedish) in ${result.shards} shard(s), ${result.reused} unchanged since the last build (${seconds} s)`);
			},
		},
	};
}
