/**
 * Search in a real browser: a municipality, a word, filters and sorts give the right projects,
 * and the URL carries the whole search both ways.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { countiesOf } from '../../src/domain/places.ts';
import { urls } from '../../src/urls.ts';
import { shippedProjects } from '../helpers/shipped.ts';
import { layoutShift, observeLayoutShift } from '../../support/layout-shift.ts';
import { useSiteInChromium } from './harness.ts';

const projects = shippedProjects();
const chromium = useSiteInChromium();

async function openSearch(query = '', javaScriptEnabled = true) {
	const context = await chromium.browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.goto(`${chromium.url}/sok/${query}`);
	return { page, errors, close: () => context.close() };
}

async function resultPaths(page: Page): Promise<string[]> {
	await page.waitForFunction(
		() =>
			!document.querySelector('project-search')?.hasAttribute('aria-busy') &&
			!/Söker/.test(document.querySelector('[data-status]')?.textContent ?? ''),
	);
	return page.locator('.result h3 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

const pathsOf = (keys: string[]) => keys.map((k) => urls.project(k)).sort();

/** Every hit, pressing "Visa fler" until it is gone; each press shows what its label says. */
async function allResultPaths(page: Page): Promise<string[]> {
	let paths = await resultPaths(page);
	const more = page.locator('[data-more]');
	while (await more.isVisible()) {
		const label = (await more.textContent()) ?? '';
		const promised = Number(/Visa (?:de )?(\d+)/.exec(label)?.[1]);
		await more.click();
		await expect.poll(() => page.locator('.result').count()).toBe(paths.length + promised);
		paths = await resultPaths(page);
	}
	return paths;
}

it('finds every project working in a municipality, from a shared URL', async () => {
	const { page, errors, close } = await openSearch('?kommun=Pite%C3%A5');
	const expected = projects.filter((p) => p.data.municipalities.includes('Piteå')).map((p) => p.key);
	expect(expected.length).toBeGreaterThan(2);
	expect((await resultPaths(page)).sort()).toEqual(pathsOf(expected));
	expect(await page.locator('select[name="kommun"]').inputValue()).toBe('Piteå');
	await expect.poll(() => page.locator('[data-status]').textContent()).toContain(`${expected.length} projekt hittades`);
	expect(errors).toEqual([]);
	await close();
});

it('searches words with Swedish stemming, filters and sorts, and keeps it all in the URL', async () => {
	const { page, errors, close } = await openSearch();
	await page.getByLabel('Sökord').fill('digitaliseringen');
	await page.getByLabel('Sökord').press('Enter');
	const hits = await resultPaths(page);
	expect(hits).toContain('/projekt/20378916/'); // INDI: "Intelligent digitalisering i industrin"
	expect(new URL(page.url()).searchParams.get('q')).toBe('digitaliseringen');

	await page.getByLabel('Län').selectOption('Norrbottens län');
	await page.getByRole('button', { name: 'Visa träffar' }).click();
	const inNorrbotten = await resultPaths(page);
	const norrbottenKeys = new Set(projects.filter((p) => countiesOf(p.data).some((c) => c.code === '25')).map((p) => urls.project(p.key)));
	expect(inNorrbotten.length).toBeGreaterThan(0);
	expect(inNorrbotten.length).toBeLessThanOrEqual(hits.length);
	for (const path of inNorrbotten) expect(norrbottenKeys).toContain(path);
	expect(new URL(page.url()).searchParams.get('lan')).toBe('Norrbottens län');

	await page.getByLabel('Sortera').selectOption('budget-storst');
	await page.getByRole('button', { name: 'Visa träffar' }).click();
	const sorted = await resultPaths(page);
	const budgets = sorted.map((path) => projects.find((p) => urls.project(p.key) === path)!.data.totalBudget ?? 0);
	expect(budgets).toEqual([...budgets].sort((a, b) => b - a));
	const shared = page.url();
	expect(new URL(shared).searchParams.get('sortera')).toBe('budget-storst');

	// The URL round-trips: opening it again gives the same form and the same results.
	const again = await openSearch(new URL(shared).search);
	expect(await resultPaths(again.page)).toEqual(sorted);
	expect(await again.page.getByLabel('Sökord').inputValue()).toBe('digitaliseringen');
	expect(await again.page.getByLabel('Län').inputValue()).toBe('Norrbottens län');
	await again.close();

	// Back goes to the previous search.
	await page.goBack();
	await expect.poll(() => new URL(page.url()).searchParams.get('sortera')).toBeNull();
	expect((await resultPaths(page)).sort()).toEqual([...inNorrbotten].sort());
	expect(errors).toEqual([]);
	await close();
});

