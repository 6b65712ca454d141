import { chromium } from 'playwright-core';
import { serveDist } from './tests/browser/server.ts';

const pages = process.argv.slice(2);
const { url, stop } = await serveDist();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const width of [390, 1280]) {
	const page = await browser.newPage({ viewport: { width, height: 900 } });
	for (const path of pages) {
		await page.goto(url + path);
		// Let charts that draw on scroll draw.
		await page.evaluate(async () => { for (let y = 0; y < document.body.scrollHeight; y += 600) { window.scrollTo(0, y); await new Promise((r) => setTimeout(r, 150)); } });
		await page.waitForTimeout(800);
		const name = path.replace(/[^a-z0-9]+/gi, '_') || 'home';
		await page.screenshot({ path: `/tmp/quality-shots/${name}-${width}.png`, fullPage: true });
	}
	await page.close();
}
await browser.close();
await stop();
