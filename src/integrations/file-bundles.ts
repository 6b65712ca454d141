/**
 * Writes the files the build rendered in bundles (views/file-bundles.ts: a JSON object of path →
 * content under /filbuntar/) into the site, one bundle at a time, and removes the bundles: build
 * input, not part of the site. Astro's pages are all written by then; prune-stale must run after
 * this and keep what it wrote (`written`).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { urls } from '../urls.ts';

const BUNDLES_DIR = dirname(urls.fileBundle('x')).slice(1);

/** Writes every bundle's files under `site`, removes the bundles, and returns the files written, relative to `site`. */
export function writeBundles(site: string): string[] {
	const dir = join(site, BUNDLES_DIR);
	const written: string[] = [];
	const folders = new Set<string>();
	for (const name of readdirSync(dir).sort()) {
		const files = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, string>;
		for (const [path, content] of Object.entries(files)) {
			const target = join(site, path);
			const inSite = relative(site, target);
			if (!path.startsWith('/') || inSite.startsWith('..') || isAbsolute(inSite))
				throw new Error(`file bundle ${name} names a file outside the site: ${JSON.stringify(path)}`);
			const folder = dirname(target);
			if (!folders.has(folder)) {
				mkdirSync(folder, { recursive: true });
				folders.add(folder);
			}
			writeFileSync(target, content);
			written.push(inSite);
		}
	}
	rmSync(dir, { recursive: true, force: true });
	return written;
}

export function fileBundles(): { integration: AstroIntegration; written: () => ReadonlySet<string> } {
	let written = new Set<string>();
	return {
		written: () => written,
		integration: {
			name: 'file-bundles',
			hooks: {
				'astro:build:start': () => {
					written = new Set();
				},
				'astro:build:done': ({ dir, logger }) => {
					const started = performance.now();
					written = new Set(writeBundles(fileURLToPath(dir)));
					logger.info(`${written.size} files written from bundles (${((performance.now() - started) / 1000).toFixed(1)} s)`);
				},
			},
		},
	};
}
