import { describe, expect, it, vi } from 'vitest';
import { siteConfig } from '../../../../src/site.config.ts';
import { embedSnippet, paths } from '../../../../src/views/embed.ts';
import { paths as facetPaths } from '../../../../src/views/facet-page.ts';
import { shippedProjects } from '../../../helpers/shipped.ts';

vi.mock('astro:content', async () => (await import('../../../helpers/astro-content.ts')).shippedContent());

const all = await paths();
const embed = (page: string) => all.find((p) => p.params.page === page)!.props;

describe('embeds', () => {
	it('exist for every municipality, county and project, under /inbaddning/ and the page’s own path', () => {
		expect(all.filter((p) => p.params.page.startsWith('kommun/'))).toHaveLength(290);
		expect(all.filter((p) => p.params.page.startsWith('lan/'))).toHaveLength(21);
		expect(all.filter((p) => p.params.page.startsWith('projekt/'))).toHaveLength(shippedProjects().length);
		expect(new Set(all.map((p) => p.params.page)).size).toBe(all.length);
	});

	it('show a place’s figures as its page states them, pointing at the full page for the method, and its money by decision year', async () => {
		const umea = embed('kommun/umea');
		const page = (await facetPaths('kommun')).find((p) => p.params.slug === 'umea' && !p.params.rest)!.props;
		expect(umea.stats.map((s) => s.figure)).toEqual(page.stats.map((s) => s.figure));
		expect(umea.stats.at(-1)!.text).toMatch(/; metoden står på hela sidan, länkad nedan$/);
		expect(umea.stats.some((s) => s.text.includes('nedan') && s.text.includes('se metoden'))).toBe(false);
		expect(umea.table?.caption).toBe('Beviljat och total budget per beslutsår');
		expect(umea.fullPage).toEqual({
			href: 'https://projektbanken.example.se/kommun/umea/',
			label: 'Alla projekt i Umeå, och hur siffrorna räknas',
		});
		expect(embed('kommun/malmo')).toMatchObject({ heading: 'Malmö', table: undefined });
	});

	it('show a project as a card: status, money, owner, period, place and decider, without links inside the frame', () => {
		const card = embed('projekt/20204763');
		expect(card.heading).toBe('Intersective Innovation 2.0');
		expect(card.facts.map((f) => f.term)).toEqual([
			'Status',
			'Beviljat belopp',
			'Sökt belopp',
			'Total projektbudget',
			'Projektägare',
			'Projektperiod',
			'Var projektet verkar',
			'Beslutande organ',
		]);
		expect(card.facts.every((f) => !('href' in f))).toBe(true);
		expect(card.fullPage.href).toBe('https://projektbanken.example.se/projekt/20204763/');
	});
});

describe('the snippet to copy', () => {
	it('is an <iframe> of the embed’s absolute address, titled, with quotes and ampersands escaped', () => {
		expect(embedSnippet('/kommun/umea/', 'Projekt i "Umeå" & co', 'https://bank.example.se', 700)).toEqual({
			path: '/inbaddning/kommun/umea/',
			src: 'https://bank.example.se/inbaddning/kommun/umea/',
			code: '<iframe src="https://bank.example.se/inbaddning/kommun/umea/" title="Projekt i &quot;Umeå&quot; &amp; co" width="100%" height="700" style="border:0" loading="lazy"></iframe>',
		});
	});

	it('is on municipality and county pages, not on fund pages', async () => {
		const umea = (await facetPaths('kommun')).find((p) => p.params.slug === 'umea' && !p.params.rest)!.props;
		expect(umea.embed?.path).toBe('/inbaddning/kommun/umea/');
		expect(umea.embed?.code).toContain(`title="Projekt i Umeå – ${siteConfig.name}"`);
		const norrbotten = (await facetPaths('lan')).find((p) => p.params.slug === 'norrbotten' && !p.params.rest)!.props;
		expect(norrbotten.embed?.path).toBe('/inbaddning/lan/norrbotten/');
		expect((await facetPaths('fond')).find((p) => p.params.slug === 'eruf')!.props.embed).toBeUndefined();
	});
});
