import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { remove, staleFiles } from '../../../src/integrations/prune-stale.ts';

it('finds the files a build neither kept nor wrote, outside the folders it is told to leave', () => {
	const dir = mkdtempSync(join(tmpdir(), 'prune-'));
	const file = (path: string, old: boolean) => {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), 'x');
		if (old) utimesSync(join(dir, path), new Date(2020, 0, 1), new Date(2020, 0, 1));
		return join(dir, path);
	};
	file('projekt/1/index.html', true); // restored from the last build: an output, written long ago
	file('projekt/2/index.html', true); // a deleted entry's page
	file('_astro/old.js', true); // an earlier build's bundle
	file('_astro/new.js', false); // this build's bundle
	file('favicon.svg', true); // a public file: kept whatever its time
	file('fonts/a.woff2', true); // likewise, in a folder
	file('pagefind/old.pf_meta', true); // the search index's own
	file('projekt/1/index.html.gz', true); // a compressed copy of a kept page: precompress keeps it current
	file('projekt/2/index.html.br', true); // of the deleted page: goes with it
	file('_astro/new.js.gz', true); // of this build's bundle
	const since = Date.now() - 60_000;
	file('robots.txt', true); // a public file left from an earlier build
	const kept = new Set(['projekt/1/index.html', 'favicon.svg', 'fonts/a.woff2']);
	const stale = staleFiles(dir, kept, since, { skip: ['pagefind'], rewritten: ['_astro'] });
	expect(stale.sort()).toEqual(['_astro/old.js', 'projekt/2/index.html', 'projekt/2/index.html.br', 'robots.txt']);
	remove(dir, stale);
	expect(existsSync(join(dir, 'projekt/2'))).toBe(false); // the emptied folder goes too
	expect(existsSync(join(dir, 'projekt/1/index.html'))).toBe(true);
	expect(existsSync(join(dir, '_astro/new.js'))).toBe(true);
});
