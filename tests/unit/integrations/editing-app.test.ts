import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { editingAppVersion, ensureEditingApp, placeEditingApp } from '../../../src/integrations/editing-app.ts';
import { urls } from '../../../src/urls.ts';

/** A project root with what the bundle depends on. */
function root() {
	const dir = mkdtempSync(join(tmpdir(), 'editing-app-'));
	cpSync('src/cms', join(dir, 'src/cms'), { recursive: true });
	for (const name of ['@sveltia/cms', 'vite', 'yaml']) {
		mkdirSync(join(dir, 'node_modules', name), { recursive: true });
		cpSync(join('node_modules', name, 'package.json'), join(dir, 'node_modules', name, 'package.json'));
	}
	return dir;
}

it('versions the bundle by its sources and the packages it is made from', () => {
	const dir = root();
	const base = editingAppVersion(dir);
	expect(editingAppVersion(dir)).toBe(base);
	const change = (file: string, edit: (text: string) => string) => {
		const original = readFileSync(join(dir, file), 'utf8');
		writeFileSync(join(dir, file), edit(original));
		expect(editingAppVersion(dir), file).not.toBe(base);
		writeFileSync(join(dir, file), original);
	};
	for (const file of [
		'src/cms/app.ts',
		'src/cms/vite-plugins.ts',
		'src/cms/bundle.ts',
		'src/cms/entry-format.ts',
		'src/cms/swedish-default.ts',
		'src/cms/sv-extra.json',
	])
		change(file, (text) => `${text}\n`);
	for (const name of ['@sveltia/cms', 'vite', 'yaml'])
		change(`node_modules/${name}/package.json`, (text) => JSON.stringify({ ...JSON.parse(text), version: '0.0.1' }));
	expect(editingAppVersion(dir)).toBe(base);
});

it('takes a bundle the cache holds without bundling again, and links it into the site once', async () => {
	const dir = root();
	const cache = join(dir, 'cache');
	const folder = join(cache, editingAppVersion(dir));
	mkdirSync(join(folder, 'assets'), { recursive: true });
	writeFileSync(join(folder, 'app.js'), 'init()');
	writeFileSync(join(folder, 'assets/font.woff2'), 'font');
	expect(await ensureEditingApp(dir, cache)).toBe(folder);

	const site = join(dir, 'dist');
	mkdirSync(join(site, urls.adminApp), { recursive: true });
	writeFileSync(join(site, urls.adminApp, 'old-chunk.js'), 'old');
	placeEditingApp(folder, site);
	expect(readFileSync(join(site, urls.adminAppScript), 'utf8')).toBe('init()');
	expect(readFileSync(join(site, urls.adminApp, 'assets/font.woff2'), 'utf8')).toBe('font');
	expect(existsSync(join(site, urls.adminApp, 'old-chunk.js'))).toBe(false);
	expect(statSync(join(site, urls.adminAppScript)).ino).toBe(statSync(join(folder, 'app.js')).ino);

	// The same version again leaves the site's files alone.
	const time = statSync(join(site, urls.adminApp, '.version')).mtimeMs;
	placeEditingApp(folder, site);
	expect(statSync(join(site, urls.adminApp, '.version')).mtimeMs).toBe(time);
});

it('says which script failed when the app cannot be bundled', async () => {
	const dir = root();
	writeFileSync(join(dir, 'src/cms/bundle.ts'), 'process.stderr.write("broken"); process.exit(3);');
	await expect(ensureEditingApp(dir, join(dir, 'cache'))).rejects.toThrow(
		'Could not bundle the editing app (src/cms/bundle.ts, exit 3):\nbroken',
	);
});
