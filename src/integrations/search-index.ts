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
 *
 * Pagefind runs in its own process, so the integration wraps Astro's prerenderer: the records are
 * rendered first, and each shard is indexed on the second core while Astro renders the pages.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import * as pagefind from 'pagefind';
import { urls } from '../urls.ts';
import { linkTree } from './link-tree.ts';
import type { SearchManifest, SearchShard } from '../views/search-index.ts';

const RECORDS_DIR = 'sokindex';
const INDEX_DIR = 'pagefind';
const SHARDS_DIR = 'delar';
const MANIFEST = 'delar.json';
/** In each shard's folder: the digest of the records it was indexed from. */
const DIGEST = '.digest';
/** What the search page loads of the first bundle besides its index: Pagefind's script, worker and Swedish WebAssembly. */
const RUNTIME = new Set(['pagefind.js', 'pagefind-worker.js', 'wasm.sv.pagefind']);
const isIndexFile = (name: string) =>
	name === 'pagefind-entry.json' || name.endsWith('.pf_meta') || ['index', 'fragment', 'filter'].includes(name);

async function indexShard(shard: SearchShard, outputPath: string): Promise<void> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'sv' });
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	// Sent all at once: Pagefind answers in order, and the round trips overlap.
	const added = await Promise.all(shard.records.map((record) => index.addCustomRecord(record)));
	added.forEach(({ errors }, i) => {
		if (errors.length) throw new Error(`Pagefind could not index ${shard.records[i]!.url}: ${errors.join('; ')}`);
	});
	const written = await index.writeFiles({ outputPath });
	if (written.errors.length) throw new Error(`Pagefind could not write shard ${shard.id}: ${written.errors.join('; ')}`);
	await index.deleteIndex();
}

/** Empties a shard's folder; the first shard's is the index's root, which also holds the other shards and the manifest. */
function clearShard(target: string, root: boolean): void {
	mkdirSync(target, { recursive: true });
	for (const name of readdirSync(target))
		if (!root || (name !== SHARDS_DIR && name !== MANIFEST)) rmSync(join(target, name), { recursive: true, force: true });
}

const pagefindVersion = () =>
	JSON.parse(readFileSync(join(fileURLToPath(import.meta.resolve('pagefind')), '../../package.json'), 'utf8')).version as string;

/** A shard's bundle: the digest of its records, and the folder Pagefind wrote it to. */
interface PreparedShard {
	id: string;
	count: number;
	digest: string;
	bundle: string;
	/** Taken from the cache, not indexed in this build. */
	reused: boolean;
}

/**
 * Prepares shards' bundles one at a time (so that memory stays that of one shard) as their records
 * come: from the cache when the records are unchanged, else indexed by Pagefind.
 */
export class ShardIndexer {
	readonly #workDir: string;
	readonly #cacheDir: string | undefined;
	readonly #version = pagefindVersion();
	#queue: Promise<unknown> = Promise.resolve();
	readonly #prepared = new Map<string, Promise<PreparedShard>>();

	/** Bundles go to `cacheDir`, kept between builds, or else to `workDir`. */
	constructor(workDir: string, cacheDir?: string) {
		this.#workDir = workDir;
		this.#cacheDir = cacheDir;
	}

	/** Starts on a shard's records, the JSON the build renders. */
	add(text: string): Promise<PreparedShard> {
		const shard = JSON.parse(text) as SearchShard;
		const prepared = this.#queue.then(() => this.#prepare(shard, text));
		this.#queue = prepared.catch(() => undefined);
		this.#prepared.set(shard.id, prepared);
		return prepared;
	}

	/** The shard under way or done, if it was added. */
	get(id: string): Promise<PreparedShard> | undefined {
		return this.#prepared.get(id);
	}

	/** Resolves when nothing is under way any more. */
	settled(): Promise<unknown> {
		return this.#queue;
	}

