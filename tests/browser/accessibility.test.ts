/** WCAG 2.1 AA checks with axe-core on every kind of page, after charts and search have drawn. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import { useSiteInChromium } from './harness.ts';

const chromium = useSiteInChromium();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

it.each([
	'/',
	'/projekt/',
	'/projekt/20204763/',
	'/projekt/hallbar-samhallsomstallning/',
	'/kommun/',
	'/kommun/umea/',
	'/jamfor/',
	'/inbaddning/kommun/umea/',
	'/inbaddning/projekt/20204763/',
	'/jamfor/?lan=Norrbottens+l%C3%A4n&lan=V%C3%A4sterbottens+l%C3%A4n&lan=Sk%C3%A5ne+l%C3%A4n',
	'/lan/vasterbotten/',
	'/prioritering/',
	'/organisation/lulea-tekniska-universitet/',
	'/statistik/',
	'/sok/?q=digitalisering&lan=Norrbottens%20l%C3%A4n',
	'/sok/?q=Skeleftea',
	'/data/',
	'/kalla/',
	'/kalla/norrbotten-protokoll-2020-03-24/',
	'/om/',
	'/tillganglighet/',
	'/andringar/',
	'/bevaka/',
	'/finns-inte/',
	'/en/',
	'/en/projekt/',
	'/en/projekt/20204763/',
	'/en/projekt/hallbar-samhallsomstallning/',
	'/en/data/',
])('%s meets WCAG 2.1 AA (axe-core)', async (path) => {
	// axe is injected as a script, which the site's own CSP would rightly refuse.
	const context = await chromium.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	await page.goto(chromium.url + path);
	for (const chart of await page.locator('bar-chart').all()) await chart.scrollIntoViewIfNeeded();
	if (path.startsWith('/sok/')) await page.locator('.result').first().waitFor();
	if (path.startsWith('/jamfor/?')) await page.locator('[data-compare-status]:not([hidden])').waitFor();
	await page.addScriptTag({ content: axeSource });
	const violations = await page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: {
					run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
				};
			}
		).axe;
		const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
		return result.violations.map(
			(v) =>
				`${v.id}: ${v.help} (${v.nodes
					.slice(0, 3)
					.map((n) => n.target.join(' '))
					.join(', ')})`,
		);
	});
	expect(violations).toEqual([]);
	await context.close();
});
