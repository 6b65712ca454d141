/**
 * Reading entry files: the one YAML reader of the project. `npm run validate`, `astro dev` and
 * `astro build` all read entries through here, so they can never disagree about what a file says.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as yaml from 'js-yaml';

export interface EntryFile {
	/** Path relative to the project root, e.g. "src/content/projects/20372556.md". */
	path: string;
	content: string;
}

export const PROJECTS_DIR = 'src/content/projects';

/** Every file under the entries folder, in path order, with paths relative to `root`. */
export function readEntryFiles(dir = PROJECTS_DIR, root = '.'): EntryFile[] {
	const walk = (path: string): string[] =>
		readdirSync(path, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(path, d.name)) : [join(path, d.name)]));
	return walk(join(root, dir))
		.sort()
		.map((path) => ({ path: relative(root, path).split('\\').join('/'), content: readFileSync(path, 'utf8') }));
}

export type ParsedEntry = { ok: true; frontmatter: unknown; body: string } | { ok: false; problem: string };

/**
 * Splits a file into YAML frontmatter and Markdown body and reads the YAML. The core schema keeps
 * dates as text, so an impossible date (2026-02-30) is reported rather than rolled over to March.
 */
export function parseEntry(file: EntryFile): ParsedEntry {
	const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(file.content);
	if (!match) return { ok: false, problem: 'expected the file to start with YAML frontmatter between two "---" lines, found none' };
	try {
		return { ok: true, frontmatter: yaml.load(match[1]!, { schema: yaml.CORE_SCHEMA, filename: file.path }) ?? {}, body: match[2]! };
	} catch (error) {
		const reason = error instanceof yaml.YAMLException ? `${error.reason}${error.mark ? ` at line ${error.mark.line + 2}` : ''}` : String(error);
		return { ok: false, problem: `expected valid YAML, found a syntax error: ${reason}` };
	}
}
