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
			// The glob loader logs a body it cannot render (raw HTML) and goes on with an empty page;
			// an entry is never published without its summary.
			if (entry.body?.trim() && !entry.rendered?.html) {
				throw new Error(`${entry.filePath}: body: expected Markdown the site can render, found a body that failed (see the error above); nothing was published`);
			}
			return { key: entry.id, data: entry.data, body: entry.body ?? '' };
		});
		return projects;
	});
	return cached;
}

