import { expect, it, vi } from 'vitest';
import { cellHtml } from '../../../../src/components/table-cell.ts';
import { localised } from '../../../../src/i18n/locale.ts';
import { createBank } from '../../../../src/views/bank.ts';
import { financingTable, keyFacts, model as projectModel, placesSummary } from '../../../../src/views/project-page.ts';
import { cell } from '../../../../src/views/table.ts';
import { siteConfig } from '../../../../src/site.config.ts';
import { shippedProject, shippedProjects } from '../../../helpers/shipped.ts';

vi.mock('astro:content', async () => (await import('../../../helpers/astro-content.ts')).shippedContent());

const bank = createBank(shippedProjects(), siteConfig);
const en = localised('en');

it('marks text in another language than the page’s, and nothing on a page in its own', () => {
	expect(cellHtml(cell('Solel i Norr', { href: '/en/projekt/1/', lang: 'sv' }))).toBe(
		'<a href="/en/projekt/1/" lang="sv">Solel i Norr</a>',
	);
	expect(cellHtml(cell('Solel i Norr', { lang: 'sv' }))).toBe('<span lang="sv">Solel i Norr</span>');
	expect(cellHtml(cell('Ändring', { details: ['Förlängs'], detailsLang: 'sv' }))).toBe('Ändring<p class="muted" lang="sv">Förlängs</p>');
	expect(cellHtml(cell('Solel i Norr', { href: '/projekt/1/' }))).toBe('<a href="/projekt/1/">Solel i Norr</a>');
});

it('states a project’s key facts in English, figures in en-GB, links to the English pages where there are some', () => {
	const facts = keyFacts(shippedProject('20204763'), bank, '2026-12-01', en);
	const byTerm = Object.fromEntries(facts.map((f) => [f.term, f]));
	expect(byTerm['Status']?.value).toBe('Granted');
	expect(byTerm['Amount granted']?.value).toBe('SEK\u00a01,347,090');
	expect(byTerm['Decision date']?.value).toBe('24 March 2020');
	expect(byTerm['Project period']?.value).toBe('1 January 2021 – 31 December 2022');
	expect(byTerm['Deciding body']?.href).toBe('/beslutande/region-norrbotten/');
	// The priority's name is the strategy's own, Swedish.
	expect(byTerm['Priority (regional development strategy)']?.lang).toBe('sv');
	expect(keyFacts(shippedProject('20204763'), bank).every((f) => f.lang === undefined)).toBe(true);
	expect(placesSummary(shippedProject('20204763'), en)).toBe('Norrbottens län and Västerbottens län (no municipalities named)');
});

it('gives the English project page its English trail, headline and financing, and no Swedish chart', () => {
	const page = projectModel(shippedProject('20204763'), bank, en);
	expect(page.breadcrumbs).toEqual([
		{ href: '/en/', label: 'Home' },
		{ href: '/en/projekt/', label: 'Projects' },
		{ label: 'Intersective Innovation 2.0' },
	]);
	expect(page.headline).toBe('Amount granted: SEK\u00a01,347,090');
	expect(page.financing?.chart).toBeUndefined();
	const table = financingTable(shippedProject('20204763'), bank, en);
	expect(table.columns.map((c) => c.label)).toEqual(['Financier', 'Amount', 'Share of total budget']);
	expect(table.foot?.map((r) => r.cells[0]!.text)).toEqual([
		'Sum of the rows as published',
		'Sum after correction',
		'Total project budget according to the source',
	]);
});
