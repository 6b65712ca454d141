/**
 * npm run bench: builds a 10,000-project copy of the site and prints build time, page weights
 * and what a search costs in a real browser (bytes transferred, time from the last index chunk to
 * results). Figures only; budgets are compared and printed, never asserted by a test.
 *
 *   node scripts/bench.ts [--projects 10000] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../tests/browser/chromium.ts';
import { copyProject } from './lib/copy-project.ts';
import { serveStatic } from './lib/static-server.ts';
import { writeSyntheticCorpus } from './lib/synthetic-corpus.ts';

const args = process.argv.slice(2);
const count = Number(args[args.indexOf('--projects') + 1] ?? 10_000) || 10_000;
const keep = args.includes('--keep');

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const budget = (value: number, limit: number, unit: (n: number) => string) => `${unit(value)} (budget ${unit(limit)}: ${value <= limit ? 'within' : 'OVER'})`;

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [path];
	});
}

const dir = copyProject(undefined, 'projektbank-bench-');
console.log(`Benchmark corpus: ${count} projects in ${dir}`);
writeSyntheticCorpus(dir, count);

const started = performance.now();
const build = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
const buildSeconds = (performance.now() - started) / 1000;
if (build.status !== 0) {
	console.error(build.stdout.slice(-4000), build.stderr.slice(-4000));
	throw new Error('benchmark build failed');
}

const dist = join(dir, 'dist');
const all = files(dist);
const html = all.filter((f) => f.endsWith('.html'));
const sizeOf = (list: string[]) => list.reduce((s, f) => s + statSync(f).size, 0);
const gz = (f: string) => gzipSync(readFileSync(f)).length;
const projectPages = html.filter((f) => /\/projekt\/\d+\/index\.html$/.test(f));
const listPages = html.filter((f) => f.includes('/lista/') || f.endsWith('/projekt/index.html'));
const largestList = listPages.reduce((a, b) => (statSync(a).size >= statSync(b).size ? a : b));
const pagefindFiles = all.filter((f) => f.includes('/pagefind/'));

console.log('\n== Build');
console.log(`build (validate + astro + pagefind): ${buildSeconds.toFixed(1)} s`);
console.log(`pages: ${html.length} HTML files (${projectPages.length} project pages, ${listPages.length} list pages)`);
console.log(`site size: ${(sizeOf(all) / 1024 / 1024).toFixed(1)} MB, of which search index ${(sizeOf(pagefindFiles) / 1024 / 1024).toFixed(1)} MB`);
console.log(`project page: average ${kb(sizeOf(projectPages) / projectPages.length)}, gzip ${kb(gz(projectPages[0]!))} (first)`);
console.log(`heaviest list page: ${kb(statSync(largestList).size)}, gzip ${kb(gz(largestList))} (${largestList.slice(dist.length)})`);
console.log(`open data: ${kb(statSync(join(dist, 'data/projekt.json')).size)}, gzip ${kb(gz(join(dist, 'data/projekt.json')))}`);

// Search in Chromium, each query in a fresh browser context (cold cache).
const server = await serveStatic(dist);
const browser = await launchChromium();
const queries = ['?q=solel', '?q=digitalisering', '?kommun=Ume%C3%A5', '?q=innovation&lan=Norrbottens%20l%C3%A4n&sortera=belopp-storst', '?agare=Lule%C3%A5%20tekniska%20universitet&sortera=datum-nyast'];
console.log('\n== Search (cold cache, fresh browser context per query; loopback HTTP/1.1 with gzip)');
let worstBytes = 0;
let worstLatency = 0;
for (const query of queries) {
	const context = await browser.newContext();
	const page = await context.newPage();
	// Pagefind fetches from a worker: count every request of the context, workers included.
	const requests: { url: string; bytes: number; end: number }[] = [];
	const pending: Promise<void>[] = [];
	context.on('requestfinished', (request) => {
		pending.push(
			request.sizes().then((sizes) => {
				const timing = request.timing();
				requests.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize, end: timing.startTime + timing.responseEnd });
			}),
		);
	});
	await page.goto(`${server.url}/sok/${query}`);
	await page.waitForFunction(() => performance.getEntriesByName('project-search:results').length > 0, undefined, { timeout: 30_000 });
	await page.waitForTimeout(300);
	await Promise.all(pending);
	const marks = await page.evaluate(() => ({
		searched: performance.timeOrigin + performance.getEntriesByName('project-search:searched')[0]!.startTime,
		first: performance.timeOrigin + (performance.getEntriesByName('project-search:first-result')[0]?.startTime ?? NaN),
		shown: performance.timeOrigin + performance.getEntriesByName('project-search:results')[0]!.startTime,
	}));
	const search = requests.filter((r) => r.url.includes('/pagefind/'));
	const bytes = { search: search.reduce((s, r) => s + r.bytes, 0), page: requests.filter((r) => !r.url.includes('/pagefind/')).reduce((s, r) => s + r.bytes, 0) };
	const chunks = search.filter((r) => /\.(pf_index|pf_filter|pf_meta)$/.test(r.url) && r.end <= marks.searched);
	const lastChunk = Math.max(...chunks.map((r) => r.end));
	const timing = { search: marks.searched - lastChunk, first: marks.first - lastChunk, shown: marks.shown - lastChunk, chunks: chunks.length };
	const results = await page.locator('[data-status]').textContent();
	worstBytes = Math.max(worstBytes, bytes.search);
	worstLatency = Math.max(worstLatency, timing.shown);
	console.log(
		`${decodeURIComponent(query).padEnd(62)} search transfer ${kb(bytes.search)} (+ page ${kb(bytes.page)}), ${timing.chunks} index chunks; ` +
			`last chunk → ranked ${timing.search.toFixed(0)} ms → first result ${timing.first.toFixed(0)} ms → first 10 shown ${timing.shown.toFixed(0)} ms; ${results}`,
	);
	await context.close();
}
await browser.close();
await server.stop();

console.log('\n== Budgets (issue: search)');
console.log(`search transfer, worst query: ${budget(worstBytes, 300 * 1024, kb)}`);
console.log(`last index chunk → results shown, worst query: ${budget(worstLatency, 100, (n) => `${n.toFixed(0)} ms`)}`);

if (!keep) rmSync(dir, { recursive: true, force: true });
else console.log(`\nkept ${dir}`);
