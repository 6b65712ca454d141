/**
 * Every committed version of every entry, read from git: editors commit Markdown, so the
 * repository is the record of what the bank said when. The whole history is read in one pass (one
 * `git log` listing each commit's changed entry files with their blob ids, then one
 * `git cat-file --batch` for the contents of the distinct blobs the build has not read already),
 * never one git call per entry, and
 * each version is read and checked with the same reader and schema as the build (files.ts,
 * validate.ts), so an old version is compared as data, not as text.
 *
 * The history follows the first parent: the versions are those the main line held, one per commit
 * that changed the file there (a merged branch counts as its merge commit). A clone without
 * history (a shallow CI checkout, a copy without .git, no git at all) has no history to read, and
 * says so rather than inventing one.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProjectEntry } from '../domain/project.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { PROJECTS_DIR, decodeUtf8, type EntryFile } from './files.ts';
import { fileValidator, type FileResultCache, type Problem } from './validate.ts';

/** One entry file changed by one commit. */
export interface FileChange {
	/** The commit, 40 hex digits. */
	commit: string;
	/** When it was committed (ISO 8601 with the committer's offset). */
	date: string;
	/** The file's path in the repository. */
	path: string;
	/** The file's blob after the commit; undefined when the commit removed the file. */
	blob: string | undefined;
}

/** One committed version of an entry. */
export interface EntryVersion {
	/** 1 for the first committed version of the file, counting every version since. */
	number: number;
	commit: string;
	date: string;
	/** The entry as read and validated at this version; undefined when it could not be read. */
	entry: ProjectEntry | undefined;
	/** What was wrong with the version, when it could not be read; the reason it is listed as unreadable. */
	problems: Problem[];
}

export type EntryHistory =
	| {
			available: true;
			/** The versions of each entry by its key (the file name), oldest first. Removed files end their list. */
			versions: Map<string, EntryVersion[]>;
	  }
	| { available: false; /** Why, in Swedish, for the pages. */ reason: string };

export const NO_GIT = 'Ändringshistoriken finns inte i den här kopian av banken: den byggdes utan git-historik.';
export const SHALLOW =
	'Ändringshistoriken finns inte i den här kopian av banken: den byggdes från en grund kopia av git-arkivet (utan tidigare versioner).';

const RECORD = '\x1e';
const FIELD = '\x1f';
/** The format of `git log` that parseLog reads: a record separator, the commit, a field separator, the committer date. */
export const LOG_FORMAT = `--format=${'%x1e'}%H${'%x1f'}%cI`;

/**
 * The output of `git log -z --raw --no-abbrev --no-renames LOG_FORMAT`: each commit's header, then
 * its changes as `:<mode> <mode> <old blob> <new blob> <status>\0<path>\0`. In the order of the log.
 */
export function parseLog(output: string): FileChange[] {
	const changes: FileChange[] = [];
	for (const record of output.split(RECORD)) {
		if (record.trim() === '') continue;
		const headerEnd = record.indexOf('\0');
		const header = headerEnd === -1 ? record : record.slice(0, headerEnd);
		const [commit, date] = header.trim().split(FIELD);
		if (!commit || !date || !/^[0-9a-f]{40}$/.test(commit))
			throw new Error(`unexpected git log record: ${JSON.stringify(header.slice(0, 100))}`);
		const fields = headerEnd === -1 ? [] : record.slice(headerEnd + 1).split('\0');
		for (let i = 0; i + 1 < fields.length; i += 2) {
			const meta = fields[i]!.trim();
			const path = fields[i + 1]!;
			const raw = /^:\d+ \d+ ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/.exec(meta);
			if (!raw) throw new Error(`unexpected git log change: ${JSON.stringify(meta)}`);
			changes.push({ commit, date, path, blob: raw[3] === 'D' ? undefined : raw[2] });
		}
	}
	return changes;
}

/** The output of `git cat-file --batch`: each blob's contents by its id. A missing blob is an error, not an empty file. */
export function parseBatch(output: Buffer): Map<string, Uint8Array> {
	const blobs = new Map<string, Uint8Array>();
	let at = 0;
	while (at < output.length) {
		const lineEnd = output.indexOf(0x0a, at);
		const header = output.subarray(at, lineEnd).toString('utf8');
		const match = /^([0-9a-f]+) blob (\d+)$/.exec(header);
		if (!match) throw new Error(`git cat-file: ${header}`);
		const size = Number(match[2]);
		blobs.set(match[1]!, output.subarray(lineEnd + 1, lineEnd + 1 + size));
		at = lineEnd + 1 + size + 1;
	}
	return blobs;
}

function git(root: string, args: string[], input?: string): { ok: true; stdout: Buffer } | { ok: false } {
	const result = spawnSync('git', args, { cwd: root, input, maxBuffer: 4 * 1024 ** 3, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });
	if (result.error || result.status !== 0) return { ok: false };
	return { ok: true, stdout: result.stdout };
}

/** Whether `root` has a history to read: inside a git work tree that is not a shallow clone. */
export function historyAvailability(root: string): { available: true } | { available: false; reason: string } {
	const shallow = git(root, ['rev-parse', '--is-shallow-repository']);
	if (!shallow.ok) return { available: false, reason: NO_GIT };
	if (shallow.stdout.toString().trim() === 'true') return { available: false, reason: SHALLOW };
	return { available: true };
}

