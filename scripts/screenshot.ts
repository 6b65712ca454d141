// Screenshots of built pages for a human look: node scripts/screenshot.ts http://127.0.0.1:4321 /projekt/ ...
import { launchChromium } from '../support/chromium.ts';

const [base = 'http://127.0.0.1:4321', ...paths] = process.argv.slice(2);
const widths = (process.env.WIDTHS ?? '1280,390').split(',').map(Number);
const browser = await launchChromium();
for (const width of widths) {
	const page = await browser.newPage({ viewport: { width, height: 900 } });
	for (const path of paths) {
		await page.goto(base + path);
		const file = `/tmp/shot-${width}-${path.replace(/[^a-z0-9]+/gi, '_')}.png`;
		await page.screenshot({ path: file, fullPage: process.env.FULL !== '0' });
		console.log(file);
	}
	await page.close();
}
await browser.close();
