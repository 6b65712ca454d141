/**
 * The English edition as built: each English page says it is English and pairs itself with its
 * Swedish page by hreflang (both ways, to pages that exist), states the Swedish page's figures in
 * en-GB, and marks the data quoted as published, Swedish, as Swedish.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { formats } from '../../src/format.ts';

const page = (path: string): HTMLElement => parse(readFileSync(`dist${path}index.html`, 'utf8'));
const text = (el: HTMLElement | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Text as text() gives it: every run of white space (the formats' non-breaking ones too) one space. */
const spaced = (s: string) => s.replace(/\s+/g, ' ');
const pathOf = (href: string) => new URL(href).pathname;
const projectKeys = readdirSync('dist/en/projekt', { withFileTypes: true })
	.filter((d) => d.isDirectory() && d.name !== 'lista')
	.map((d) => d.name);
const englishPages = ['/en/', '/en/projekt/', '/en/data/', ...projectKeys.map((key) => `/en/projekt/${key}/`)];

describe('the English edition', () => {
	it('has every project page the Swedish edition has', () => {
		const swedish = readdirSync('dist/projekt', { withFileTypes: true })
			.filter((d) => d.isDirectory() && d.name !== 'lista' && existsSync(`dist/projekt/${d.name}/index.html`))
			.map((d) => d.name);
		expect(projectKeys.sort()).toEqual(swedish.sort());
		expect(projectKeys.length).toBeGreaterThan(20);
	});

	it('says each page is English, and each Swedish counterpart Swedish', () => {
		for (const path of englishPages) {
			expect(page(path).querySelector('html')?.getAttribute('lang'), path).toBe('en');
			expect(page(path.slice('/en'.length)).querySelector('html')?.getAttribute('lang'), path).toBe('sv');
		}
	});

	it('pairs every English page with its Swedish page by hreflang, both ways, to files that exist', () => {
		for (const path of englishPages) {
			const svPath = path.slice('/en'.length);
			for (const [from, self, other] of [
				[path, path, svPath],
				[svPath, svPath, path],
			] as const) {
				const links = page(from)
					.querySelectorAll('link[rel="alternate"][hreflang]')
					.map((l) => [l.getAttribute('hreflang'), pathOf(l.getAttribute('href')!)]);
				expect(Object.fromEntries(links), from).toEqual({ sv: from === path ? other : self, en: from === path ? self : other });
				for (const [, target] of links) expect(existsSync(`dist${target}index.html`), target).toBe(true);
			}
		}
	});

	it('names both languages of each translated page in the sitemap, and none for a page only in Swedish', () => {
		const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
		const alternates = (path: string) => {
			const entry = new RegExp(`<url><loc>https://[^<]+?${path}</loc>(.*?)</url>`).exec(sitemap)?.[1] ?? 'missing';
			return Object.fromEntries([...entry.matchAll(/hreflang="(\w+)" href="([^"]+)"/g)].map(([, lang, href]) => [lang, pathOf(href!)]));
		};
		for (const path of ['/projekt/20204763/', '/en/projekt/20204763/', '/en/'])
			expect(alternates(path), path).toEqual(
				path === '/en/' ? { sv: '/', en: '/en/' } : { sv: '/projekt/20204763/', en: '/en/projekt/20204763/' },
			);
		expect(alternates('/kommun/')).toEqual({});
	});

	it('offers a visible switch to the other language on every page, leading to the same page where it has one', () => {
		const switchOf = (path: string) => page(path).querySelector('.language-switch a');
		expect(switchOf('/en/projekt/20204763/')?.getAttribute('href')).toBe('/projekt/20204763/');
		expect(switchOf('/en/projekt/20204763/')?.getAttribute('lang')).toBe('sv');
		expect(switchOf('/projekt/20204763/')?.getAttribute('href')).toBe('/en/projekt/20204763/');
		expect(switchOf('/kommun/')?.getAttribute('href')).toBe('/en/');
		expect(page('/kommun/').querySelectorAll('link[hreflang]')).toEqual([]);
	});

	it('states every figure of a project’s financing as the Swedish page does, in en-GB', () => {
		for (const key of projectKeys) {
			const figures = (path: string) =>
				page(path)
					.querySelectorAll('#finansiering-caption ~ tbody td[data-amount]')
					.map((td) => ({ amount: Number(td.getAttribute('data-amount')), text: text(td).split(' corrected')[0]!.split(' rättat')[0] }));
			const sv = figures(`/projekt/${key}/`);
			const en = figures(`/en/projekt/${key}/`);
			expect(en.map((f) => f.amount)).toEqual(sv.map((f) => f.amount));
			for (const [i, f] of en.entries()) {
				expect(f.text).toBe(spaced(formats('en').kronor(f.amount)));
				expect(sv[i]!.text).toBe(spaced(formats('sv').kronor(f.amount)));
			}
		}
	});

	it('gives the same headline figures and key facts on the English home and project pages as on the Swedish ones', () => {
		const numbers = (path: string, selector: string) =>
			page(path)
				.querySelectorAll(selector)
				.map(text)
				.join(' ')
				.match(/\d[\d\s\u00a0,]*\d|\d/g)!
				.map((n) => n.replace(/[\s\u00a0,]/g, ''))
				.filter((n) => n.length > 3);
		expect(numbers('/en/', '.stats .figure')).toEqual(numbers('/', '.stats .figure'));
		const facts = (path: string) => numbers(path, '.facts dd');
		expect(facts('/en/projekt/20204763/')).toEqual(facts('/projekt/20204763/'));
		expect(text(page('/en/projekt/20204763/').querySelector('.facts'))).toContain('SEK 1,347,090');
		expect(text(page('/en/projekt/20204763/').querySelector('.facts'))).toContain('24 March 2020');
	});

	it('quotes the summaries as published, in Swedish, and marks them so', () => {
		for (const key of projectKeys) {
			const html = page(`/en/projekt/${key}/`);
			const summary = html.querySelector('#sammanfattning')?.parentNode?.querySelector('.prose');
			expect(summary?.getAttribute('lang'), key).toBe('sv');
			expect(text(summary), key).toBe(text(page(`/projekt/${key}/`).querySelector('#sammanfattning')?.parentNode?.querySelector('.prose')));
			expect(html.querySelector('h1')?.getAttribute('lang')).toBe('sv');
		}
	});

	it('writes the page’s own words in English, and marks the project titles in the list as Swedish', () => {
		const list = page('/en/projekt/');
		expect(text(list.querySelector('h1'))).toBe('All projects');
		const titles = list.querySelectorAll('.project-table tbody th a');
		expect(titles.length).toBe(projectKeys.length);
		for (const a of titles) {
			expect(a.getAttribute('lang')).toBe('sv');
			expect(a.getAttribute('href')).toMatch(/^\/en\/projekt\/[^/]+\/$/);
		}
		const project = page('/en/projekt/20204763/');
		for (const swedish of ['Fakta om projektet', 'Beviljat belopp', 'Beslutshistorik', 'Finansiering per finansiär'])
			expect(text(project.querySelector('main'))).not.toContain(swedish);
		// Amounts in the page's own facts and tables are en-GB; Swedish figures stand only in the quoted source text.
		for (const part of [project.querySelector('.facts'), ...project.querySelectorAll('table')]) expect(text(part)).not.toMatch(/\d kr\b/);
	});
	it('links every file the Swedish open-data page links, and nothing else, from the English one', () => {
		const files = (path: string) =>
			page(path)
				.querySelectorAll('main a[href]')
				.map((a) => a.getAttribute('href')!)
				.filter((href) => !href.endsWith('/') && !href.startsWith('http'));
		const swedish = files('/data/');
		expect(swedish).toContain('/data/projekt.csv');
		expect(swedish.length).toBeGreaterThan(15);
		expect(files('/en/data/')).toEqual(swedish);
		// Downloads stay downloads.
		const downloads = (path: string) =>
			page(path)
				.querySelectorAll('main a[download]')
				.map((a) => a.getAttribute('href'));
		expect(downloads('/en/data/')).toEqual(downloads('/data/'));
	});

	it('states the open-data page’s figures as the Swedish page does, its column and field names as the files have them', () => {
		const main = (path: string) => page(path).querySelector('main')!;
		const numbers = (path: string) => text(main(path)).match(/\d+/g);
		expect(numbers('/en/data/')).toEqual(numbers('/data/'));
		expect(text(main('/en/data/'))).toMatch(/covers \d+ projects?\./);
		const names = (path: string) =>
			main(path)
				.querySelectorAll('dt')
				.map((dt) => text(dt.querySelector('code') ?? dt));
		expect(names('/en/data/')).toEqual(names('/data/'));
		expect(names('/en/data/')).toContain('Beviljat belopp (kr)');
		expect(main('/en/data/').querySelector('#projekt-csv + dl dt')?.getAttribute('lang')).toBe('sv');
		expect(names('/en/data/')).toContain('financing[].correctedAmount');
		expect(text(main('/en/data/').querySelector('h1'))).toBe('Open data');
		// Words the English catalogue has no translation for are still Swedish, and say so.
		for (const dd of main('/en/data/').querySelectorAll('dd'))
			if (/\b(och|som|inte)\b/.test(text(dd))) expect(dd.getAttribute('lang'), text(dd)).toBe('sv');
	});
});
