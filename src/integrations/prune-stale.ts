/**
 * Astro's incremental build keeps the last build's dist/ and leaves a page in place when its cache
 * key is unchanged, instead of copying it back from the cache (astro.config.mjs keeps dist/). So a
 * page that is no longer built (a deleted entry, a list that got shorter) would stay published.
 * This removes every file that this build did not make: what is not an output of a route, not a
 * public file, and not one of the bundles every build writes anew (told apart by their time:
 * written since the build started). The search index is the search-index integration's; the files
 * written from bundles are the file-bundles integration's, which says which they are.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export interface PruneOptions {
	/** Folders under dist/ that others look after, e.g. "pagefind". */
	skip: readonly string[];
	/** Folders whose files every build writes anew (Vite's bundles), judged by their time. */
	rewritten: readonly string[];
	/** Files another integration wrote in this build (file-bundles), relative to dist/; asked when the build is done. */
	alsoMade?: () => Iterable<string>;
}

/** Every file under a folder, relative to it; none if it does not exist. */
function filesUnder(dir: string): string[] {
	try {
		return readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((d) => d.isFile())
			.map((d) => relative(dir, join(d.parentPath, d.name)));
	} catch {
		return [];
	}
}

/**
 * Files under `dir` this build did not make, relative to `dir`: not among `kept` (the routes'
 * outputs and the public files), and in a rewritten folder not written since `since`.
 */
export function staleFiles(dir: string, kept: ReadonlySet<string>, since: number, options: PruneOptions): string[] {
	const walk = (path: string): string[] =>
		readdirSync(path, { withFileTypes: true }).flatMap((d) => {
			const full = join(path, d.name);
			if (options.skip.includes(relative(dir, full))) return [];
			return d.isDirectory() ? walk(full) : [full];
		});
	const written = (file: string) => options.rewritten.includes(file.split('/')[0]!) && statSync(join(dir, file)).mtimeMs >= since;
	const made = (file: string) => kept.has(file) || written(file);
	// A compressed copy (precompress.ts) lives as long as its file; that integration keeps it current.
	const copyOfMade = (file: string) => /\.(gz|br)$/.test(file) && made(file.slice(0, -3));
	return walk(dir)
		.map((file) => relative(dir, file))
		.filter((file) => !made(file) && !copyOfMade(file));
}

/** Removes the files and then the folders left empty. */
export function remove(dir: string, files: readonly string[]): void {
	for (const file of files) rmSync(join(dir, file));
	// Every folder is visited (no short cut): a full folder can hold one that was emptied.
	const prune = (path: string): boolean => {
		const emptied = readdirSync(path, { withFileTypes: true }).map((d) => d.isDirectory() && prune(join(path, d.name)));
		const empty = emptied.every(Boolean);
		if (empty && path !== dir) rmSync(path, { recursive: true });
		return empty;
	};
	prune(dir);
}

export function pruneStale(options: PruneOptions): AstroIntegration {
	let started = 0;
	let publicDir = '';
	return {
		name: 'prune-stale',
		hooks: {
			'astro:config:done': ({ config }) => {
				publicDir = fileURLToPath(config.publicDir);
			},
			'astro:build:start': () => {
				// Files written from now on belong to this build; a second's margin for coarse file times.
				started = Date.now() - 1000;
			},
			'astro:build:done': ({ dir, assets, logger }) => {
				const site = fileURLToPath(dir);
				const outputs = [...assets.values()].flat().map((url) => relative(site, fileURLToPath(url)));
				const stale = staleFiles(site, new Set([...outputs, ...filesUnder(publicDir), ...(options.alsoMade?.() ?? [])]), started, options);
				remove(site, stale);
				if (stale.length) logger.info(`${stale.length} file(s) of an earlier build removed`);
			},
		},
	};
}
