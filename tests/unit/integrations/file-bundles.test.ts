import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { writeBundles } from '../../../src/integrations/file-bundles.ts';

function site(bundles: Record<string, Record<string, string>>): string {
	const dir = mkdtempSync(join(tmpdir(), 'bundles-'));
	mkdirSync(join(dir, 'filbuntar'));
	for (const [name, files] of Object.entries(bundles)) writeFileSync(join(dir, 'filbuntar', `${name}.json`), JSON.stringify(files));
	return dir;
}

it('writes every file of every bundle where its path says, and removes the bundles', () => {
	const dir = site({
		'projekt-1': { '/projekt/20204763.json': '{"key":"20204763"}' },
		urval: { '/kommun/umea/projekt.csv': '\uFEFFNyckel\r\n', '/beslut.xml': '<feed/>' },
	});
	expect(writeBundles(dir).sort()).toEqual(['beslut.xml', 'kommun/umea/projekt.csv', 'projekt/20204763.json']);
	expect(readFileSync(join(dir, 'kommun/umea/projekt.csv'), 'utf8')).toBe('\uFEFFNyckel\r\n');
	expect(existsSync(join(dir, 'filbuntar'))).toBe(false);
});

it('refuses a path outside the site', () => {
	expect(() => writeBundles(site({ x: { '/../utanfor.txt': 'x' } }))).toThrow(
		'file bundle x.json names a file outside the site: "/../utanfor.txt"',
	);
	expect(() => writeBundles(site({ y: { 'relativ.txt': 'x' } }))).toThrow(/outside the site/);
});