	async #prepare(shard: SearchShard, text: string): Promise<PreparedShard> {
		const digest = createHash('sha256').update(this.#version).update(text).digest('hex').slice(0, 32);
		const result = { id: shard.id, count: shard.records.length, digest };
		const bundle = join(this.#cacheDir ?? this.#workDir, digest);
		if (existsSync(join(bundle, 'pagefind-entry.json'))) return { ...result, bundle, reused: true };
		rmSync(bundle, { recursive: true, force: true });
		await indexShard(shard, bundle);
		return { ...result, bundle, reused: false };
	}
}

export interface SearchIndexResult {
	shards: number;
	records: number;
	/** Shards copied from the cache rather than indexed. */
	reused: number;
}

/**
 * Puts every shard of a built site in place, preparing those the indexer has not yet been given
 * from the records in dist/; `cacheDir` keeps shard bundles between builds, by the digest of their
 * records. `reused` counts the shards not indexed again.
 */
export async function writeSearchIndex(
	site: string,
	cacheDir?: string,
	indexer = new ShardIndexer(join(site, RECORDS_DIR), cacheDir),
): Promise<SearchIndexResult> {
	const input = join(site, RECORDS_DIR);
	const manifest = JSON.parse(readFileSync(join(input, MANIFEST), 'utf8')) as SearchManifest;
	const output = join(site, INDEX_DIR);
	mkdirSync(output, { recursive: true });
	const used = new Set<string>();
	let records = 0;
	let reused = 0;
	try {
		for (const [i, info] of manifest.shards.entries()) {
			const prepared = await (indexer.get(info.id) ?? indexer.add(readFileSync(join(input, `${info.id}.json`), 'utf8')));
			if (prepared.count !== info.count)
				throw new Error(`expected ${info.count} records in search shard ${info.id}, found ${prepared.count}`);
			records += prepared.count;
			used.add(prepared.digest);
			if (prepared.reused) reused++;
			const target = i === 0 ? output : join(output, SHARDS_DIR, info.id);
			const marker = join(target, DIGEST);
			if (existsSync(marker) && readFileSync(marker, 'utf8') === prepared.digest) continue;
			clearShard(target, i === 0);
			for (const name of readdirSync(prepared.bundle)) {
				if (isIndexFile(name) || (i === 0 && RUNTIME.has(name))) linkTree(join(prepared.bundle, name), join(target, name));
			}
			writeFileSync(marker, prepared.digest);
		}
	} finally {
		await indexer.settled();
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
	const projectPages = readdirSync(join(site, 'projekt'), { withFileTypes: true }).filter(
		(d) => d.isDirectory() && d.name !== 'lista',
	).length;
	if (records !== projectPages) throw new Error(`expected the ${projectPages} project pages in the search index, found ${records} records`);
	return { shards: manifest.shards.length, records, reused };
}

/** The records of a search shard, as the build renders them (pages/sokindex/[shard].json.ts), not the manifest. */
const isShardRecords = (pathname: string) =>
	pathname.startsWith(urls.searchRecords('').replace(/\.json$/, '')) && pathname !== urls.searchRecords(MANIFEST.replace(/\.json$/, ''));

/**
 * Astro's prerenderer, but rendering the search records before every page and handing each shard
 * to the indexer as it is rendered: Pagefind indexes while Astro renders the pages.
 */
export function indexingPrerenderer(base: AstroPrerenderer, indexer: () => ShardIndexer): AstroPrerenderer {
	return {
		...base,
		name: 'search-index',
		setup: () => base.setup?.() ?? Promise.resolve(),
		async getStaticPaths() {
			const paths = await base.getStaticPaths();
			return [...paths.filter((p) => isShardRecords(p.pathname)), ...paths.filter((p) => !isShardRecords(p.pathname))];
		},
		async render(request, options) {
			const result = await base.render(request, options);
			const response = result instanceof Response ? result : result.response;
			if (response.ok && isShardRecords(new URL(request.url).pathname.replace(/\/$/, '')))
				void indexer().add(await response.clone().text());
			return result;
		},
		teardown: () => base.teardown?.() ?? Promise.resolve(),
	};
}

export function searchIndex(): AstroIntegration {
	let cacheDir: string | undefined;
	let site: string | undefined;
	let indexer: ShardIndexer | undefined;
	const currentIndexer = () => (indexer ??= new ShardIndexer(join(site!, RECORDS_DIR), cacheDir));
	return {
		name: 'search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = fileURLToPath(new URL('search-index/', config.cacheDir));
				site = fileURLToPath(config.outDir);
			},
			'astro:build:start': ({ setPrerenderer }) => {
				indexer = undefined;
				setPrerenderer((base) => indexingPrerenderer(base, currentIndexer));
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const result = await writeSearchIndex(fileURLToPath(dir), cacheDir, currentIndexer());
				const seconds = ((performance.now() - started) / 1000).toFixed(1);
				logger.info(
					`${result.records} projects indexed (Swedish) in ${result.shards} shard(s), ${result.reused} unchanged since the last build (${seconds} s after the pages)`,
				);
			},
		},
	};
}
