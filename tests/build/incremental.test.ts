/**
 * Astro's incremental build copies a page from the last build when its cache key (a digest of its
 * model) is unchanged. It must never serve a stale page: an edited entry, the site settings, a
 * component and the schema's vocabulary each reach every page they change.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { copyProject } from '../../support/copy-project.ts';

const dir = copyProject();
// Removing a whole copied project takes a while on a busy machine.
afterAll(() => rmSync(dir, { recursive: true, force: true }), 120_000);

function build(): string {
	const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, encoding: 'utf8' });
	expect(result.status, result.stdout.slice(-2000) + result.stderr.slice(-2000)).toBe(0);
	return result.stdout;
}
const page = (path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');
const edit = (file: string, from: string | RegExp, to: string) => {
	const text = readFileSync(join(dir, file), 'utf8');
	const changed = text.replace(from, to);
	expect(changed, `${file}: ${from}`).not.toBe(text);
	writeFileSync(join(dir, file), changed);
};
const restored = (log: string) => (log.match(/\((?:restored|cached)\)/g) ?? []).length;

it('renders again exactly what an edit changes, and never serves a stale page', () => {
	build();
	const second = build();
	expect(restored(second)).toBeGreaterThan(300); // nothing changed: the pages come from the cache

	edit('src/content/projects/20204814.md', 'title: Arctic Solar 2.0', 'title: Arctic Solar 2.0 (rättad titel)');
	const afterEntry = build();
	expect(page('/projekt/20204814/')).toContain('Arctic Solar 2.0 (rättad titel)');
	expect(page('/lan/norrbotten/')).toContain('Arctic Solar 2.0 (rättad titel)'); // a list the project is on
	expect(page('/organisation/pitea-science-park-ab/')).toContain('Arctic Solar 2.0 (rättad titel)');
	expect(restored(afterEntry)).toBeGreaterThan(300);

	edit('src/site.config.ts', "name: 'Öppna projektbanken'", "name: 'Testbanken'");
	build();
	for (const path of ['/projekt/20204763/', '/kommun/umea/', '/organisation/tillvaxtverket/', '/'])
		expect(page(path), path).toContain('<title>');
	expect(page('/projekt/20204763/')).toContain('Testbanken');
	expect(page('/kommun/umea/')).toContain('Testbanken');

	edit('src/components/browse/AttributionMethod.astro', 'Så räknar vi', 'Så här räknar vi');
	build();
	expect(page('/kommun/umea/')).toContain('Så här räknar vi');
	expect(page('/lan/norrbotten/')).toContain('Så här räknar vi');

	edit('src/format.ts', "granted: 'Beviljat'", "granted: 'Beviljat stöd'");
	build();
	expect(page('/projekt/20204763/')).toContain('Beviljat stöd');
	expect(page('/kommun/umea/')).toContain('Beviljat stöd');

	// A deleted entry's page goes, and so does its place in the search index; the rest stays.
	rmSync(join(dir, 'src/content/projects/20204814.md'));
	build();
	expect(existsSync(join(dir, 'dist/projekt/20204814/index.html'))).toBe(false);
	expect(page('/lan/norrbotten/')).not.toContain('Arctic Solar');
	expect(existsSync(join(dir, 'dist/favicon.svg'))).toBe(true);
	expect(existsSync(join(dir, 'dist/projekt/20204763/index.html'))).toBe(true);
}, 600_000);
