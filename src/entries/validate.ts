/**
 * The check of every entry file: frontmatter against the schema, body against the Markdown rules,
 * file names and ids across the collection. Returns every problem at once, each naming the file,
 * the field, what was expected and what was found. The content loader and `npm run validate` both
 * call this.
 */
import type { ProjectEntry } from '../domain/project.ts';
import { createProjectSchema } from '../schemas/project.ts';
import { describeFound, expectedFound, formatIssues } from '../schemas/errors.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { parseEntry, type EntryFile } from './files.ts';
import { unsafeMarkdownProblem } from './markdown.ts';

export interface ValidEntry extends ProjectEntry {
	path: string;
}

const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;

export function validateEntries(files: readonly EntryFile[], config: SiteConfig): { entries: ValidEntry[]; errors: string[] } {
	const schema = createProjectSchema(config);
	const errors: string[] = [];
	const entries: ValidEntry[] = [];

	for (const file of files) {
		const name = file.path.split('/').at(-1)!;
		if (!name.endsWith('.md')) {
			errors.push(`${file.path}: file: expected a Markdown entry ending in .md, found ${JSON.stringify(name)} (it would not be published)`);
			continue;
		}
		if (!FILE_NAME.test(name)) {
			errors.push(`${file.path}: file: expected a file name of lower-case letters, digits and hyphens (the permalink), found ${JSON.stringify(name)}`);
		}
		const parsed = parseEntry(file);
		if (!parsed.ok) {
			errors.push(`${file.path}: (frontmatter): ${parsed.problem}`);
			continue;
		}
		const result = schema.safeParse(parsed.frontmatter);
		if (!result.success) errors.push(...formatIssues(file.path, result.error.issues));
		const problem = unsafeMarkdownProblem(parsed.body);
		if (problem) errors.push(`${file.path}: body: ${problem}`);
		if (parsed.body.trim() === '') errors.push(`${file.path}: body: ${expectedFound("the project's summary from the source", undefined)}`);
		if (!result.success) continue;

		const key = name.replace(/\.md$/, '');
		if (result.data.id !== undefined && result.data.id !== key) {
			errors.push(`${file.path}: id: expected the file to be named after its id (${result.data.id}.md), found ${JSON.stringify(name)}`);
		}
		entries.push({ path: file.path, key, data: result.data, body: parsed.body.trim() });
	}

	const seen = new Map<string, string>();
	for (const entry of entries) {
		for (const key of new Set([entry.key, entry.data.id].filter((k): k is string => k !== undefined))) {
			const other = seen.get(key);
			if (other && other !== entry.path) {
				errors.push(`${entry.path}: id: expected an id no other entry uses, found ${describeFound(key)} (also used by ${other})`);
			}
			seen.set(key, entry.path);
		}
	}
	return { entries, errors };
}
