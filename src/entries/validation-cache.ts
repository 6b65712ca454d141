/**
 * What validation found in each file, kept between runs so that a rebuild after editing one entry
 * of 10,000 reads and checks one file, not all of them. A file's result is reused only when its
 * path and content are the same and so is the validator: the code that reads and checks entries
 * (entries/, schemas/, domain/, data/), the settings and the installed packages. Anything else
 * changed, and every file is checked again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { SiteConfig } from '../schemas/site.ts';
import type { EntryFile } from './files.ts';
import type { FileResult, FileResultCache } from './validate.ts';

/** The sources validation depends on, relative to the project root. */
export const VALIDATOR_SOURCES = ['src/entries', 'src/schemas', 'src/domain', 'src/data', 'src/site.config.ts', 'package-lock.json'];

function filesUnder(path: string): string[] {
	if (!existsSync(path)) return [];
	if (!statSync(path).isDirectory()) return [path];
	return readdirSync(path, { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile())
		.map((d) => join(d.parentPath, d.name))
		.sort();
}

/** A digest of everything a file's result depends on besides the file itself. */
export function validatorVersion(root: string, config: SiteConfig): string {
	const hash = createHash('sha256').update(JSON.stringify(config));
	for (const source of VALIDATOR_SOURCES) {
		for (const file of filesUnder(join(root, source))) hash.update(relative(root, file)).update('\0').update(readFileSync(file));
	}
	return hash.digest('hex');
}

const fileKey = (file: EntryFile) => createHash('sha256').update(file.path).update('\0').update(file.content).digest('hex');

interface Stored {
	version: string;
	results: Record<string, FileResult>;
}

/**
 * The results stored at `path` for this validator `version`; `save()` writes this run's results
 * (only the files read in this run, so deleted files are forgotten). `reused` counts hits.
 */
export function validationCache(path: string, version: string): FileResultCache & { save(): void; readonly reused: number } {
	let previous: Stored['results'] = {};
	try {
		const stored = JSON.parse(readFileSync(path, 'utf8')) as Stored;
		if (stored.version === version) previous = stored.results;
	} catch {
		// No cache yet, or an unreadable one: every file is checked.
	}
	const next: Stored['results'] = {};
	let reused = 0;
	return {
		get(file) {
			const key = fileKey(file);
			const result = previous[key];
			if (result) {
				next[key] = result;
				reused++;
			}
			return result;
		},
		set(file, result) {
			next[fileKey(file)] = result;
		},
		save() {
			mkdirSync(dirname(path), { recursive: true });
			writeFileSync(path, JSON.stringify({ version, results: next } satisfies Stored));
		},
		get reused() {
			return reused;
		},
	};
}