/** Every committed change to the entries under `dir`, oldest first: one git call. */
export function readChanges(root: string, dir = PROJECTS_DIR): FileChange[] {
	const log = git(root, ['log', '-z', '--first-parent', '--reverse', '--no-renames', '--raw', '--no-abbrev', LOG_FORMAT, '--', dir]);
	// A repository without commits yet has no history of the entries, which is not the same as having none available.
	if (!log.ok) return [];
	return parseLog(log.stdout.toString('utf8')).filter((c) => c.path.endsWith('.md'));
}

/** The contents of blobs by their ids: one git call for all of them. */
export function readBlobs(root: string, blobs: readonly string[]): Map<string, Uint8Array> {
	if (blobs.length === 0) return new Map();
	const batch = git(root, ['cat-file', '--batch'], `${blobs.join('\n')}\n`);
	if (!batch.ok) throw new Error("git cat-file --batch could not read the entries' earlier versions");
	return parseBatch(batch.stdout);
}

/** The id git gives a file's content (its blob), so that a committed version can be matched with the file as it is. */
export function blobId(bytes: Uint8Array): string {
	return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** The key of an entry file: its name without .md, as the build gives it. */
const keyOf = (path: string) => path.split('/').at(-1)!.replace(/\.md$/, '');

/** Fields renamed since entries were first written: a version from before a rename is read under today's name. */
export const RENAMED_FIELDS: Readonly<Record<string, string>> = { region: 'decider' };

/** The frontmatter's top-level keys renamed as RENAMED_FIELDS says; line numbers and everything else unchanged. */
export function underTodaysNames(content: string): string {
	const end = content.indexOf('\n---', 3);
	if (!content.startsWith('---') || end < 0) return content;
	const renamed = content
		.slice(0, end)
		.replace(/^([A-Za-z]\w*):/gm, (line, key: string) => (RENAMED_FIELDS[key] ? `${RENAMED_FIELDS[key]}:` : line));
	return renamed + content.slice(end);
}
const versionKey = (path: string, blob: string) => `${path}\0${blob}`;

/**
 * The versions of every entry, each validated as the build validates the current file. A version
 * is read and validated once however many commits share it; one in `known` (by path and blob: the
 * entries as the build has already validated them) is taken from there, and `cache` keeps the
 * results of the others between builds.
 */
export function entryVersions(
	changes: readonly FileChange[],
	contents: ReadonlyMap<string, Uint8Array>,
	config: SiteConfig,
	known: ReadonlyMap<string, ProjectEntry> = new Map(),
	cache?: FileResultCache,
): Map<string, EntryVersion[]> {
	const validate = fileValidator(config);
	const results = new Map<string, Pick<EntryVersion, 'entry' | 'problems'>>();
	const read = (path: string, blob: string) => {
		const key = versionKey(path, blob);
		let result = results.get(key);
		if (result) return result;
		const current = known.get(key);
		if (current) result = { entry: current, problems: [] };
		else {
			const bytes = contents.get(blob);
			if (!bytes) throw new Error(`git gave no content for ${path} at blob ${blob}`);
			const decoded = decodeUtf8(bytes);
			const text = underTodaysNames(decoded.text);
			const file: EntryFile =
				'line' in decoded ? { path, content: text, unreadable: { line: decoded.line, message: decoded.message } } : { path, content: text };
			let checked = file.unreadable ? undefined : cache?.get(file);
			if (!checked) {
				checked = validate(file);
				if (!file.unreadable) cache?.set(file, checked);
			}
			result = {
				entry: checked.entry && { key: checked.entry.key, data: checked.entry.data, body: checked.entry.body },
				problems: checked.entry ? [] : checked.problems,
			};
		}
		results.set(key, result);
		return result;
	};
	const versions = new Map<string, EntryVersion[]>();
	for (const change of changes) {
		// A removal is no version to read; a file that comes back goes on counting from its last version.
		if (!change.blob) continue;
		const key = keyOf(change.path);
		const list = versions.get(key) ?? [];
		list.push({ number: list.length + 1, commit: change.commit, date: change.date, ...read(change.path, change.blob) });
		versions.set(key, list);
	}
	return versions;
}

export interface HistoryOptions {
	/** The folder of the entries, relative to `root`. */
	dir?: string;
	/** The entries as the build has read them, with their files (relative to `root`): a version that is the file as it is needs no reading. */
	current?: readonly { path: string; entry: ProjectEntry }[];
	/** Validation results kept between builds (entries/validation-cache.ts). */
	cache?: FileResultCache;
}

/** The history of the entries under `dir` of the repository at `root`, or why there is none: two git calls besides the check. */
export function readEntryHistory(root: string, config: SiteConfig, options: HistoryOptions = {}): EntryHistory {
	const availability = historyAvailability(root);
	if (!availability.available) return availability;
	const changes = readChanges(root, options.dir ?? PROJECTS_DIR);
	const paths = new Set(changes.map((c) => c.path));
	// Paths in the log are relative to the repository's top, the build's to the project root.
	const prefix = git(root, ['rev-parse', '--show-prefix']);
	const top = prefix.ok ? prefix.stdout.toString().trim() : '';
	const known = new Map<string, ProjectEntry>();
	for (const { path, entry } of options.current ?? []) {
		const logged = `${top}${path}`;
		if (paths.has(logged)) known.set(versionKey(logged, blobId(readFileSync(join(root, path)))), entry);
	}
	const needed = [...new Set(changes.flatMap((c) => (c.blob && !known.has(versionKey(c.path, c.blob)) ? [c.blob] : [])))];
	return { available: true, versions: entryVersions(changes, readBlobs(root, needed), config, known, options.cache) };
}
