/**
 * The pre-build check of every entry file: frontmatter against the schema, body against the
 * Markdown rules, file names and ids across the collection. Returns every problem at once, each
 * naming the file, the field, what was expected and what was found.
 */
import * as yaml from 'js-yaml';
import { createProjectSchema, type Project } from '../schemas/project.ts';
import { describeFound, expectedFound, formatIssues } from '../schemas/errors.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { unsafeMarkdownProblem } from './entry-markdown.ts';

export interface EntryFile {
	/** Path relative to the project root, e.g. "src/content/projects/20372556.md". */
	path: string;
	content: string;
}

export interface ValidEntry {
	path: string;
	/** The permalink key: the file name without ".md". */
	key: string;
	data: Project;
	body: string;
}

const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;

function splitFrontmatter(content: string): { frontmatter: string; body: string } | undefined {
	const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(content);
	return match ? { frontmatter: match[1]!, body: match[2]! } : undefined;
}

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
		const parts = splitFrontmatter(file.content);
		if (!parts) {
			errors.push(`${file.path}: (frontmatter): expected the file to start with YAML frontmatter between two "---" lines, found none`);
			continue;
		}
		let raw: unknown;
		try {
			// CORE_SCHEMA keeps dates as strings so that impossible dates (2026-02-30) are caught.
			raw = yaml.load(parts.frontmatter, { schema: yaml.CORE_SCHEMA, filename: file.path });
		} catch (error) {
			const reason = error instanceof yaml.YAMLException ? `${error.reason} at line ${error.mark.line + 2}` : String(error);
			errors.push(`${file.path}: (frontmatter): expected valid YAML, found a syntax error: ${reason}`);
			continue;
		}
		const result = schema.safeParse(raw ?? {});
		if (!result.success) {
			errors.push(...formatIssues(file.path, result.error.issues));
		}
		const problem = unsafeMarkdownProblem(parts.body);
		if (problem) errors.push(`${file.path}: body: ${problem}`);
		if (parts.body.trim() === '') {
			errors.push(`${file.path}: body: ${expectedFound("the project's summary from the source", undefined)}`);
		}
		if (!result.success) continue;

		const key = name.replace(/\.md$/, '');
		if (result.data.id !== undefined && result.data.id !== key) {
			errors.push(`${file.path}: id: expected the file to be named after its id (${result.data.id}.md), found ${JSON.stringify(name)}`);
		}
		entries.push({ path: file.path, key, data: result.data, body: parts.body.trim() });
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
