import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { moveLocalised404 } from '../../../src/integrations/localised-404.ts';

it('moves a locale’s 404 page to <locale>/404.html, where hosts look for it, and leaves the root one and other pages', () => {
	const dir = mkdtempSync(join(tmpdir(), 'localised-404-'));
	mkdirSync(join(dir, 'en/404'), { recursive: true });
	mkdirSync(join(dir, 'en/data'), { recursive: true });
	writeFileSync(join(dir, 'en/404/index.html'), '<h1>Page not found</h1>');
	writeFileSync(join(dir, 'en/data/index.html'), '<h1>Open data</h1>');
	writeFileSync(join(dir, '404.html'), '<h1>Sidan finns inte</h1>');
	expect(moveLocalised404(dir, ['en'])).toEqual(['en/404.html']);
	expect(readFileSync(join(dir, 'en/404.html'), 'utf8')).toBe('<h1>Page not found</h1>');
	expect(existsSync(join(dir, 'en/404'))).toBe(false);
	expect(readFileSync(join(dir, '404.html'), 'utf8')).toBe('<h1>Sidan finns inte</h1>');
	expect(existsSync(join(dir, 'en/data/index.html'))).toBe(true);
	// A build without the page (or run twice) moves nothing.
	expect(moveLocalised404(dir, ['en'])).toEqual([]);
	expect(existsSync(join(dir, 'en/404.html'))).toBe(true);
});
