/** The built compare page and its per-place files agree with the places' own pages. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { formatKronor } from '../../src/format.ts';
import { siteConfig } from '../../src/site.config.ts';
import { urls } from '../../src/urls.ts';
import { createBank } from '../../src/views/bank.ts';
import type { ComparedPlace } from '../../src/client/comparison.ts';
import { countyFacets, municipalityFacets } from '../../src/views/facets.ts';
import { shippedProjects } from '../helpers/shipped.ts';

const bank = createBank(shippedProjects(), siteConfig);
const html = (path: string) => parse(readFileSync(`dist${path}index.html`, 'utf8'));
const file = (path: string) => JSON.parse(readFileSync(`dist${path}`, 'utf8')) as ComparedPlace;
const text = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('the compare page as built', () => {
	it('has a file for every municipality and county, each with the even share of its own page', () => {
		expect(readdirSync('dist/jamfor/kommun')).toHaveLength(290);
		expect(readdirSync('dist/jamfor/lan')).toHaveLength(21);
		for (const facet of [...municipalityFacets(bank), ...countyFacets(bank)]) {
			const place = file(urls.compareData(facet.kind as 'kommun' | 'lan', facet.slug));
			expect(place.measures).toEqual(facet.measures);
			if (facet.measures.granted)
				expect(text(html(facet.path).querySelector('.stats')?.textContent)).toContain(
					text(`av det beviljade: ${formatKronor(facet.measures.evenShareGranted!)}`),
				);
		}
	});

	it('shows the default pair in tables with captions and scoped headers, and a GET form whose options point at the files', () => {
		const page = html('/jamfor/');
		const [first, second] = page
			.querySelectorAll('#kommun-1 option[selected], #kommun-2 option[selected]')
			.map((o) => o.getAttribute('value')!);
		expect(text(page.querySelector('#jamforelse')?.textContent)).toBe(`${first} och ${second}`);
		for (const table of page.querySelectorAll('[data-compare-result] table')) {
			expect(text(table.querySelector('caption')?.textContent)).toMatch(new RegExp(`: ${first} och ${second}$`));
			expect(table.querySelectorAll('thead th').every((th) => th.getAttribute('scope') === 'col')).toBe(true);
			expect(table.querySelectorAll('tbody th').every((th) => th.getAttribute('scope') === 'row')).toBe(true);
		}
		const form = page.querySelector('form[data-kind="kommun"]')!;
		expect([form.getAttribute('method'), form.getAttribute('action')]).toEqual(['get', '/jamfor/']);
		for (const option of page.querySelectorAll('option[data-src]')) expect(existsSync(`dist${option.getAttribute('data-src')}`)).toBe(true);
		expect(text(page.querySelector('#per-invanare + p')?.textContent)).toContain('Den tabellen finns inte i banken än');
	});

	it('is linked from municipality and county pages and from the municipality index', () => {
		expect(html('/kommun/umea/').querySelector('a[href="/jamfor/?kommun=Ume%C3%A5"]')?.textContent).toBe('Jämför med en annan kommun');
		expect(html('/lan/norrbotten/').querySelector('a[href="/jamfor/?lan=Norrbottens+l%C3%A4n"]')?.textContent).toBe(
			'Jämför med ett annat län',
		);
		expect(html('/kommun/').querySelector('a[href="/jamfor/"]')).not.toBeNull();
	});
});

describe('the embeds as built', () => {
	it('exist for every place whose page offers one, each without a script, linking the full page out of the frame', () => {
		for (const facet of [...municipalityFacets(bank), ...countyFacets(bank)]) {
			const code = html(facet.path).querySelector('details.embed-code pre')?.text ?? '';
			const src = /src="([^"]+)"/.exec(code)?.[1];
			expect(src, facet.path).toBe(urls.absolute(urls.embed(facet.path), siteConfig.baseUrl));
			const embed = html(urls.embed(facet.path));
			expect(embed.querySelectorAll('script')).toHaveLength(0);
			expect(embed.querySelector('a[target="_top"]')?.getAttribute('href')).toBe(urls.absolute(facet.path, siteConfig.baseUrl));
		}
		for (const project of shippedProjects()) expect(existsSync(`dist${urls.embed(urls.project(project.key))}index.html`)).toBe(true);
	});
});
