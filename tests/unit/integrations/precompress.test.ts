import { mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { MIN_BYTES, precompressSite } from '../../../src/integrations/precompress.ts';

function site() {
	const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
	const write = (path: string, text: string) => {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), text);
	};
	const page = '<!doctype html><p>Beviljat belopp 2 219 230 kr</p>'.repeat(60);
	write('index.html', page);
	write('data/projekt.csv', 'Nyckel;Titel\n'.repeat(200));
	write('favicon.svg', '<svg/>'); // below MIN_BYTES: not worth a copy
	write('pagefind/fragment/a.pf_fragment', 'x'.repeat(MIN_BYTES * 2)); // compressed already
	return { dir, page, write };
}

it('writes a gzip and a Brotli copy of each text file worth compressing, that decompress to the file', async () => {
	const { dir, page } = site();
	expect(await precompressSite(dir, true)).toEqual({ written: 4, unchanged: 0, removed: 0 });
	expect(gunzipSync(readFileSync(join(dir, 'index.html.gz'))).toString()).toBe(page);
	expect(brotliDecompressSync(readFileSync(join(dir, 'index.html.br'))).toString()).toBe(page);
	expect(statSync(join(dir, 'index.html.br')).size).toBeLessThan(page.length / 10);
	expect(existsSync(join(dir, 'favicon.svg.gz'))).toBe(false);
	expect(existsSync(join(dir, 'pagefind/fragment/a.pf_fragment.gz'))).toBe(false);
});

it('compresses again only what changed, and removes copies whose file is gone or that the settings no longer want', async () => {
	const { dir, write } = site();
	await precompressSite(dir, true);
	const old = new Date(Date.now() - 60_000);
	for (const file of ['index.html', 'index.html.gz', 'index.html.br', 'data/projekt.csv', 'data/projekt.csv.gz', 'data/projekt.csv.br'])
		utimesSync(join(dir, file), old, old);
	write('data/projekt.csv', 'Nyckel;Titel;Beviljat\n'.repeat(200)); // rendered again by this build
	utimesSync(join(dir, 'data/projekt.csv'), new Date(), new Date());
	write('gone.html.gz', 'stale'); // its page was removed
	expect(await precompressSite(dir, true)).toEqual({ written: 2, unchanged: 2, removed: 1 });
	expect(gunzipSync(readFileSync(join(dir, 'data/projekt.csv.gz'))).toString()).toContain('Beviljat');
	expect(await precompressSite(dir, false)).toEqual({ written: 0, unchanged: 0, removed: 4 });
	expect(existsSync(join(dir, 'index.html.gz'))).toBe(false);
	expect(existsSync(join(dir, 'index.html'))).toBe(true);
});
