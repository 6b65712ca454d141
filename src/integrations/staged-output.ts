/**
 * The site is built in a staging folder beside dist/ (`dist.next/`) and swapped in only when the
 * build is whole, after every other integration's last step (_headers, sitemap, search index): a
 * build that fails or is interrupted (Ctrl-C, SIGTERM, kill -9) leaves the previous dist/ whole.
 * This holds for `astro build` run directly too, since the integration redirects Astro's outDir.
 *
 * Astro's incremental build keeps the pages it finds in its outDir, so the staging folder starts as
 * a copy of the last good dist/. Not as hard links: Astro, Vite, Pagefind and the sitemap rewrite
 * files in place (open, truncate, write), which through a shared inode would change the published
 * site while the build runs. Instead, the folder dist/ replaced is kept as the next staging folder
 * and brought up to date with dist/ by copying only the files that differ (size or time), which is
 * about what the last build wrote; each copy is a clone where the file system can (copy on write).
 */
import {
	constants,
	copyFileSync,
	existsSync,
	mkdirSync,
	readdirSync,
	renameSync,
	rmSync,
	statSync,
	utimesSync,
	type Dirent,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The staging folder and the one the old site passes through during the swap, beside the site. */
export const stagingFolder = (site: string) => `${site}.next`;
const previousFolder = (site: string) => `${site}.prev`;

/** Makes `to` hold exactly the files of `from` (an absent `from` leaves no `to`); returns how many files were copied. */
export function syncTree(from: string, to: string): number {
	if (!existsSync(from)) {
		rmSync(to, { recursive: true, force: true });
		return 0;
	}
	const sync = (source: string, target: string): number => {
		const wanted = new Map<string, Dirent>(readdirSync(source, { withFileTypes: true }).map((d) => [d.name, d]));
		let present: Dirent[] = [];
		try {
			present = readdirSync(target, { withFileTypes: true });
		} catch {
			mkdirSync(target, { recursive: true });
		}
		for (const d of present) {
			const s = wanted.get(d.name);
			if (!s || s.isDirectory() !== d.isDirectory() || d.isSymbolicLink()) rmSync(join(target, d.name), { recursive: true, force: true });
		}
		let copied = 0;
		for (const [name, d] of wanted) {
			const from = join(source, name);
			const to = join(target, name);
			if (d.isDirectory()) {
				copied += sync(from, to);
				continue;
			}
			const a = statSync(from);
			const b = statSync(to, { throwIfNoEntry: false });
			// Times are compared to the millisecond: what utimes can set.
			if (b?.isFile() && b.size === a.size && Math.trunc(b.mtimeMs) === Math.trunc(a.mtimeMs)) continue;
			if (b) rmSync(to, { recursive: true, force: true });
			copyFileSync(from, to, constants.COPYFILE_FICLONE);
			// The copy keeps the original's time: the next sync sees it as unchanged, and prune-stale judges rewritten folders by time.
			utimesSync(to, a.atime, a.mtime);
			copied++;
		}
		return copied;
	};
	return sync(from, to);
}

/**
 * A swap interrupted between its two renames leaves no site but the old one in `<site>.prev`:
 * put it back before anything else.
 */
export function recover(site: string): void {
	if (!existsSync(site) && existsSync(previousFolder(site))) renameSync(previousFolder(site), site);
	rmSync(previousFolder(site), { recursive: true, force: true });
}

/** Puts the whole staging folder in the site's place; the replaced site becomes the next staging folder. */
export function publish(site: string): void {
	const staging = stagingFolder(site);
	const previous = previousFolder(site);
	rmSync(previous, { recursive: true, force: true });
	const hadSite = existsSync(site);
	if (hadSite) renameSync(site, previous);
	renameSync(staging, site);
	if (hadSite) renameSync(previous, staging);
}

export function stagedOutput(): AstroIntegration {
	let site = '';
	return {
		name: 'staged-output',
		hooks: {
			'astro:config:setup': ({ config, command, updateConfig, logger }) => {
				if (command !== 'build') return;
				site = fileURLToPath(config.outDir).replace(/[\\/]$/, '');
				recover(site);
				const started = performance.now();
				const copied = syncTree(site, stagingFolder(site));
				logger.info(
					`building in ${stagingFolder(site)}: ${copied} file(s) brought up to date with the published site (${((performance.now() - started) / 1000).toFixed(1)} s)`,
				);
				updateConfig({ outDir: pathToFileURL(`${stagingFolder(site)}/`) });
			},
			// Last in astro.config.mjs: every other integration has written its files by now.
			'astro:build:done': ({ logger }) => {
				publish(site);
				logger.info(`site published in ${site}`);
			},
		},
	};
}