it('finds by owner and by fund, and sorts by granted amount', async () => {
	const { page, close } = await openSearch('?fond=ESF%2B&sortera=belopp-storst');
	const esf = projects.filter((p) => p.data.fund === 'ESF+').sort((a, b) => (b.data.grantedAmount ?? 0) - (a.data.grantedAmount ?? 0));
	expect(await resultPaths(page)).toEqual(esf.map((p) => urls.project(p.key)));
	await close();

	const owner = await openSearch('?agare=Lule%C3%A5%20tekniska%20universitet');
	const ltu = projects.filter((p) => p.data.owner?.name.toLocaleLowerCase('sv') === 'luleå tekniska universitet').map((p) => p.key);
	expect((await resultPaths(owner.page)).sort()).toEqual(pathsOf(ltu));
	await owner.close();
});

it('filters by the status of the work: the source’s word apart from what a period says', async () => {
	const derived = await openSearch('?arbete=Avslutat+enligt+projektperioden');
	const ended = projects.filter((p) => p.data.status === 'granted' && p.data.period && !p.data.workStatus).map((p) => p.key);
	expect((await allResultPaths(derived.page)).sort()).toEqual(pathsOf(ended));
	await derived.close();
	const stated = await openSearch('?arbete=P%C3%A5g%C3%A5ende');
	expect(await resultPaths(stated.page)).toEqual([urls.project('hallbar-samhallsomstallning')]); // the application calls HSO "pågående"
	await stated.close();
});

it('says clearly when nothing is found', async () => {
	const { page, close } = await openSearch('?q=xyzzyqwerty');
	expect(await resultPaths(page)).toEqual([]);
	expect(await page.locator('[data-status]').textContent()).toContain('Inga projekt hittades');
	await close();
});

it('is usable with the keyboard alone', async () => {
	const { page, close } = await openSearch();
	await page.keyboard.press('Tab'); // skip link
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('q');
	await page.keyboard.type('solel');
	await page.keyboard.press('Enter');
	expect(await resultPaths(page)).toEqual(['/projekt/20204814/']); // Arctic Solar 2.0
	await close();
});

it('without JavaScript, says once that search needs it, shows no inert controls and offers every place to browse', async () => {
	const { page, close } = await openSearch('?q=solel', false);
	expect(await page.locator('form.search-form').isVisible()).toBe(false);
	expect(await page.locator('[data-status]').isVisible()).toBe(false);
	expect(await page.getByRole('button').count()).toBe(0);
	expect(await page.locator('main').textContent()).toMatch(
		/^(?![\s\S]*Sökningen behöver JavaScript[\s\S]*Sökningen behöver JavaScript)[\s\S]*Sökningen behöver JavaScript/,
	);
	for (const href of ['/kommun/', '/projekt/', '/organisation/', '/fond/'])
		expect(await page.locator(`[data-no-js] a[href="${href}"]`).count()).toBe(1);
	await page.locator('[data-no-js] summary').click();
	await page.locator('[data-no-js] a[href="/kommun/pitea/"]').click();
	expect(new URL(page.url()).pathname).toBe('/kommun/pitea/');
	// The home page's search box leads to the search too: without JavaScript it is not shown either.
	await page.goto(`${chromium.url}/`);
	expect(await page.locator('form.home-search').isVisible()).toBe(false);
	expect(await page.locator('main a[href="/kommun/"]:visible').count()).toBeGreaterThan(0);
	await close();
});

