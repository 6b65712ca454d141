/**
 * npm run bench: builds a 10,000-project copy of the site and prints build time, page weights
 * and what a search costs in a real browser (bytes transferred, time from the last index chunk to
 * results). Figures only; budgets are compared and printed, never asserted by a test.
 *
 *   node scripts/bench.ts [--projects 10000] [--keep] [--dir KEPT_COPY]
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../support/chromium.ts';
import { copyProject } from '../support/copy-project.ts';
import { layoutShift, observeLayoutShift } from '../support/layout-shift.ts';
import { serveStatic } from '../support/static-server.ts';
import { writeSyntheticCorpus } from '../support/synthetic-corpus.ts';
import { urls } from '../src/urls.ts';

const args = process.argv.slice(2);
const count = Number(args[args.indexOf('--projects') + 1] ?? 10_000) || 10_000;
const keep = args.includes('--keep');
/** --dir DIR: measure a copy kept by an earlier --keep run instead of building a new one. */
const reuse = args.includes('--dir') ? args[args.indexOf('--dir') + 1] : undefined;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const budget = (value: number, limit: number, unit: (n: number) => string) => `${unit(value)} (budget ${unit(limit)}: ${value <= limit ? 'within' : 'OVER'})`;

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [path];
	});
}

const dir = reuse ?? copyProject(undefined, 'projektbank-bench-');
let buildSeconds = NaN;
if (!reuse) {
	console.log(`Benchmark corpus: ${count} projects in ${dir}`);
	writeSyntheticCorpus(dir, count);
	const started = performance.now();
	const build = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
	buildSeconds = (performance.now() - started) / 1000;
	if (build.status !== 0) {
		console.error(build.stdout.slice(-4000), build.stderr.slice(-4000));
		throw new Error('benchmark build failed');
	}
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
console.log(`build (astro: validation, pages, search index): ${reuse ? 'not measured (--dir)' : `${buildSeconds.toFixed(1)} s`}`);
console.log(`pages: ${html.length} HTML files (${projectPages.length} project pages, ${listPages.length} list pages)`);
console.log(`site size: ${(sizeOf(all) / 1024 / 1024).toFixed(1)} MB, of which search index ${(sizeOf(pagefindFiles) / 1024 / 1024).toFixed(1)} MB`);
console.log(`project page: average ${kb(sizeOf(projectPages) / projectPages.length)}, gzip ${kb(gz(projectPages[0]!))} (first)`);
console.log(`heaviest list page: ${kb(statSync(largestList).size)}, gzip ${kb(gz(largestList))} (${largestList.slice(dist.length)})`);
console.log(`open data: ${kb(statSync(join(dist, 'data/projekt.json')).size)}, gzip ${kb(gz(join(dist, 'data/projekt.json')))}`);

// Charts and maps: code and SVG weights from the built files.
const assets = all.filter((f) => f.includes('/_astro/') && f.endsWith('.js'));
const loader = assets.find((f) => /customElements\.define\(.bar-chart./.test(readFileSync(f, 'utf8')))!;
// chart.js arrives in the chunk the loader imports when a chart scrolls into view.
const chunkName = /chart-render\.[\w-]+\.js/.exec(readFileSync(loader, 'utf8'))![0];
const chartJs = assets.find((f) => f.endsWith(chunkName))!;
const chartCode = gz(loader) + gz(chartJs);
const svgOf = (file: string) => /<svg[^>]*class="map-svg"[\s\S]*?<\/svg>/.exec(readFileSync(file, 'utf8'))![0];
const mapSizes = ['kommun/index.html', 'statistik/index.html', 'lan/index.html'].map((f) => ({ page: `/${f.replace('index.html', '')}`, gzip: gzipSync(svgOf(join(dist, f))).length, raw: svgOf(join(dist, f)).length }));
const withCharts = html.filter((f) => readFileSync(f, 'utf8').includes('<bar-chart')).length;
console.log('\n== Charts and maps');
console.log(`chart code: loader ${kb(gz(loader))} + chart.js chunk ${kb(gz(chartJs))} gzip, loaded on ${withCharts} of ${html.length} pages (chart.js itself only when a chart scrolls into view)`);
for (const m of mapSizes) console.log(`map SVG on ${m.page}: ${kb(m.raw)}, gzip ${kb(m.gzip)}`);

// Search in Chromium, each query in a fresh browser context (cold cache).
const server = await serveStatic(dist);
const browser = await launchChromium();
const queries = ['?q=solel', '?q=digitalisering', '?kommun=Ume%C3%A5', '?q=innovation&lan=Norrbottens%20l%C3%A4n&sortera=belopp-storst', '?agare=Lule%C3%A5%20tekniska%20universitet&sortera=datum-nyast'];
console.log('\n== Search (cold cache, fresh browser context per query; loopback HTTP/1.1 with gzip)');
let worstBytes = 0;
let worstLatency = 0;
let worstRanking = 0;
let worstRender = 0;
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
	// Counting result fragments as chunks too: the time from the last byte of search data to the cards.
	const lastData = Math.max(...search.filter((r) => /\.pf_\w+$/.test(r.url) && r.end <= marks.shown).map((r) => r.end));
	const timing = { search: marks.searched - lastChunk, first: marks.first - lastChunk, shown: marks.shown - lastChunk, render: marks.shown - lastData, chunks: chunks.length };
	const results = await page.locator('[data-status]').textContent();
	worstBytes = Math.max(worstBytes, bytes.search);
	worstLatency = Math.max(worstLatency, timing.shown);
	worstRanking = Math.max(worstRanking, timing.search);
	worstRender = Math.max(worstRender, timing.render);
	console.log(
		`${decodeURIComponent(query).padEnd(62)} search transfer ${kb(bytes.search)} (+ page ${kb(bytes.page)}), ${timing.chunks} index chunks; ` +
			`last chunk → ranked ${timing.search.toFixed(0)} ms → first result ${timing.first.toFixed(0)} ms → first 10 shown ${timing.shown.toFixed(0)} ms (${timing.render.toFixed(0)} ms after the last fragment); ${results}`,
	);
	await context.close();
}
// Layout shift while every chart on a page draws (the boxes are reserved by CSS).
console.log('\n== Layout shift while charts draw');
let worstShift = 0;
for (const path of [urls.statistics, urls.project(String(30_000_000 + 28)), urls.municipality({ name: 'Umeå' })]) {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	await observeLayoutShift(page);
	await page.goto(`${server.url}${path}`);
	const charts = page.locator('bar-chart');
	for (let i = 0; i < (await charts.count()); i++) {
		await charts.nth(i).scrollIntoViewIfNeeded();
		await page.waitForFunction((n) => document.querySelectorAll('bar-chart')[n]?.hasAttribute('data-rendered'), i);
	}
	const shift = await layoutShift(page);
	worstShift = Math.max(worstShift, shift);
	console.log(`${path}: ${await charts.count()} charts, cumulative layout shift ${shift.toFixed(4)}`);
	await page.close();
}
await browser.close();
await server.stop();

console.log('\n== Budgets');
console.log(`chart code: ${budget(chartCode, 50 * 1024, kb)}`);
console.log(`map SVG, largest: ${budget(Math.max(...mapSizes.map((m) => m.gzip)), 150 * 1024, kb)}`);
console.log(`layout shift when charts draw, worst page: ${worstShift.toFixed(4)} (budget: none)`);
console.log(`search transfer, worst query: ${budget(worstBytes, 300 * 1024, kb)}`);
const ms = (n: number) => `${n.toFixed(0)} ms`;
console.log(`last index chunk → results ranked, worst query: ${budget(worstRanking, 100, ms)}`);
console.log(`last index chunk → first 10 results shown (their fragments fetched meanwhile), worst query: ${budget(worstLatency, 100, ms)}`);
console.log(`last search data (fragments included) → results shown, worst query: ${budget(worstRender, 100, ms)}`);

if (!keep && !reuse) rmSync(dir, { recursive: true, force: true });
else console.log(`\nkept ${dir}`);
