/**
 * npm run bench: builds the bank from synthetic corpora of 1,000, 10,000 and 50,000 projects (and
 * 100,000 with --100k), and the minimal Astro + Pagefind site in bench/baseline from the same
 * corpus in the same run, and prints figures in a stable format: build phases, peak memory, pages,
 * sizes, search transfer in Chromium, page weights, the incremental rebuild, and Lighthouse. Figures
 * only: budgets are compared and printed, never asserted by a test.
 *
 *   node scripts/bench.ts [--projects 1000,10000,50000] [--100k] [--no-baseline] [--no-lighthouse] [--keep]
 *   node scripts/bench.ts --history-only [--projects 10000]   (only reading the entries' git history)
 *   node scripts/bench.ts --sorted-only [--projects 10000,50000,100000]   (only the sorted lists of a search
 *     with no words: their size, each query's first-page transfer, and the search page's HTML; no Astro build)
 *
 * Each corpus is committed as a git history (support/synthetic-history.ts): an import and two rounds
 * of edits, so the build reads and shows versions as a bank in use does.
 */
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { launchChromium, CHROMIUM_PATH } from '../support/chromium.ts';
import { copyProject } from '../support/copy-project.ts';
import { measure, type Measured } from '../support/process-memory.ts';
import { serveStatic } from '../support/static-server.ts';
import { writeSyntheticCorpus } from '../support/synthetic-corpus.ts';
import { commitSyntheticHistory } from '../support/synthetic-history.ts';
import { entryVersions, readBlobs, readChanges } from '../src/entries/history.ts';
import { siteConfig } from '../src/site.config.ts';
import { urls } from '../src/urls.ts';
import { SortedListResults, type SortedListsInfo } from '../src/client/sorted-lists.ts';
import { searchSortKeys, sortOrders } from '../src/domain/listing.ts';
import { readEntryFiles } from '../src/entries/files.ts';
import { formatProblem, validateEntries } from '../src/entries/validate.ts';
import { createBank, type Bank } from '../src/views/bank.ts';
import { searchFilterOptions } from '../src/views/search.ts';
import { sortedListFiles, sortedListsInfo, sortedRowFiles } from '../src/views/sorted-lists.ts';
import { namedEntityFiles, searchShards } from '../src/views/search-index.ts';
import { nameBucket } from '../src/client/shard-search.ts';
import { fold } from '../src/domain/text.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const sizes = (option('--projects') ?? (flag('--sorted-only') ? '10000,50000,100000' : '1000,10000,50000'))
	.split(',')
	.map(Number)
	.concat(flag('--100k') ? [100_000] : []);
const node = process.execPath;
const astro = resolve('node_modules/astro/bin/astro.mjs');
const execFileAsync = promisify(execFile);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const row = (label: string, value: string) => console.log(`  ${label.padEnd(46)} ${value}`);
const verdict = (ok: boolean) => (ok ? 'within' : 'OVER');

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));
}
const sizeOf = (list: string[]) => list.reduce((sum, f) => sum + statSync(f).size, 0);
const gz = (text: string | Buffer) => gzipSync(text).length;

/** Astro's durations: "850ms", "12.34s" or, past a minute, "3m 12s". */
function astroSeconds(text: string | undefined): number {
	const match = /^(?:(\d+)m )?([\d.]+)(ms|s)$/.exec(text ?? '');
	if (!match) return NaN;
	return Number(match[1] ?? 0) * 60 + Number(match[2]) / (match[3] === 'ms' ? 1000 : 1);
}

