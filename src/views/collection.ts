/** The one place the views read the content collection: the bank of this build, read once. */
import { getCollection } from 'astro:content';
import type { ProjectData } from '../domain/project.ts';
import { readEntryHistory } from '../entries/history.ts';
import { readSources } from '../entries/sources.ts';
import { siteConfig } from '../site.config.ts';
import { createBank, type Bank } from './bank.ts';

let cached: Promise<Bank> | undefined;

/** The bank of this build; in `astro dev` read anew each time, so edits show at once. */
export function loadBank(): Promise<Bank> {
	const load = async () => {
		const entries = await getCollection('projects');
		const projects = entries.map((entry) => ({ key: entry.id, data: entry.data as ProjectData, body: entry.body ?? '' }));
		// The history of the files in the project root's git repository, read in one pass (entries/history.ts).
		return createBank(projects, siteConfig, readSources(), readEntryHistory('.', siteConfig));
	};
	if (import.meta.env.DEV) return load();
	cached ??= load();
	return cached;
}
