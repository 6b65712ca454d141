/**
 * The one place pages read the collection. Checks what a single entry's schema cannot see
 * (file name vs id, ids unique across the collection) and returns plain ProjectEntry values.
 */
import { getCollection } from 'astro:content';
import type { ProjectEntry } from './projects.ts';

let cached: Promise<ProjectEntry[]> | undefined;

export function loadProjects(): Promise<ProjectEntry[]> {
	cached ??= getCollection('projects').then((entries) => {
		const seen = new Map<string, string>();
		const projects = entries.map((entry) => {
			const keys = new Set([entry.id, entry.data.id].filter((k): k is string => k !== undefined));
			if (entry.data.id !== undefined && entry.data.id !== entry.id) {
				throw new Error(`${entry.filePath}: id: expected the file to be named after its id (${entry.data.id}.md), found "${entry.id}"`);
			}
			for (const key of keys) {
				const other = seen.get(key);
				if (other) throw new Error(`${entry.filePath}: id: expected an id no other entry uses, found "${key}" (also used by ${other})`);
				seen.set(key, entry.filePath ?? entry.id);
			}
			return { key: entry.id, data: entry.data, body: entry.body ?? '' };
		});
		return projects;
	});
	return cached;
}

/** The rendered entry for a project page. */
export async function loadProjectEntry(key: string) {
	const [entry] = (await getCollection('projects')).filter((e) => e.id === key);
	if (!entry) throw new Error(`no project ${key}`);
	return entry;
}
