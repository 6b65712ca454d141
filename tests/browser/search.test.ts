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
	await page.waitForFunction(() => !document.querySelector('project-search')?.hasAttribute('aria-busy') && !/Söker/.test(document.querySelector('[data-status]')?.textContent ?? ''));
	return page.locator('.result h3 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

const pathsOf = (keys: string[]) => keys.map((k) => urls.project(k)).sort();

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
	const inNorrbotten = await resultPaths(page);
	const norrbottenKeys = new Set(projects.filter((p) => countiesOf(p.data).some((c) => c.code === '25')).map((p) => urls.project(p.key)));
	expect(inNorrbotten.length).toBeGreaterThan(0);
	expect(inNorrbotten.length).toBeLessThanOrEqual(hits.length);
	for (const path of inNorrbotten) expect(norrbottenKeys).toContain(path);
	expect(new URL(page.url()).searchParams.get('lan')).toBe('Norrbottens län');

	await page.getByLabel('Sortera').selectOption('budget-storst');
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

it('without JavaScript, keeps a search field, says search needs JavaScript and offers every place to browse', async () => {
	const { page, close } = await openSearch('?q=solel', false);
	expect(await page.locator('form.search-form').isVisible()).toBe(true);
	expect(await page.getByLabel('Sökord').isVisible()).toBe(true);
	expect(await page.locator('[data-no-js]').textContent()).toContain('Sökningen behöver JavaScript');
	for (const href of ['/kommun/', '/projekt/', '/organisation/']) expect(await page.locator(`[data-no-js] a[href="${href}"]`).count()).toBe(1);
	await page.locator('[data-no-js] summary').click();
	await page.locator('[data-no-js] a[href="/kommun/pitea/"]').click();
	expect(new URL(page.url()).pathname).toBe('/kommun/pitea/');
	await close();
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

it('offers the municipality a misspelt word is close to, and names county-level places as such', async () => {
	const { page, close } = await openSearch('?q=Skeleftea');
	await resultPaths(page);
	const suggestion = page.locator('[data-suggestion]');
	await expect.poll(() => suggestion.textContent()).toContain('Menade du Skellefteå?');
	await suggestion.locator('a').click();
	await expect.poll(() => new URL(page.url()).searchParams.get('kommun')).toBe('Skellefteå');
	expect(new URL(page.url()).searchParams.get('q')).toBeNull(); // the filter took the misspelt word's place
	const expected = projects.filter((p) => p.data.municipalities.includes('Skellefteå')).map((p) => p.key);
	await expect.poll(() => page.locator('[data-status]').textContent()).toContain(`${expected.length} projekt hittades för`);
	for (const path of await resultPaths(page)) expect(pathsOf(expected)).toContain(path);
	await close();

	const solar = await openSearch('?q=solel&lan=Norrbottens%20l%C3%A4n');
	expect(await resultPaths(solar.page)).toEqual(['/projekt/20204814/']); // Arctic Solar 2.0, for the county's small businesses
	expect(await solar.page.locator('.result .muted').first().textContent()).toBe('Län (utan namngivna kommuner): Norrbottens län');
	await solar.close();
});

it('finds all nine of Region Norrbotten’s decisions of 2020 under Norrbottens län, and says what was searched in the title', async () => {
	const { page, close } = await openSearch('?lan=Norrbottens%20l%C3%A4n&region=Region%20Norrbotten&ar=2020');
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
