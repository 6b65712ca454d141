import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { urls } from '../../src/urls.ts';
import { shippedProjects } from '../helpers/shipped.ts';
import { useSiteInChromium } from './harness.ts';

const chromium = useSiteInChromium();

async function open(path: string, width = 1280): Promise<{ page: Page; errors: string[] }> {
	const page = await chromium.browser.newPage({ viewport: { width, height: 900 } });
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('request', (r) => !r.url().startsWith(chromium.url) && errors.push(`third-party request: ${r.url()}`));
	await page.goto(chromium.url + path);
	return { page, errors };
}

it('a project page works with the keyboard and makes no third-party requests', async () => {
	const { page, errors } = await open('/projekt/20204763/');
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hoppa till innehållet');
	await page.keyboard.press('Enter');
	expect(await page.evaluate(() => document.activeElement?.id)).toBe('innehall');
	expect(await page.locator('h1').textContent()).toBe('Intersective Innovation 2.0');
	expect(errors).toEqual([]);
	await page.close();
});

it('pages fit a phone screen, down to 320 px (WCAG 1.4.10), without sideways scrolling', async () => {
	const kinds = [
		'/',
		'/projekt/',
		'/projekt/hallbar-samhallsomstallning/',
		'/projekt/20204763/',
		'/kommun/',
		'/kommun/umea/',
		'/lan/norrbotten/',
		'/organisation/tillvaxtverket/',
		'/statistik/',
		'/sok/',
		'/data/',
		'/kalla/',
		'/tillganglighet/',
		'/projekt/finns-inte/',
	];
	for (const width of [360, 320]) {
		for (const path of kinds) {
			const { page, errors } = await open(path, width);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
			expect(
				errors.filter((e) => !e.includes('404')),
				path,
			).toEqual([]);
			await page.close();
		}
	}
}, 180_000); // fourteen page kinds at two widths: minutes on a busy machine

it('sorts the project list by following a column header to the search page in that order', async () => {
	const { page, errors } = await open('/projekt/');
	await page.getByRole('link', { name: /^Beviljat belopp/ }).click();
	await page.waitForURL('**/sok/?sortera=belopp-minst');
	expect(await page.locator('select[name="sortera"]').inputValue()).toBe('belopp-minst');
	await page.waitForFunction(
		() => document.querySelectorAll('.result h3 a').length > 0 && !/Söker/.test(document.querySelector('[data-status]')?.textContent ?? ''),
	);
	const byPath = new Map(shippedProjects().map((p) => [urls.project(p.key), p]));
	const hrefs = await page
		.locator('.result h3 a')
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	// Projects whose source gives no granted amount sort lowest (views/search.ts); the rest rise.
	const amounts = hrefs
		.map((href) => byPath.get(href)!.data)
		.filter((p) => p.status === 'granted' && p.grantedAmount !== undefined)
		.map((p) => p.grantedAmount!);
	expect(amounts.length).toBeGreaterThan(5);
	expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
	expect(amounts[0]).toBe(500_001); // Hälsodigitalens Akademi 2.0, the smallest grant in the seeds.
	expect(errors).toEqual([]);
	await page.close();
});

it('answers an unknown address with the Swedish 404 page', async () => {
	const page = await chromium.browser.newPage();
	const response = await page.goto(`${chromium.url}/projekt/finns-inte/`);
	expect(response?.status()).toBe(404);
	expect(await page.locator('h1').textContent()).toBe('Sidan finns inte');
	await page.close();
});

it('finds your municipality on /kommun/: by typing with JavaScript, by letter without', async () => {
	const { page, errors } = await open('/kommun/', 390);
	await page.getByLabel('Hitta din kommun').fill('skelleftea');
	await page.getByLabel('Hitta din kommun').press('Enter');
	await page.waitForURL('**/kommun/skelleftea/');
	expect(errors).toEqual([]);
	await page.close();

	const context = await chromium.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
	const noScript = await context.newPage();
	await noScript.goto(`${chromium.url}/kommun/`);
	expect(await noScript.getByLabel('Hitta din kommun').isVisible()).toBe(false);
	await noScript.getByRole('link', { name: 'S', exact: true }).click();
	expect(decodeURIComponent(new URL(noScript.url()).hash)).toBe('#bokstav-s');
	await noScript.locator('#bokstav-s ~ ul a', { hasText: /^Skellefteå$/ }).click();
	expect(new URL(noScript.url()).pathname).toBe('/kommun/skelleftea/');
	await context.close();
});

it('prints a project page with each sum row once, headings kept with what follows, and the address at the end', async () => {
	const { page } = await open('/projekt/20204763/');
	await page.emulateMedia({ media: 'print' });
	const style = await page.evaluate(() => ({
		tfoot: getComputedStyle(document.querySelector('tfoot')!).display,
		heading: getComputedStyle(document.querySelector('main h2')!).breakAfter,
		caption: getComputedStyle(document.querySelector('caption')!).breakAfter,
		header: getComputedStyle(document.querySelector('.site-header')!).display,
		footerText: [...document.querySelectorAll('.site-footer p, .site-footer ul')]
			.filter((el) => getComputedStyle(el).display !== 'none')
			.map((el) => el.textContent!.trim()),
		chart: getComputedStyle(document.querySelector('.chart-box')!).display,
	}));
	expect(style).toEqual({
		tfoot: 'table-row-group',
		heading: 'avoid',
		caption: 'avoid',
		header: 'none',
		footerText: ['Utskrivet från https://projektbanken.example.se/projekt/20204763/'],
		chart: 'none',
	});
	await page.close();
});

it('on a phone, wide tables say that they scroll', async () => {
	const { page } = await open('/projekt/20204763/', 360);
	const region = page.getByRole('region', { name: 'Finansiering per finansiär' });
	const hint = await region.getAttribute('aria-describedby');
	expect(await page.locator(`#${hint}`).isVisible()).toBe(true);
	expect(await page.locator(`#${hint}`).textContent()).toBe('Tabellen kan rullas i sidled.');
	expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
	await page.close();
});
