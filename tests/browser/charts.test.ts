/** Charts draw without errors when scrolled into view, move nothing on the page, and maps work without script. */
import { expect, it } from 'vitest';
import { useSiteInChromium } from './harness.ts';
import { layoutShift, observeLayoutShift } from '../../support/layout-shift.ts';

const chromium = useSiteInChromium();

it.each(['/statistik/', '/projekt/20204763/', '/projekt/hallbar-samhallsomstallning/', '/kommun/umea/'])(
	'%s: every chart draws when scrolled to, without errors or layout shift',
	async (path) => {
		const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 800 } });
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		await observeLayoutShift(page);
		await page.goto(chromium.url + path);
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
		expect(await layoutShift(page)).toBeLessThan(0.01);
		expect(errors).toEqual([]);
		await page.close();
	},
);

it('loads chart.js only when a chart comes into view', async () => {
	const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 500 } });
	const loaded: string[] = [];
	page.on('request', (r) => loaded.push(r.url()));
	await page.goto(`${chromium.url}/projekt/hallbar-samhallsomstallning/`);
	await page.waitForTimeout(300);
	expect(loaded.some((u) => u.includes('chart-render'))).toBe(false);
	await page.locator('bar-chart').first().scrollIntoViewIfNeeded();
	await expect.poll(() => loaded.some((u) => u.includes('chart-render'))).toBe(true);
	await page.close();
});

it('without JavaScript, charts give way to their tables and the map still leads to municipalities', async () => {
	const context = await chromium.browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${chromium.url}/statistik/`);
	expect(await page.locator('bar-chart').first().isVisible()).toBe(false);
	expect(await page.locator('figure.chart table').first().isVisible()).toBe(true);
	await page.goto(`${chromium.url}/kommun/`);
	await page.locator('.map-svg a[href="/kommun/umea/"]').click();
	expect(new URL(page.url()).pathname).toBe('/kommun/umea/');
	await context.close();
});

it('respects reduced motion', async () => {
	const context = await chromium.browser.newContext({ reducedMotion: 'reduce' });
	const page = await context.newPage();
	await page.goto(`${chromium.url}/projekt/20204763/`);
	await page.locator('bar-chart').first().scrollIntoViewIfNeeded();
	await expect.poll(() => page.locator('bar-chart').first().getAttribute('data-rendered')).toBe('');
	await context.close();
});
