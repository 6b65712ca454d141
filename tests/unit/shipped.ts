import { readdirSync, readFileSync } from 'node:fs';
import type { ProjectEntry } from '../../src/lib/projects.ts';
import { validateEntries } from '../../src/lib/validate.ts';
import { siteConfig } from '../../src/site.config.ts';

/** The real seed projects, validated as the build does. */
export function shippedProjects(): ProjectEntry[] {
	const dir = 'src/content/projects';
	const files = readdirSync(dir).map((name) => ({ path: `${dir}/${name}`, content: readFileSync(`${dir}/${name}`, 'utf8') }));
	const { entries, errors } = validateEntries(files, siteConfig);
	if (errors.length) throw new Error(errors.join('\n'));
	return entries.map((e) => ({ key: e.key, data: e.data, body: e.body }));
}