/** Seconds a phase took, from the lines the loader, Astro and the search-index integration log. */
function phases(output: string) {
	const number = (re: RegExp) => Number(re.exec(output)?.[1] ?? NaN);
	return {
		validation: number(/entries valid \(([\d.]+) s/),
		markdown: number(/summaries rendered \(([\d.]+) s\)/),
		pages: astroSeconds(/generating static routes[\s\S]*?Completed in ([^.\n]+(?:\.\d+)?(?:ms|s))\./.exec(output)?.[1]),
		search: number(/projects indexed [^\n]*\(([\d.]+) s after the pages\)/),
		rendered: (output.match(/\(\+\d+ms\)/g) ?? []).length,
		restored: (output.match(/\((?:restored|cached)\)/g) ?? []).length,
	};
}

function build(dir: string): Promise<Measured> {
	return measure(node, ['scripts/build.ts'], { cwd: dir });
}

/** A copy of the baseline site reading the same corpus, linked to this project's packages. */
function baselineCopy(corpus: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'projektbank-baseline-'));
	cpSync(resolve('bench/baseline'), dir, { recursive: true });
	mkdirSync(join(dir, 'node_modules'));
	for (const name of readdirSync('node_modules'))
		if (!name.startsWith('.') || name === '.bin') symlinkSync(resolve('node_modules', name), join(dir, 'node_modules', name));
	writeFileSync(join(dir, '.corpus'), corpus);
	return dir;
}

async function buildBaseline(corpus: string): Promise<{ seconds: number; peakBytes: number }> {
	const dir = baselineCopy(corpus);
	const astroBuild = await measure(node, [astro, 'build'], { cwd: dir, env: { BENCH_CONTENT: corpus } });
	if (astroBuild.status !== 0) throw new Error(`baseline build failed:\n${astroBuild.output.slice(-3000)}`);
	const index = await measure(node, ['index.ts', 'dist'], { cwd: dir });
	if (index.status !== 0) throw new Error(`baseline index failed:\n${index.output.slice(-3000)}`);
	rmSync(dir, { recursive: true, force: true });
	return { seconds: astroBuild.seconds + index.seconds, peakBytes: Math.max(astroBuild.peakBytes, index.peakBytes) };
}

interface SearchFigures {
	query: string;
	/** Bytes over the wire until the first results show (cold cache). */
	first: number;
	/** Bytes until the search has counted every shard. */
	complete: number;
	ms: number;
	status: string;
}

async function searchTransfer(site: string, queries: string[]): Promise<SearchFigures[]> {
	const server = await serveStatic(site);
	const browser = await launchChromium();
	const out: SearchFigures[] = [];
	for (const query of queries) {
		const context = await browser.newContext();
		const page = await context.newPage();
		const requests: { url: string; bytes: number; at: number }[] = [];
		const pending: Promise<void>[] = [];
		context.on('requestfinished', (request) => {
			const at = performance.now();
			pending.push(
				request
					.sizes()
					.then((sizes) => void requests.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize, at })),
			);
		});
		const started = performance.now();
		await page.goto(`${server.url}${urls.search()}${query}`);
		await page.waitForFunction(() => performance.getEntriesByName('project-search:results').length > 0, undefined, { timeout: 120_000 });
		const firstShown = performance.now();
		await page.waitForFunction(() => !document.querySelector('project-search')?.hasAttribute('aria-busy'), undefined, { timeout: 300_000 });
		await page.waitForTimeout(200);
		await Promise.all(pending);
		const search = requests.filter((r) => r.url.includes('/pagefind/'));
		out.push({
			query,
			first: search.filter((r) => r.at <= firstShown).reduce((sum, r) => sum + r.bytes, 0),
			complete: search.reduce((sum, r) => sum + r.bytes, 0),
			ms: firstShown - started,
			status: (await page.locator('[data-status]').textContent()) ?? '',
		});
		await context.close();
	}
	await browser.close();
	await server.stop();
	return out;
}

