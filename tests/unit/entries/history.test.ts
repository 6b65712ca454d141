import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { NO_GIT, parseBatch, parseLog, readEntryHistory, SHALLOW, underTodaysNames } from '../../../src/entries/history.ts';
import { entryFile, modified, testConfig } from '../../helpers/fixtures.ts';

// The unit setup gives the views no history; this tests the reader itself.
vi.unmock('../../../src/entries/history.ts');

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const blob = (c: string) => c.repeat(40);

describe('the log parser', () => {
	it('reads each commit of `git log -z --raw` with its changed files, a removal without a blob', () => {
		const log =
			`\x1e${A}\x1f2026-11-23T16:46:45+00:00\0\n:000000 100644 ${blob('0')} ${blob('1')} A\0src/content/projects/20378916.md\0:000000 100644 ${blob('0')} ${blob('2')} A\0src/content/projects/dnr-1.md\0` +
			`\x1e${B}\x1f2026-12-05T08:33:05+01:00\0\n:100644 100644 ${blob('1')} ${blob('3')} M\0src/content/projects/20378916.md\0:100644 000000 ${blob('2')} ${blob('0')} D\0src/content/projects/dnr-1.md\0`;
		expect(parseLog(log)).toEqual([
			{ commit: A, date: '2026-11-23T16:46:45+00:00', path: 'src/content/projects/20378916.md', blob: blob('1') },
			{ commit: A, date: '2026-11-23T16:46:45+00:00', path: 'src/content/projects/dnr-1.md', blob: blob('2') },
			{ commit: B, date: '2026-12-05T08:33:05+01:00', path: 'src/content/projects/20378916.md', blob: blob('3') },
			{ commit: B, date: '2026-12-05T08:33:05+01:00', path: 'src/content/projects/dnr-1.md', blob: undefined },
		]);
	});

	it('refuses output it does not understand rather than reading a wrong history', () => {
		expect(() => parseLog('\x1enot-a-commit\x1fdate\0')).toThrow(/unexpected git log record/);
		expect(() => parseLog(`\x1e${A}\x1f2026-11-23T16:46:45+00:00\0\ngarbage\0path\0`)).toThrow(/unexpected git log change/);
	});

	it('splits `git cat-file --batch` output by the sizes it gives, keeping newlines inside a blob', () => {
		const out = Buffer.from(`${blob('1')} blob 6\nab\ncd\n\n${blob('2')} blob 3\nåx\n`);
		const blobs = parseBatch(out);
		expect(Buffer.from(blobs.get(blob('1'))!).toString()).toBe('ab\ncd\n');
		expect(Buffer.from(blobs.get(blob('2'))!).toString()).toBe('åx');
		expect(() => parseBatch(Buffer.from(`${blob('3')} missing\n`))).toThrow(/cat-file/);
	});
});

describe('versions written before a field was renamed', () => {
	it("are read under today's name, at the top level of the frontmatter only, lines unchanged", () => {
		const old = '---\nid: "1"\nregion: Region Norrbotten\nowner:\n  region: x\n---\nregion: text\n';
		expect(underTodaysNames(old)).toBe('---\nid: "1"\ndecider: Region Norrbotten\nowner:\n  region: x\n---\nregion: text\n');
	});
});