it('without JavaScript, the project list’s column headers are not links into the search page, which needs it', async () => {
	for (const javaScriptEnabled of [false, true]) {
		const context = await chromium.browser.newContext({ javaScriptEnabled });
		const page = await context.newPage();
		await page.goto(`${chromium.url}/projekt/`);
		const visibleLinks = await page
			.locator('a:visible')
			.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
		const intoSearch = visibleLinks.filter((href) => href.startsWith('/sok/?'));
		if (javaScriptEnabled) expect(intoSearch.length).toBeGreaterThan(0);
		else expect(intoSearch).toEqual([]);
		// The headers still name their columns.
		const headers = await page.locator('.project-table thead th').evaluateAll((ths) => ths.map((th) => (th as HTMLElement).innerText));
		expect(
			headers.filter((h) => h.startsWith('Beviljat belopp')),
			String(javaScriptEnabled),
		).toHaveLength(1);
		await context.close();
	}
});

it('puts the project first whose diarienummer or ärende-id is searched, looking up its shard first', async () => {
	for (const [query, key] of [
		['00054-2020', '20204898'],
		['20372556', '20372556'],
	] as const) {
		const page = await chromium.browser.newPage();
		const lookups: string[] = [];
		page.on('request', (r) => new URL(r.url()).pathname.startsWith('/sok/arenden/') && lookups.push(new URL(r.url()).pathname));
		await page.goto(`${chromium.url}/sok/?q=${query}`);
		expect((await resultPaths(page))[0], query).toBe(urls.project(key));
		expect(lookups).toEqual([urls.caseNumbers(0)]);
		await page.close();
	}
});

it('searches a misspelt municipality as the one it is close to, saying so, with the words as typed a click away', async () => {
	const { page, close } = await openSearch('?q=Skeleftea');
	const expected = projects.filter((p) => p.data.municipalities.includes('Skellefteå')).map((p) => p.key);
	expect((await allResultPaths(page)).sort()).toEqual(pathsOf(expected));
	const suggestion = page.locator('[data-suggestion]');
	expect(await suggestion.textContent()).toBe('Visar resultat för Skellefteå. Sök i stället på ”Skeleftea”.');
	expect(await page.locator('[data-status]').textContent()).toContain(`${expected.length} projekt hittades för Skellefteå`);
	await suggestion.locator('a').click();
	await page.waitForURL((url) => url.searchParams.get('exakt') === '1'); // a new page: waits for it to load
	await expect.poll(() => page.locator('[data-status]').textContent()).toContain('Inga projekt hittades för ”Skeleftea”');
	expect(await resultPaths(page)).toEqual([]); // no project has the word as typed
	await close();

	const solar = await openSearch('?q=solel&lan=Norrbottens%20l%C3%A4n');
	expect(await resultPaths(solar.page)).toEqual(['/projekt/20204814/']); // Arctic Solar 2.0, for the county's small businesses
	expect(await solar.page.locator('.result .result-places').first().textContent()).toBe('Län (utan namngivna kommuner): Norrbottens län');
	await solar.close();
});

it('finds all nine of Region Norrbotten’s decisions of 2020 under Norrbottens län, and says what was searched in the title', async () => {
	const { page, close } = await openSearch('?lan=Norrbottens%20l%C3%A4n&beslutande=Region%20Norrbotten&ar=2020');
	expect(await resultPaths(page)).toHaveLength(9);
	expect(await page.title()).toBe('Norrbottens län, Region Norrbotten, 2020 – Sök projekt – Öppna projektbanken');
	await close();
});

it('folds the filters on a phone and says how many are in use', async () => {
	const context = await chromium.browser.newContext({ viewport: { width: 390, height: 800 } });
	const page = await context.newPage();
	await page.goto(`${chromium.url}/sok/?kommun=Pite%C3%A5&sortera=belopp-storst`);
	await resultPaths(page);
	expect(await page.locator('details[data-filters]').getAttribute('open')).toBeNull();
	expect(await page.locator('details[data-filters] summary').textContent()).toContain('(2 valda)');
	expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
	await context.close();
});