/** Gzip bytes a page brings: its HTML, its stylesheets and the scripts it loads at once (chart.js comes later, on scroll). */
function pageWeight(site: string, path: string) {
	const file = join(site, path, 'index.html');
	const html = readFileSync(file, 'utf8');
	const root = parse(html);
	const local = (href: string) => join(site, href.split('?')[0]!);
	const css = root.querySelectorAll('link[rel="stylesheet"]').reduce((sum, l) => sum + gz(readFileSync(local(l.getAttribute('href')!))), 0);
	const scripts = root
		.querySelectorAll('script[src], link[rel="modulepreload"]')
		.map((el) => el.getAttribute('src') ?? el.getAttribute('href')!);
	const js = [...new Set(scripts)].reduce((sum, src) => sum + gz(readFileSync(local(src))), 0);
	const inlineStyle = root.querySelectorAll('style').reduce((sum, el) => sum + el.text.length, 0);
	return { html: gz(html), css, js, inlineStyle };
}

/** Asynchronous: the static server answering Lighthouse runs in this process. */
async function lighthouse(url: string): Promise<{ performance: number; accessibility: number; cls: number } | string> {
	try {
		const { stdout } = await execFileAsync(
			'npx',
			[
				'--yes',
				'lighthouse@13.5.0',
				url,
				'--quiet',
				'--output=json',
				'--output-path=stdout',
				'--only-categories=performance,accessibility',
				'--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
			],
			{ encoding: 'utf8', env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 1 << 28 },
		);
		const lhr = JSON.parse(stdout);
		return {
			performance: lhr.categories.performance.score * 100,
			accessibility: lhr.categories.accessibility.score * 100,
			cls: lhr.audits['cumulative-layout-shift'].numericValue,
		};
	} catch (error) {
		return `lighthouse failed: ${String((error as { stderr?: string }).stderr ?? error).slice(-300)}`;
	}
}

/**
 * The search page's HTML for a bank: the built page (dist/sok/, from npm run build) with its filters'
 * options and the sorted lists' figures as the template would write them for this bank.
 */
function searchPageFor(bank: Bank, built: string): string {
	const root = parse(built);
	const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');
	for (const filter of searchFilterOptions(bank)) {
		const select = root.querySelector(`select[name="${filter.name}"]`);
		if (select)
			select.innerHTML =
				'<option value="">Alla</option>' +
				filter.options.map((o) => `<option value="${escape(o.value)}">${escape(o.value)} (${o.count})</option>`).join('');
	}
	root.querySelector('project-search')!.setAttribute('data-sorted', JSON.stringify(sortedListsInfo(bank)));
	return root.toString();
}

