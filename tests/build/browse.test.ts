/**
 * The browse pages agree with the collection: every facet value in the data has its page, the
 * counts match, every project page links to its facets, and no internal link is broken.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { coverageOf } from '../../src/domain/places.ts';
import { priorityTree } from '../../src/domain/priorities.ts';
import { countProjects, formatKronor } from '../../src/format.ts';
import { siteConfig } from '../../src/site.config.ts';
import { priorityAnchor, urls } from '../../src/urls.ts';
import { createBank } from '../../src/views/bank.ts';
import { countyFacets, fundFacets, municipalityFacets, deciderFacets } from '../../src/views/facets.ts';
import { shippedProjects } from '../helpers/shipped.ts';

const projects = shippedProjects();
const bank = createBank(projects, siteConfig);
const only = (project: (typeof projects)[number]) => createBank([project], siteConfig);
const page = (path: string): HTMLElement => parse(readFileSync(`dist${path}index.html`, 'utf8'));
const text = (el: HTMLElement | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

/** Project links in every page of a facet's list (all pages of the default order). */
function listedProjects(basePath: string): string[] {
	const links: string[] = [];
	for (let n = 1, path = basePath; existsSync(`dist${path}index.html`); n++, path = `${basePath}lista/belopp-storst/${n}/`) {
		links.push(
			...page(path)
				.querySelectorAll('section[aria-labelledby="projekt"] .project-table tbody th a')
				.map((a) => a.getAttribute('href')!),
		);
	}
	return links.sort();
}

describe('every facet value has its page, with counts that agree with the collection', () => {
	it.each([
		['municipalities', () => municipalityFacets(bank)],
		['counties', () => countyFacets(bank)],
		['regions', () => deciderFacets(bank)],
		['funds', () => fundFacets(bank)],
	])('%s', (_, facets) => {
		for (const facet of facets()) {
			expect(existsSync(`dist${facet.path}index.html`), facet.path).toBe(true);
			const html = page(facet.path);
			expect(text(html.querySelector('.stats li'))).toContain(countProjects(facet.projects.length));
			if (facet.measures.granted)
				expect(text(html.querySelector('.stats'))).toContain(text(parse(`<i>${formatKronor(facet.measures.grantedBudget)}</i>`)));
			expect(listedProjects(facet.path)).toEqual(facet.projects.map((p) => urls.project(p.key)).sort());
		}
	});

	it('every municipality and financier value in the entries has a page', () => {
		for (const p of projects) {
			for (const m of p.data.municipalities) expect(municipalityFacets(bank).some((f) => f.name === m)).toBe(true);
		}
		for (const org of bank.organisations) {
			const html = page(urls.organisation(org.key));
			expect(text(html.querySelector('h1'))).toBe(org.name);
			const linksIn = (id: string) =>
				html
					.querySelectorAll(`section[aria-labelledby="${id}"] tbody th a`)
					.map((a) => a.getAttribute('href'))
					.sort();
			expect(linksIn('ager'), org.key).toEqual(org.owned.map((p) => urls.project(p.key)).sort());
			expect(linksIn('medfinansierar'), org.key).toEqual(org.coFinanced.map((c) => urls.project(c.project.key)).sort());
		}
	});

	it('the municipality index lists all 290 A–Ö with their county and counts, and links every letter', () => {
		const html = page('/kommun/');
		const items = html.querySelectorAll('.municipality-list li');
		expect(items).toHaveLength(290);
		for (const facet of municipalityFacets(bank)) {
			const item = items.find((li) => li.querySelector('a')!.getAttribute('href') === facet.path)!;
			expect(text(item)).toBe(
				`${facet.name} ${facet.county.name} ${facet.projects.length ? countProjects(facet.projects.length) : 'inga projekt'}`,
			);
		}
		const letters = html.querySelectorAll('.letter-index a');
		expect(letters.length).toBe(html.querySelectorAll('.letter-group').length);
		for (const a of letters) expect(html.getElementById(decodeURIComponent(a.getAttribute('href')!.slice(1)))).not.toBeNull();
		expect(html.querySelectorAll('datalist option')).toHaveLength(290);
	});

	it('the priority page has every configured area with its projects', () => {
		const html = page('/prioritering/');
		for (const decider of priorityTree(projects, siteConfig)) {
			for (const priority of decider.priorities) {
				const anchor = priorityAnchor(decider.decider, priority);
				const section = html.getElementById(anchor);
				expect(section, anchor).not.toBeNull();
				const links = section!.parentNode!.querySelectorAll('tbody th a').map((a) => a.getAttribute('href'));
				expect(links.sort()).toEqual(priority.projects.map((p) => urls.project(p.key)).sort());
			}
		}
	});
});

