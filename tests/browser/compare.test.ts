/** The compare page (/jamfor/): the default pair without a script, the reader's choice with one, by keyboard. */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { useSiteInChromium } from './harness.ts';

const chromium = useSiteInChromium();

async function open(
	path: string,
	options: { javaScriptEnabled?: boolean; width?: number } = {},
): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
	const context = await chromium.browser.newContext({
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		viewport: { width: options.width ?? 1280, height: 900 },
	});
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('request', (r) => !r.url().startsWith(chromium.url) && errors.push(`third-party request: ${r.url()}`));
	await page.goto(chromium.url + path);
	return { page, errors, close: () => context.close() };
}

const columns = (page: Page, id: string) => page.locator(`#${id}-tabell`).locator('xpath=..').locator('thead th').allTextContents();
const status = (page: Page) => page.locator('[data-compare-status]:not([hidden])');
/** The even share of the granted money a place's own page states ("av det beviljade: 1 234 kr"). */
async function evenShareOnPlacePage(path: string): Promise<string> {
	const { page, close } = await open(path, { javaScriptEnabled: false });
	const text = (await page.locator('.stats').textContent()) ?? '';
	await close();
	return /av det beviljade: ([\d\s\u00a0\u202f]+kr)/.exec(text)![1]!;
}

it('shows the default pair without a script, and says so however the form was filled in', async () => {
	const { page, errors, close } = await open('/jamfor/?kommun=Kalix&kommun=Lule%C3%A5', { javaScriptEnabled: false });
	const heading = (await page.locator('#jamforelse').textContent())!;
	const note = (await page.locator('[data-no-js-only]').textContent())!;
	expect(await page.locator('[data-no-js-only]').isVisible()).toBe(true);
	expect(note.replace(/\s+/g, ' ')).toContain(
		`Utan JavaScript visar sidan alltid jämförelsen av ${heading} nedan, vad du än väljer i formuläret.`,
	);
	expect(heading).not.toContain('Kalix');
	expect(await columns(page, 'oversikt')).toEqual(['Mått', ...heading.split(' och ')]);
	expect(await page.locator('#kommun-1').inputValue()).toBe(heading.split(' och ')[0]);
	expect(errors).toEqual([]);
	await close();
});

it('compares the places in the address with a script, with the figures of their own pages', async () => {
	const { page, errors, close } = await open('/jamfor/?kommun=Kalix&kommun=Lule%C3%A5&kommun=Pite%C3%A5');
	await status(page).waitFor();
	expect(await status(page).textContent()).toBe('Visar jämförelsen av Kalix, Luleå och Piteå.');
	expect(await page.locator('#jamforelse').textContent()).toBe('Kalix, Luleå och Piteå');
	expect(await page.locator('[data-no-js-only]').isVisible()).toBe(false);
	for (const id of ['oversikt', 'fond', 'prioritering', 'ar'])
		expect((await columns(page, id)).slice(1)).toEqual(['Kalix', 'Luleå', 'Piteå']);
	expect(await Promise.all(['#kommun-1', '#kommun-2', '#kommun-3', '#kommun-4'].map((s) => page.locator(s).inputValue()))).toEqual([
		'Kalix',
		'Luleå',
		'Piteå',
		'',
	]);
	const evenShare = await page
		.locator('#oversikt-tabell')
		.locator('xpath=..')
		.locator('tbody tr', { has: page.locator('th', { hasText: /^Beviljat, beräknad jämn andel$/ }) })
		.locator('td')
		.first()
		.textContent();
	expect(evenShare?.trim()).toBe(await evenShareOnPlacePage('/kommun/kalix/'));
	expect(await page.title()).toMatch(/^Jämför Kalix, Luleå och Piteå – /);
	expect(errors).toEqual([]);
	await close();
});

it('compares counties, and names what it cannot compare instead of showing something else silently', async () => {
	const counties = await open('/jamfor/?lan=Norrbottens+l%C3%A4n&lan=V%C3%A4sterbottens+l%C3%A4n');
	await status(counties.page).waitFor();
	expect(await counties.page.locator('#jamforelse').textContent()).toBe('Norrbottens län och Västerbottens län');
	expect(await counties.page.locator('#kommun-1').inputValue()).toBe('');
	await counties.close();

	const unknown = await open('/jamfor/?kommun=Atlantis&kommun=Ume%C3%A5');
	await status(unknown.page).waitFor();
	expect(await status(unknown.page).textContent()).toBe(
		'”Atlantis” finns inte bland kommunerna i listan. Välj minst 2 kommuner att jämföra. Jämförelsen nedan är fortfarande den som visas utan val.',
	);
	expect(await unknown.page.locator('#kommun-1').inputValue()).toBe('Umeå');
	expect(await unknown.page.evaluate(() => document.activeElement?.id)).toBe('kommun-2');
	await unknown.close();
});

it('is chosen and submitted with the keyboard alone', async () => {
	const { page, errors, close } = await open('/jamfor/?kommun=Ume%C3%A5');
	await status(page).waitFor();
	// The page focuses the place still to choose; the browser picks an option as its name is typed.
	await page.keyboard.type('Kalix');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Jämför kommuner');
	await page.keyboard.press('Enter');
	await page.waitForURL(/kommun=Kalix/);
	await status(page).waitFor();
	expect(await page.locator('#jamforelse').textContent()).toBe('Umeå och Kalix');
	expect(errors).toEqual([]);
	await close();
});

it('fits a phone screen down to 320 px with four places: the tables scroll in their own region, the page does not', async () => {
	for (const width of [390, 320]) {
		const { page, errors, close } = await open('/jamfor/?kommun=Kalix&kommun=Lule%C3%A5&kommun=Pite%C3%A5&kommun=Ume%C3%A5', { width });
		await status(page).waitFor();
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `at ${width} px`).toBeLessThanOrEqual(0);
		expect(errors).toEqual([]);
		await close();
	}
});
