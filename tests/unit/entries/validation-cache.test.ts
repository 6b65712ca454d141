import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { validateEntries } from '../../../src/entries/validate.ts';
import { validationCache, validatorVersion } from '../../../src/entries/validation-cache.ts';
import { entryFile, modified, testConfig, validEntry } from '../../helpers/fixtures.ts';

const files = () => [
	entryFile(validEntry()),
	entryFile(
		modified((e) => (e.id = '20380001')),
		{ name: '20380001.md' },
	),
	entryFile(
		modified((e) => Object.assign(e, { id: '20380002', grantedAmount: 'många' })),
		{ name: '20380002.md' },
	),
];
const cacheFile = () => join(mkdtempSync(join(tmpdir(), 'validation-cache-')), 'cache', 'entry-validation.json');

it('gives the same entries and problems from the cache as from the files, and reuses only unchanged files', () => {
	const path = cacheFile();
	const fresh = validationCache(path, 'v1');
	const first = validateEntries(files(), testConfig, fresh);
	expect(fresh.reused).toBe(0);
	expect(first.entries).toHaveLength(2);
	expect(first.problems).toHaveLength(1);
	fresh.save();

	const warm = validationCache(path, 'v1');
	const again = validateEntries(files(), testConfig, warm);
	expect(warm.reused).toBe(3);
	expect(again).toEqual(JSON.parse(JSON.stringify(first)));
	warm.save();

	// An edited file is checked again, and what it now says is what counts.
	const edited = files();
	edited[0] = entryFile(modified((e) => (e.title = 'Ett nytt namn')));
	const afterEdit = validationCache(path, 'v1');
	const result = validateEntries(edited, testConfig, afterEdit);
	expect(afterEdit.reused).toBe(2);
	expect(result.entries.map((e) => e.data.title)).toContain('Ett nytt namn');
	afterEdit.save();

	// Another validator checks everything again.
	const other = validationCache(path, 'v2');
	validateEntries(files(), testConfig, other);
	expect(other.reused).toBe(0);
});

it('keeps the checks across files: a cached entry still clashes with a new one', () => {
	const path = cacheFile();
	const cache = validationCache(path, 'v1');
	validateEntries(files().slice(0, 1), testConfig, cache);
	cache.save();
	const clash = entryFile(
		modified((e) => (e.title = 'Samma id')),
		{ name: 'kopia/20378916.md' },
	);
	const warm = validationCache(path, 'v1');
	const { problems } = validateEntries([...files().slice(0, 1), clash], testConfig, warm);
	expect(warm.reused).toBe(1);
	expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('används redan av src/content/projects/20378916.md')]);
});

it('forgets files no longer read', () => {
	const path = cacheFile();
	const cache = validationCache(path, 'v1');
	validateEntries(files(), testConfig, cache);
	cache.save();
	const fewer = validationCache(path, 'v1');
	validateEntries(files().slice(0, 1), testConfig, fewer);
	fewer.save();
	const later = validationCache(path, 'v1');
	validateEntries(files(), testConfig, later);
	expect(later.reused).toBe(1);
});

it('reads a missing or broken cache as empty', () => {
	const path = cacheFile();
	mkdirSync(join(path, '..'), { recursive: true });
	writeFileSync(path, '{ inte json');
	const cache = validationCache(path, 'v1');
	expect(validateEntries(files(), testConfig, cache).entries).toHaveLength(2);
	expect(cache.reused).toBe(0);
});

it('versions the validator by its code, the settings and the packages', () => {
	const root = mkdtempSync(join(tmpdir(), 'validator-'));
	for (const dir of ['src/entries', 'src/schemas', 'src/domain', 'src/data']) cpSync(dir, join(root, dir), { recursive: true });
	for (const file of ['src/site.config.ts', 'package-lock.json']) cpSync(file, join(root, file));
	const base = validatorVersion(root, testConfig);
	expect(validatorVersion(root, testConfig)).toBe(base);
	expect(validatorVersion(root, { ...testConfig, name: 'En annan bank' })).not.toBe(base);
	for (const file of [
		'src/schemas/project.ts',
		'src/domain/text.ts',
		'src/data/municipalities.json',
		'src/site.config.ts',
		'package-lock.json',
	]) {
		const path = join(root, file);
		const original = readFileSync(path);
		writeFileSync(path, `${original}\n`);
		expect(validatorVersion(root, testConfig), file).not.toBe(base);
		writeFileSync(path, original);
	}
	expect(validatorVersion(root, testConfig)).toBe(base);
});
