import type { ProjectEntry } from '../../src/domain/project.ts';
import { readEntryFiles } from '../../src/entries/files.ts';
import { formatProblem, validateEntries } from '../../src/entries/validate.ts';
import { siteConfig } from '../../src/site.config.ts';

/** The real seed projects, read and validated as the build does. */
export function shippedProjects(): ProjectEntry[] {
	const { entries, problems } = validateEntries(readEntryFiles(), siteConfig);
	if (problems.length) throw new Error(problems.map(formatProblem).join('\n'));
	return entries.map((e) => ({ key: e.key, data: e.data, body: e.body }));
}

export function shippedProject(key: string): ProjectEntry {
	const found = shippedProjects().find((p) => p.key === key);
	if (!found) throw new Error(`no shipped project ${key}`);
	return found;
}
