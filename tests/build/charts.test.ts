/** Chart code goes only where charts are; every chart has its table; maps need no script. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { expect, it } from 'vitest';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

const pages = htmlFiles('dist').map((file) => ({ file, html: readFileSync(file, 'utf8') }));
const scriptsOf = (html: string) =>
	parse(html)
		.querySelectorAll('script[src], link[rel="modulepreload"]')
		.map((s) => s.getAttribute('src') ?? s.getAttribute('href')!);
const chartLoader = (src: string) => /customElements\.define\(.bar-chart./.test(readFileSync(join('dist', src), 'utf8'));
/** The chunk with chart.js: what the loader imports when a chart scrolls into view. */
const chartChunk = readdirSync('dist/_astro').find((f) => /^chart-render\.[\w-]+\.js$/.test(f))!;

it('pages without charts load no chart code, and no page loads chart.js up front', () => {
	let withCharts = 0;
	for (const { file, html } of pages) {
		const scripts = scriptsOf(html);
		const hasChart = html.includes('<bar-chart');
		if (hasChart) withCharts++;
		expect(scripts.some(chartLoader), file).toBe(hasChart);
		// chart.js itself arrives only through the loader's dynamic import.
		for (const src of scripts) expect(src, file).not.toContain(chartChunk);
	}
	expect(chartChunk).toBeDefined();
	expect(readFileSync(join('dist/_astro', chartChunk), 'utf8')).toContain('indexAxis'); // it is chart.js
	expect(withCharts).toBeGreaterThan(10);
	expect(pages.filter((p) => !p.html.includes('<bar-chart')).length).toBeGreaterThan(100);
});

it('every chart has a table with its numbers, and an accessible name', () => {
	for (const { file, html } of pages.filter((p) => p.html.includes('<bar-chart'))) {
		const root = parse(html);
		for (const chart of root.querySelectorAll('bar-chart')) {
			const table = root.getElementById(chart.getAttribute('aria-describedby')!);
			expect(table?.tagName, file).toBe('CAPTION');
			expect(chart.getAttribute('role')).toBe('img');
			expect(chart.getAttribute('aria-label')).toMatch(/^Diagram: /);
			const data = JSON.parse(chart.getAttribute('data-chart')!);
			const rows = table!.parentNode!.querySelectorAll('tbody tr');
			expect(rows.length, file).toBe(data.labels.length);
		}
	}
});

it('maps are inline SVG links with accessible names, on pages that work without script', () => {
	for (const path of ['dist/kommun/index.html', 'dist/statistik/index.html', 'dist/lan/index.html']) {
		const root = parse(readFileSync(path, 'utf8'));
		const links = root.querySelectorAll('.map-svg a');
		expect(links.length, path).toBe(path.includes('/lan/') ? 21 : 290);
		for (const a of links) {
			expect(a.getAttribute('href')).toMatch(/^\/(kommun|lan)\/[a-z0-9-]+\/$/);
			expect(a.getAttribute('aria-label')).toMatch(/: /);
		}
	}
});