/** --sorted-only: writes a synthetic bank's sorted lists and measures a first page of searches with no words, in gzip bytes. */
async function sortedOnly(count: number) {
	const dir = copyProject(undefined, 'projektbank-sorted-');
	writeSyntheticCorpus(dir, count);
	console.log(`\n== ${count.toLocaleString('en')} projects, sorted lists only (${dir})`);
	const started = performance.now();
	const { entries, problems } = validateEntries(readEntryFiles('src/content/projects', dir), siteConfig);
	if (problems.length) throw new Error(problems.slice(0, 5).map(formatProblem).join('\n'));
	const bank = createBank(
		entries.map((e) => ({ key: e.key, data: e.data, body: e.body })),
		siteConfig,
	);
	row('entries read and validated', s((performance.now() - started) / 1000));
	const writeStarted = performance.now();
	const files = new Map<string, string>();
	for (const key of searchSortKeys)
		for (const [path, content] of Object.entries({ ...sortedRowFiles(bank, key), ...sortedListFiles(bank, key) })) files.set(path, content);
	const out = join(dir, 'dist');
	for (const [path, content] of files) {
		mkdirSync(join(out, path, '..'), { recursive: true });
		writeFileSync(join(out, path), content);
	}
	const bytes = [...files.values()].reduce((sum, c) => sum + Buffer.byteLength(c), 0);
	row(
		'sorted lists made and written',
		`${s((performance.now() - writeStarted) / 1000)}: ${files.size.toLocaleString('en')} files, ${mb(bytes)}`,
	);
	const info: SortedListsInfo = sortedListsInfo(bank);
	const gzipped = new Map<string, number>();
	const owner = bank.projects.find((p) => p.data.owner?.name.startsWith('Utvecklingsbolag'))!.data.owner!.name;
	const queries: [string, Record<string, string>, string][] = [
		['no filter', {}, 'belopp-storst'],
		['no filter, smallest first', {}, 'belopp-minst'],
		['no filter, earliest start', {}, 'start-aldst'],
		['one filter: kommun Umeå', { kommun: 'Umeå' }, 'belopp-storst'],
		['one filter: status Beviljat', { status: 'Beviljat' }, 'start-nyast'],
		['two filters: län Norrbotten, år 2020', { lan: 'Norrbottens län', ar: '2020' }, 'belopp-storst'],
		['two filters: kommun Umeå, fond ERUF', { kommun: 'Umeå', fond: 'ERUF' }, 'budget-minst'],
		[`one owner: ${owner}`, { agare: owner }, 'belopp-storst'],
	];
	console.log('first page of a search with no words (10 cards; gzip of every file fetched)');
	let worst = 0;
	for (const [label, filters, slug] of queries) {
		const order = sortOrders.find((o) => o.slug === slug)!;
		const fetched: string[] = [];
		const results = new SortedListResults(info, order, filters, async (path) => {
			fetched.push(path);
			const content = files.get(path);
			if (content === undefined) return undefined;
			if (!gzipped.has(path)) gzipped.set(path, gz(content));
			return JSON.parse(content);
		});
		await results.start();
		const cards = await results.next(10);
		const transfer = fetched.reduce((sum, path) => sum + (gzipped.get(path) ?? 0), 0);
		worst = Math.max(worst, transfer);
		row(
			`  ${label} (${slug})`,
			`${kb(transfer)} in ${fetched.length} files; ${results.total.toLocaleString('en')} hits, ${cards.length} shown`,
		);
	}
	row('first page, worst', `${kb(worst)} (budget 150 KB: ${verdict(worst <= 150 * 1024)})`);
	// The owner and financier suggestions read the name lookup file of what is typed (views/search-index.ts namedEntityFiles).
	const names = namedEntityFiles(searchShards(bank));
	const buckets = Object.keys(names);
	const nameSizes = buckets.map((b) => gz(JSON.stringify(names[b])));
	const ownerFile = nameBucket(fold(owner), buckets);
	row(
		'name lookup files (owner suggestions)',
		`${buckets.length} files, largest ${kb(Math.max(...nameSizes))} gzip; "${owner}" reads ${ownerFile}.json, ${kb(gz(JSON.stringify(names[ownerFile])))}`,
	);
	const built = 'dist/sok/index.html';
	if (statSync(built, { throwIfNoEntry: false })) {
		const html = searchPageFor(bank, readFileSync(built, 'utf8'));
		row('search page HTML', `${kb(gz(html))} gzip, ${kb(html.length)} raw (budget 30 KB gzip: ${verdict(gz(html) <= 30 * 1024)})`);
	} else row('search page HTML', 'not measured: run npm run build first (the page is measured from dist/sok/)');
	rmSync(dir, { recursive: true, force: true });
}

console.log(
	`npm run bench: ${sizes.map((n) => n.toLocaleString('en')).join(', ')} projects; ${new Date().toISOString()}; ${spawnSync('nproc').stdout.toString().trim()} cores`,
);

if (flag('--sorted-only')) {
	for (const count of sizes) await sortedOnly(count);
	process.exit(0);
}

