/** The one place the views read the content collection: the bank of this build, read once. */
import { getCollection } from 'astro:content';
import type { ProjectData } from '../domain/project.ts';
import { readEntryHistory } from '../entries/history.ts';
import { readSources } from '../entries/sources.ts';
import { validationCache, validatorVersion } from '../entries/validation-cache.ts';
import { siteConfig } from '../site.config.ts';
import { createBank, type Bank } from './bank.ts';

/** Validation results of the entries' earlier versions, kept between builds in Astro's default cache folder. */
const HISTORY_CACHE = 'node_modules/.astro/history-validation.json';

let cached: Promise<Bank> | undefined;

/** The bank of this build; in `astro dev` read anew each time, so edits show at once. */
export function loadBank(): Promise<Bank> {
	const load = async () => {
		const entries = await getCollection('projects');
		const projects = entries.map((entry) => ({ key: entry.id, data: entry.data as ProjectData, body: entry.body ?? '' }));
		// The entries' committed versions, from the project root's git repository in one pass (entries/history.ts);
		// a version that is the file as the loader read it is taken from the collection, not read again.
		const cache = validationCache(HISTORY_CACHE, validatorVersion('.', siteConfig));
		const current = entries.flatMap((entry, i) => (entry.filePath ? [{ path: entry.filePath, entry: projects[i]! }] : []));
		const history = readEntryHistory('.', siteConfig, { current, cache });
		cache.save();
		return createBank(projects, siteConfig, readSources(), history);
	};
	if (import.meta.env.DEV) return load();
	cached ??= load();
	return cached;
}
