import { expect, it } from 'vitest';
import { useSiteInChromium } from './harness.ts';

const chromium = useSiteInChromium();

it('a word of 5 000 characters in any text block wraps on a 320 px phone instead of widening the page', async () => {
	const page = await chromium.browser.newPage({ viewport: { width: 320, height: 800 } });
	await page.goto(`${chromium.url}/projekt/20204763/`);
	const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	const before = await overflow();
	// Entries reach the page as titles, facts, list items and summary paragraphs: give each a very long word.
	const filled = await page.evaluate(() => {
		const blocks = [...document.querySelectorAll('main h1, main p, main li, main dd, main dt')];
		for (const block of blocks) block.append(` ${'Projektmedel'.repeat(420)}`);
		return blocks.length;
	});
	expect(filled).toBeGreaterThan(5);
	expect(await overflow()).toBeLessThanOrEqual(Math.max(0, before));
	await page.close();
});