it('shows its hits without moving what is already on the screen, on a phone', async () => {
	const context = await chromium.browser.newContext({ viewport: { width: 390, height: 800 } });
	const page = await context.newPage();
	await observeLayoutShift(page);
	await page.goto(`${chromium.url}/sok/?q=digitalisering`);
	expect((await resultPaths(page)).length).toBeGreaterThan(0);
	await page.locator('[data-download]').waitFor({ state: 'visible' });
	expect(await page.locator('[data-no-js]').count()).toBe(0);
	expect(await layoutShift(page)).toBeLessThan(0.01);
	await context.close();
});

it('applies filters when asked, not as arrow keys move through a list: no search and no history entry per step (WCAG 3.2.2)', async () => {
	const { page, close } = await openSearch('?q=digitalisering');
	await resultPaths(page);
	const before = await page.evaluate(() => history.length);
	const status = await page.locator('[data-status]').textContent();
	const select = page.getByLabel('Kommun');
	await select.focus();
	for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
	await page.waitForTimeout(400);
	expect(await page.evaluate(() => history.length)).toBe(before);
	expect(new URL(page.url()).searchParams.get('kommun')).toBeNull();
	expect(await page.locator('[data-status]').textContent()).toBe(status);
	const chosen = await select.inputValue();
	expect(chosen).not.toBe('');
	await page.getByRole('button', { name: 'Visa träffar' }).click();
	await expect.poll(() => new URL(page.url()).searchParams.get('kommun')).toBe(chosen);
	await resultPaths(page);
	expect(await page.evaluate(() => history.length)).toBe(before + 1);
	await close();
});

it('shows each hit’s decision with its date as precise as the source, and its amount', async () => {
	const { page, close } = await openSearch('?q=Datacenter');
	await resultPaths(page);
	const card = page.locator('.result', { has: page.locator('a[href="/projekt/20204898/"]') });
	expect(await card.locator('.result-decision').textContent()).toBe('Beslut om stöd 24 mars 2020');
	expect(await card.locator('.result-facts').textContent()).toContain('Beviljat belopp: 3\u00a0500\u00a0000\u00a0kr');
	await close();
	const dovi = await openSearch('?q=20359783');
	await resultPaths(dovi.page);
	expect(await dovi.page.locator('.result-decision').first().textContent()).toMatch(/Ändringsbeslut 29 augusti 2025$/);
	await dovi.close();
});

it('finds an amendment by the year it was made, and counts what "Visa fler" then shows', async () => {
	const decidedIn2025 = (p: (typeof projects)[number]) =>
		p.data.decisions.some((d) => ['grant', 'rejection', 'amendment'].includes(d.kind) && d.date?.startsWith('2025'));
	const amended = projects.filter(decidedIn2025).map((p) => p.key);
	expect(projects.some((p) => decidedIn2025(p) && p.data.decisions.some((d) => d.kind === 'amendment'))).toBe(true);
	const { page, close } = await openSearch('?ar=2025');
	expect((await allResultPaths(page)).sort()).toEqual(pathsOf(amended));
	await close();
	const all = await openSearch('?sortera=belopp-storst');
	expect(await allResultPaths(all.page)).toHaveLength(projects.length);
	await all.close();
});

it('sorts projects without the value last in both directions', async () => {
	for (const sortera of ['belopp-storst', 'belopp-minst']) {
		const { page, close } = await openSearch(`?sortera=${sortera}`);
		const byPath = new Map(projects.map((p) => [urls.project(p.key), p.data]));
		const hasValue = (await allResultPaths(page)).map(
			(path) => byPath.get(path)!.status === 'granted' && byPath.get(path)!.grantedAmount !== undefined,
		);
		expect(hasValue.indexOf(false), sortera).toBeGreaterThan(0);
		expect(
			hasValue.slice(hasValue.indexOf(false)).every((v) => !v),
			sortera,
		).toBe(true);
		await close();
	}
});

