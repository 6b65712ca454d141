/** Charts draw without errors when scrolled into view, move nothing on the page, and maps work without script. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from './chromium.ts';
import { serveDist } from './server.ts';

let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
	site = await serveDist();
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
	await site?.stop();
});

it.each(['/statistik/', '/projekt/20204763/', '/projekt/hallbar-samhallsomstallning/', '/kommun/umea/'])(
	'%s: every chart draws when scrolled to, without errors or layout shift',
	async (path) => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		await page.addInitScript(() => {
			(window as unknown as { shift: number }).shift = 0;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
					if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto(site.url + path);
		const charts = page.locator('bar-chart');
		const count = await charts.count();
		expect(count).toBeGreaterThan(0);
		// Not drawn until seen: chart.js is not even loaded for charts below the fold.
		const boxes = await charts.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
		for (let i = 0; i < count; i++) {
			await charts.nth(i).scrollIntoViewIfNeeded();
			await expect.poll(() => charts.nth(i).getAttribute('data-rendered'), { timeout: 10_000 }).toBe('');
		}
		expect(await charts.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))).toEqual(boxes);
		const canvasPainted = await charts.evaluateAll((els) => els.every((e) => (e.querySelector('canvas') as HTMLCanvasElement).width > 0));
		expect(canvasPainted).toBe(true);
		expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.01);
		expect(errors).toEqual([]);
		await page.close();
	},
);

it('loads chart.js only when a chart comes into view', async () => {
	const page = await browser.newPage({ viewport: { width: 1280, height: 500 } });
	const loaded: string[] = [];
	page.on('request', (r) => loaded.push(r.url()));
	await page.goto(`${site.url}/projekt/hallbar-samhallsomstallning/`);
	await page.waitForTimeout(300);
	expect(loaded.some((u) => u.includes('chart-render'))).toBe(false);
	await page.locator('bar-chart').first().scrollIntoViewIfNeeded();
	await expect.poll(() => loaded.some((u) => u.includes('chart-render'))).toBe(true);
	await page.close();
});

it('without JavaScript, charts give way to their tables and the map still leads to municipalities', async () => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${site.url}/statistik/`);
	expect(await page.locator('bar-chart').first().isVisible()).toBe(false);
	expect(await page.locator('figure.chart table').first().isVisible()).toBe(true);
	await page.goto(`${site.url}/kommun/`);
	await page.locator('.map-svg a[href="/kommun/umea/"]').click();
	expect(new URL(page.url()).pathname).toBe('/kommun/umea/');
	await context.close();
});

it('respects reduced motion', async () => {
	const context = await browser.newContext({ reducedMotion: 'reduce' });
	const page = await context.newPage();
	await page.goto(`${site.url}/projekt/20204763/`);
	await page.locator('bar-chart').first().scrollIntoViewIfNeeded();
	await expect.poll(() => page.locator('bar-chart').first().getAttribute('data-rendered')).toBe('');
	await context.close();
});