describe('reading the history of a repository', () => {
	const roots: string[] = [];
	afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));
	const temp = () => {
		const root = mkdtempSync(join(tmpdir(), 'history-'));
		roots.push(root);
		return root;
	};
	const git = (root: string, args: string[], date = '2026-11-23T12:00:00+00:00') =>
		execFileSync('git', ['-c', 'user.name=Redaktör', '-c', 'user.email=r@example.se', '-c', 'commit.gpgsign=false', ...args], {
			cwd: root,
			env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
		}).toString();
	const write = (root: string, name: string, data: unknown) => {
		const file = entryFile(data, { name });
		writeFileSync(join(root, file.path), file.content);
	};

	function repository() {
		const root = temp();
		mkdirSync(join(root, 'src/content/projects'), { recursive: true });
		git(root, ['init', '-q', '-b', 'main']);
		write(
			root,
			'20378916.md',
			modified((e) => (e.ref = 'REGAC-1-2026')),
		);
		write(
			root,
			'20000001.md',
			modified((e) => (e.id = '20000001')),
		);
		writeFileSync(join(root, 'README.md'), 'not an entry');
		git(root, ['add', '-A']);
		git(root, ['commit', '-qm', 'first'], '2026-11-23T12:00:00+00:00');
		write(
			root,
			'20378916.md',
			modified((e) => (e.ref = 'REGAC-2-2026')),
		);
		git(root, ['commit', '-qam', 'second'], '2026-11-24T12:00:00+00:00');
		write(
			root,
			'20378916.md',
			modified((e) => (e.status = 'beviljat-typo')),
		);
		rmSync(join(root, 'src/content/projects/20000001.md'));
		git(root, ['commit', '-qam', 'third'], '2026-11-25T12:00:00+00:00');
		return root;
	}

	it('lists every committed version of each entry, oldest first, read as the build reads it', () => {
		const history = readEntryHistory(repository(), testConfig);
		if (!history.available) throw new Error(history.reason);
		const versions = history.versions.get('20378916')!;
		expect(versions.map((v) => [v.number, v.date])).toEqual([
			[1, '2026-11-23T12:00:00+00:00'],
			[2, '2026-11-24T12:00:00+00:00'],
			[3, '2026-11-25T12:00:00+00:00'],
		]);
		expect(versions[0]!.problems).toEqual([]);
		expect(versions[0]!.entry!.data.ref).toBe('REGAC-1-2026');
		expect(versions[1]!.entry!.data.ref).toBe('REGAC-2-2026');
		expect(versions[1]!.commit).toMatch(/^[0-9a-f]{40}$/);
		// A version that fails validation is kept, with why, never skipped.
		expect(versions[2]!.entry).toBeUndefined();
		expect(versions[2]!.problems.map((p) => p.field)).toContain('status');
		// A removed file keeps its versions; a removal is no version; files that are no entries are not read.
		expect(history.versions.get('20000001')!.map((v) => v.number)).toEqual([1]);
		expect([...history.versions.keys()].sort()).toEqual(['20000001', '20378916']);
	});

	it('takes a version that is the file as the build read it from the build, not from git', () => {
		const root = repository();
		write(
			root,
			'20378916.md',
			modified((e) => (e.ref = 'REGAC-2-2026')),
		);
		const current = { key: '20378916', data: { marker: 'from the build' } as any, body: '' };
		const history = readEntryHistory(root, testConfig, { current: [{ path: 'src/content/projects/20378916.md', entry: current }] });
		if (!history.available) throw new Error(history.reason);
		const versions = history.versions.get('20378916')!;
		// The file now is version 2 again: that version is the build's entry; the others are read from git.
		expect(versions[1]!.entry).toBe(current);
		expect(versions[0]!.entry!.data.ref).toBe('REGAC-1-2026');
	});

	it('follows the main line: a merged branch counts as its merge commit', () => {
		const root = repository();
		git(root, ['checkout', '-qb', 'edit']);
		write(
			root,
			'20378916.md',
			modified((e) => (e.ref = 'REGAC-3-2026')),
		);
		git(root, ['commit', '-qam', 'on a branch'], '2026-11-26T12:00:00+00:00');
		git(root, ['checkout', '-q', 'main']);
		git(root, ['merge', '-q', '--no-ff', '-m', 'merge', 'edit'], '2026-11-27T12:00:00+00:00');
		const history = readEntryHistory(root, testConfig);
		if (!history.available) throw new Error(history.reason);
		const last = history.versions.get('20378916')!.at(-1)!;
		expect([last.number, last.date, last.entry!.data.ref]).toEqual([4, '2026-11-27T12:00:00+00:00', 'REGAC-3-2026']);
	});

	it('says there is no history in a copy without git and in a shallow clone, never inventing one', () => {
		const copy = temp();
		mkdirSync(join(copy, 'src/content/projects'), { recursive: true });
		expect(readEntryHistory(copy, testConfig)).toEqual({ available: false, reason: NO_GIT });
		const shallow = join(temp(), 'clone');
		execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repository()}`, shallow]);
		expect(readEntryHistory(shallow, testConfig)).toEqual({ available: false, reason: SHALLOW });
	});

	it('has no versions for entries in a repository without commits', () => {
		const root = temp();
		git(root, ['init', '-q']);
		const history = readEntryHistory(root, testConfig);
		expect(history.available && history.versions.size).toBe(0);
	});
});