for (const count of sizes) {
	const dir = copyProject(undefined, 'projektbank-bench-');
	writeSyntheticCorpus(dir, count);
	const corpus = join(dir, 'src/content/projects');
	console.log(`\n== ${count.toLocaleString('en')} projects (${dir})`);

	console.log('change history (git)');
	const commits = commitSyntheticHistory(dir);
	const gitStarted = performance.now();
	const changes = readChanges(dir);
	const contents = readBlobs(dir, [...new Set(changes.flatMap((c) => c.blob ?? []))]);
	const gitSeconds = (performance.now() - gitStarted) / 1000;
	const validateStarted = performance.now();
	const versions = [...entryVersions(changes, contents, siteConfig).values()].flat();
	const validateSeconds = (performance.now() - validateStarted) / 1000;
	row(
		'git log + git cat-file --batch (2 calls)',
		`${s(gitSeconds)} for ${versions.length.toLocaleString('en')} versions in ${commits} commits (${mb([...contents.values()].reduce((n, b) => n + b.length, 0))})`,
	);
	row(
		'every version validated (none from the build)',
		`${s(validateSeconds)}; ${versions.filter((v) => !v.entry).length} unreadable (the build validates only versions that differ from the files)`,
	);
	if (flag('--history-only')) {
		rmSync(dir, { recursive: true, force: true });
		continue;
	}

	const full = await build(dir);
	if (full.status !== 0) {
		console.log(full.output.slice(-4000));
		throw new Error(`the build of ${count} projects failed`);
	}
	const phase = phases(full.output);
	const dist = join(dir, 'dist');
	const all = files(dist);
	const html = all.filter((f) => f.endsWith('.html'));
	const index = all.filter((f) => f.includes('/pagefind/'));
	const projectPages = html.filter((f) => /\/projekt\/\d+\/index\.html$/.test(f)).length;
	const facetValues = html.filter((f) => /\/(kommun|lan|region|fond|organisation)\/[^/]+\/index\.html$/.test(f)).length;
	const pageBudget = Math.round(1.3 * count) + facetValues;
	const manifest = JSON.parse(readFileSync(join(dist, 'pagefind/delar.json'), 'utf8')) as { shards: { count: number }[] };

	console.log('build');
	row('whole build (npm run build)', s(full.seconds));
	row('  validation of the entries', s(phase.validation));
	row('  Markdown summaries rendered', s(phase.markdown));
	row('  pages rendered by Astro', `${s(phase.pages)} (${Math.round(html.length / phase.pages)} pages/s)`);
	row('  search index (Pagefind), beyond the pages', `${s(phase.search)} (indexed while the pages render)`);
	row('peak memory (Astro and Pagefind together)', mb(full.peakBytes));
	row('HTML pages', `${html.length} (${projectPages} project pages; budget ${pageBudget}: ${verdict(html.length <= pageBudget)})`);
	const distBytes = sizeOf(all);
	row('dist/', `${mb(distBytes)} in ${all.length} files`);
	row(
		'search index',
		`${mb(sizeOf(index))} in ${index.length} files, ${manifest.shards.length} shard(s) of at most ${Math.max(...manifest.shards.map((x) => x.count))} projects`,
	);

	console.log('page weight (gzip: HTML + CSS + scripts loaded at once)');
	const projectWithChart = urls.project(String(30_000_000)); // a § 40 copy: financing chart
	const projectWithout = urls.project(String(30_000_020)); // a list copy: no chart
	for (const [name, path] of [
		['home', urls.home],
		['project page, no chart', projectWithout],
		['project page with a chart', projectWithChart],
		['project list', urls.projects],
		['municipality page', urls.municipality({ name: 'Umeå' })],
		['municipalities', urls.municipalities],
		['statistics', urls.statistics],
		['search', urls.search()],
	] as const) {
		const w = pageWeight(dist, path);
		const note = name.startsWith('project page')
			? ` (HTML + CSS budget 14 KB: ${verdict(w.html + w.css <= 14 * 1024)}${w.js ? '' : ', no script'})`
			: '';
		row(`  ${name}`, `HTML ${kb(w.html)} + CSS ${kb(w.css)} + JS ${kb(w.js)}${note}`);
	}

	console.log('search in Chromium (cold cache, loopback HTTP/1.1 with gzip)');
	const results = await searchTransfer(dist, [
		'?q=digitalisering',
		`?kommun=${encodeURIComponent('Umeå')}`,
		// A name in the box is searched as what it names (client/query-names.ts): a place, an organisation, a typo of a place.
		`?q=${encodeURIComponent('Umeå')}`,
		`?q=${encodeURIComponent('Region Västerbotten')}`,
		'?q=Skeleftea',
		'?q=30000028',
		'?q=projektet',
		`?lan=${encodeURIComponent('Norrbottens län')}&sortera=belopp-storst`,
		// Where the project list's column headers lead: the whole bank in one order.
		'?sortera=belopp-minst',
	]);
	for (const r of results)
		row(
			`  ${decodeURIComponent(r.query)}`,
			`first results ${kb(r.first)} in ${r.ms.toFixed(0)} ms; all shards counted ${kb(r.complete)}; ${r.status.replace(/\s+/g, ' ').slice(0, 60)}`,
		);
	const typical = results[0]!;
	const worstFirst = Math.max(...results.map((r) => r.first));
	row('first query, typical', `${kb(typical.first)} (budget 300 KB: ${verdict(typical.first <= 300 * 1024)})`);
	row('first query, worst', `${kb(worstFirst)} (budget 300 KB: ${verdict(worstFirst <= 300 * 1024)})`);

	console.log('incremental rebuild');
	const entry = join(corpus, `${30_000_005}.md`);
	writeFileSync(entry, readFileSync(entry, 'utf8').replace(/^title: (.*)$/m, 'title: $1 (ändrad)'));
	const again = await build(dir);
	const re = phases(again.output);
	row(
		'one entry edited, rebuilt',
		`${s(again.seconds)} (${re.rendered} pages rendered, ${re.restored} restored; budget 20 s: ${verdict(again.seconds <= 20)})`,
	);

	if (!flag('--no-baseline')) {
		const baseline = await buildBaseline(corpus);
		console.log('baseline (bench/baseline: minimal Astro 7 + Pagefind, same corpus, same run)');
		row('baseline build', `${s(baseline.seconds)}, peak memory ${mb(baseline.peakBytes)}`);
		row('bank / baseline', `${(full.seconds / baseline.seconds).toFixed(2)}×`);
		if (count === 10_000)
			row(
				'budget at 10,000',
				`≤ 2× baseline: ${verdict(full.seconds <= 2 * baseline.seconds)}; under 60 s: ${verdict(full.seconds < 60)}; memory under 2 GB: ${verdict(full.peakBytes < 2 * 1024 ** 3)}; dist under 200 MB: ${verdict(distBytes < 200 * 1024 ** 2)}`,
			);
	}
	if (count === 50_000) row('budget at 50,000', `under 5 minutes: ${verdict(full.seconds < 300)}`);
	if (count === 100_000) row('budget at 100,000', `within 8 GB: ${verdict(full.peakBytes < 8 * 1024 ** 3)}`);

	if (count === 10_000 && !flag('--no-lighthouse')) {
		console.log('Lighthouse (mobile, simulated throttling; Debian Chromium)');
		const server = await serveStatic(dist);
		for (const [name, path] of [
			['home', urls.home],
			['project page', projectWithChart],
			['municipality page', urls.municipality({ name: 'Umeå' })],
			['search', `${urls.search()}?q=digitalisering`],
		] as const) {
			const lh = await lighthouse(`${server.url}${path}`);
			row(
				`  ${name}`,
				typeof lh === 'string' ? lh : `performance ${lh.performance}, accessibility ${lh.accessibility}, layout shift ${lh.cls.toFixed(3)}`,
			);
		}
		await server.stop();
	}

	if (flag('--keep')) console.log(`kept ${dir}`);
	else rmSync(dir, { recursive: true, force: true });
}
