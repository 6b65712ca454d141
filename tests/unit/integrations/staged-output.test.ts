import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { publish, recover, stagingFolder, syncTree } from '../../../src/integrations/staged-output.ts';

const root = () => mkdtempSync(join(tmpdir(), 'staged-'));
const put = (file: string, text: string, time?: Date) => {
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, text);
	if (time) utimesSync(file, time, time);
};
const tree = (dir: string) =>
	Object.fromEntries(
		readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((d) => d.isFile())
			.map((d) => [relative(dir, join(d.parentPath, d.name)), readFileSync(join(d.parentPath, d.name), 'utf8')])
			.sort(),
	);

it('brings the staging folder up to date with the site, copying only what differs, as files of its own', () => {
	const dir = root();
	const site = join(dir, 'dist');
	const staging = stagingFolder(site);
	const old = new Date(2026, 0, 1);
	put(join(site, 'index.html'), 'start', old);
	put(join(site, 'projekt/1/index.html'), 'ett', old);
	put(join(site, 'projekt/2/index.html'), 'två, ny', old);
	put(join(staging, 'index.html'), 'start', old); // unchanged since the last sync
	put(join(staging, 'projekt/2/index.html'), 'två', old); // an earlier build's page
	put(join(staging, 'projekt/3/index.html'), 'tre'); // left by an interrupted build
	const kept = statSync(join(staging, 'index.html')).ino;

	expect(syncTree(site, staging)).toBe(2);
	expect(tree(staging)).toEqual(tree(site));
	expect(statSync(join(staging, 'index.html')).ino).toBe(kept);
	expect(statSync(join(staging, 'projekt/1/index.html')).mtimeMs).toBe(old.getTime()); // the site's time, so the next sync keeps it
	// A build rewrites files in place: the published site must not change with them.
	writeFileSync(join(staging, 'projekt/1/index.html'), 'omskriven');
	expect(readFileSync(join(site, 'projekt/1/index.html'), 'utf8')).toBe('ett');
	expect(syncTree(site, staging)).toBe(1);
	expect(tree(staging)).toEqual(tree(site));
});

it('starts from nothing when there is no site yet', () => {
	const dir = root();
	put(join(dir, 'dist.next/half.html'), 'halv');
	expect(syncTree(join(dir, 'dist'), join(dir, 'dist.next'))).toBe(0);
	expect(existsSync(join(dir, 'dist.next'))).toBe(false);
});

it('publishes the staging folder as the site and keeps the replaced site as the next staging folder', () => {
	const dir = root();
	const site = join(dir, 'dist');
	put(join(site, 'index.html'), 'gammal');
	put(join(stagingFolder(site), 'index.html'), 'ny');
	publish(site);
	expect(tree(site)).toEqual({ 'index.html': 'ny' });
	expect(tree(stagingFolder(site))).toEqual({ 'index.html': 'gammal' });
	expect(existsSync(`${site}.prev`)).toBe(false);
	// The first build: no site to replace.
	const first = join(root(), 'dist');
	put(join(stagingFolder(first), 'index.html'), 'första');
	publish(first);
	expect(tree(first)).toEqual({ 'index.html': 'första' });
	expect(existsSync(stagingFolder(first))).toBe(false);
});

it('puts the old site back when a swap was interrupted between its two renames', () => {
	const dir = root();
	const site = join(dir, 'dist');
	put(join(`${site}.prev`, 'index.html'), 'gammal');
	recover(site);
	expect(tree(site)).toEqual({ 'index.html': 'gammal' });
	// With a site in place, a left-over .prev is only removed.
	put(join(`${site}.prev`, 'index.html'), 'äldre');
	recover(site);
	expect(tree(site)).toEqual({ 'index.html': 'gammal' });
	expect(existsSync(`${site}.prev`)).toBe(false);
});