/** The paths a page fetched while it searched, from the first search's start. */
function fetchedPaths(page: Page): string[] {
	const paths: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.pathname !== '/sok/') paths.push(url.pathname);
	});
	return paths;
}

it('answers a search with no words in an order from the sorted lists alone, missing values last both ways', async () => {
	const byPath = new Map(projects.map((p) => [urls.project(p.key), p.data]));
	const start = (path: string) => byPath.get(path)!.period?.start;
	for (const [query, direction] of [
		['?sortera=start-nyast', -1],
		['?sortera=start-aldst', 1],
	] as const) {
		const context = await chromium.browser.newContext();
		const page = await context.newPage();
		const fetched = fetchedPaths(page);
		await page.goto(`${chromium.url}/sok/${query}`);
		const paths = await allResultPaths(page);
		expect(paths).toHaveLength(projects.length);
		const starts = paths.map(start);
		const known = starts.filter((s): s is string => s !== undefined);
		expect(starts.indexOf(undefined), query).toBe(known.length); // every missing start date after every known one
		const ordered = [...known].sort();
		expect(
			known.map((s) => s.slice(0, 4)),
			query,
		).toEqual((direction === 1 ? ordered : ordered.reverse()).map((s) => s.slice(0, 4)));
		const data = fetched.filter((p) => p.endsWith('.json') || p.includes('/pagefind/'));
		expect(data.length).toBeGreaterThan(0);
		expect(
			data.filter((p) => !p.startsWith('/sok/ordning/')),
			query,
		).toEqual([]);
		await context.close();
	}
});

it('intersects two filters’ lists, fetching neither Pagefind nor any shard', async () => {
	const context = await chromium.browser.newContext();
	const page = await context.newPage();
	const fetched = fetchedPaths(page);
	await page.goto(`${chromium.url}/sok/?lan=Norrbottens+l%C3%A4n&status=Beviljat&sortera=belopp-storst`);
	const expected = projects
		.filter((p) => p.data.status === 'granted' && countiesOf(p.data).some((c) => c.code === '25'))
		.sort((a, b) => (b.data.grantedAmount ?? -1) - (a.data.grantedAmount ?? -1));
	const paths = await allResultPaths(page);
	expect(paths.sort()).toEqual(pathsOf(expected.map((p) => p.key)));
	const amounts = (await resultPaths(page)).map((path) => projects.find((p) => urls.project(p.key) === path)!.data.grantedAmount ?? -1);
	expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
	expect(await page.locator('[data-status]').textContent()).toContain(`${expected.length} projekt hittades`);
	expect(fetched.filter((p) => p.includes('/pagefind/'))).toEqual([]);
	expect(fetched.filter((p) => p.startsWith('/sok/ordning/belopp/lan/') || p.startsWith('/sok/ordning/belopp/status/'))).toHaveLength(2);
	await context.close();
});

it('suggests owners as their names are typed, and searches the one chosen with the keyboard', async () => {
	const { page, errors, close } = await openSearch('?sortera=belopp-storst');
	await resultPaths(page);
	const owner = page.getByLabel('Projektägare');
	await owner.focus();
	await page.keyboard.type('luleå tek');
	await expect
		.poll(() => page.locator('#f-agare-namn option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value)))
		.toEqual(['Luleå tekniska universitet']);
	await owner.fill('Luleå tekniska universitet');
	await page.keyboard.press('Enter');
	await expect.poll(() => new URL(page.url()).searchParams.get('agare')).toBe('Luleå tekniska universitet');
	const ltu = projects.filter((p) => p.data.owner?.name.toLocaleLowerCase('sv') === 'luleå tekniska universitet').map((p) => p.key);
	expect((await resultPaths(page)).sort()).toEqual(pathsOf(ltu));
	// The page holds no list of every organisation: owners and financiers are typed.
	expect(await page.locator('select[name="agare"], select[name="finansiar"]').count()).toBe(0);
	expect(errors).toEqual([]);
	await close();
});