describe('project pages link to their facets', () => {
	it('municipalities, counties, decider, fund, priority, owner and financiers', () => {
		for (const p of projects) {
			const html = page(urls.project(p.key));
			const hrefs = new Set(html.querySelectorAll('a').map((a) => a.getAttribute('href')));
			const own = only(p);
			// A county covered whole ("hela Norrbottens län") links the county, not each of its municipalities.
			const whole = coverageOf(p.data);
			for (const facet of municipalityFacets(own).filter((f) => f.projects.length)) {
				if (whole.wholeCountry || whole.wholeCounties.some((c) => c.code === facet.county.code)) continue;
				expect(hrefs, `${p.key} → ${facet.path}`).toContain(facet.path);
			}
			for (const facet of countyFacets(own).filter((f) => f.projects.length)) expect(hrefs).toContain(facet.path);
			for (const facet of deciderFacets(own).filter((f) => f.projects.length)) expect(hrefs).toContain(facet.path);
			for (const facet of fundFacets(own).filter((f) => f.projects.length)) expect(hrefs).toContain(facet.path);
			// The decider is linked to its /beslutande/ page; every owner and financier to its organisation page.
			for (const org of own.organisations.filter((o) => o.owned.length > 0 || o.coFinanced.length > 0))
				expect(hrefs, `${p.key} → ${org.key}`).toContain(urls.organisation(org.key));
			if (p.data.priority) expect(hrefs).toContain(urls.priority(p.data.decider, p.data.priority));
		}
	});
});

describe('links', () => {
	it('no internal link or fragment on the site is broken', () => {
		const broken: string[] = [];
		const ids = new Map<string, Set<string>>();
		const idsOf = (file: string) => {
			// <pre> holds markup too (a source document's marked passages), which node-html-parser reads as text by default.
			if (!ids.has(file))
				ids.set(
					file,
					new Set(
						parse(readFileSync(file, 'utf8'), { blockTextElements: { script: true, style: true } })
							.querySelectorAll('[id]')
							.map((el) => el.id),
					),
				);
			return ids.get(file)!;
		};
		for (const file of htmlFiles('dist')) {
			for (const a of parse(readFileSync(file, 'utf8')).querySelectorAll('a[href]')) {
				const href = a.getAttribute('href')!;
				if (!href.startsWith('/') && !href.startsWith('#')) continue;
				const url = new URL(href, `http://x/${file.slice('dist/'.length)}`);
				const target = url.pathname.endsWith('/')
					? `dist${decodeURIComponent(url.pathname)}index.html`
					: `dist${decodeURIComponent(url.pathname)}`;
				if (!existsSync(target)) broken.push(`${file}: ${href}`);
				else if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1))))
					broken.push(`${file}: ${href} (no such id)`);
			}
		}
		expect(broken).toEqual([]);
	});
});

describe('markup', () => {
	it('no page gives two elements the same id', () => {
		const duplicates = htmlFiles('dist').flatMap((file) => {
			const ids = parse(readFileSync(file, 'utf8'), { blockTextElements: { script: true, style: true } })
				.querySelectorAll('[id]')
				.map((el) => el.id);
			return ids.filter((id, i) => ids.indexOf(id) !== i).map((id) => `${file}: ${id}`);
		});
		expect(duplicates).toEqual([]);
	});

	it('no word runs into a link or code (a template line break lost its space: "enligtCC0 1.0")', () => {
		const joined = htmlFiles('dist').flatMap((file) =>
			[...readFileSync(file, 'utf8').matchAll(/[a-zåäö]<(?:a|code)\b[^>]*>[^<]*|<\/(?:a|code)>[a-zåäöA-ZÅÄÖ]/g)].map(
				(m) => `${file}: ${m[0]}`,
			),
		);
		expect(joined).toEqual([]);
	});
});
