import { describe, expect, it, vi } from 'vitest';
import { listOrders } from '../../../src/domain/listing.ts';
import { paths } from '../../../src/views/facet-page.ts';

vi.mock('astro:content', async () => (await import('../../helpers/astro-content.ts')).shippedContent());

describe('facet pages', () => {
	it('exist for every municipality: one page without projects, every order of a list with them', async () => {
		const all = await paths('kommun');
		const malmo = all.filter((p) => p.params.slug === 'malmo');
		expect(malmo).toHaveLength(1);
		expect(malmo[0]!.props).toMatchObject({ title: 'Malmö', listing: undefined, charts: [], summary: { place: true, countLabel: 'som verkar i Malmö' } });
		const umea = all.filter((p) => p.params.slug === 'umea');
		expect(umea).toHaveLength(listOrders.length);
		expect(umea.map((p) => p.params.rest)).toEqual([undefined, ...listOrders.slice(1).map((o) => `lista/${o.slug}`)]);
		const first = umea[0]!.props;
		expect(first).toMatchObject({
			name: 'Umeå',
			title: 'Umeå',
			description: 'Projekt med offentlig finansiering: Umeå. 14 projekt.',
			lead: { text: 'Kommun i ', link: { href: '/lan/vasterbotten/', label: 'Västerbottens län' } },
		});
		expect(first.breadcrumbs).toEqual([{ href: '/', label: 'Start' }, { href: '/kommun/', label: 'Kommuner' }, { label: 'Umeå' }]);
		expect(first.charts.map((c) => c.spec.id)).toEqual(['diagram-fond', 'diagram-prioritering']);
		expect(umea[1]!.props.charts).toEqual([]);
		expect(umea[1]!.props.title).toBe('Umeå, beviljat belopp, minst först, sida 1');
		expect(new Set(all.map((p) => p.params.slug)).size).toBe(290);
	});

	it('exist for counties, regions and funds, with their own words', async () => {
		const county = (await paths('lan')).find((p) => p.params.slug === 'norrbotten' && !p.params.rest)!.props;
		expect(county.lead).toEqual({ text: 'Län med Norrbottens kommuner. Se även ', link: { href: '/kommun/#norrbotten', label: 'länets kommuner' } });
		expect(county.summary.place).toBe(true);
		const region = (await paths('region')).find((p) => p.params.slug === 'region-norrbotten' && !p.params.rest)!.props;
		expect(region.summary).toMatchObject({ place: false, countLabel: 'beslutade av Region Norrbotten' });
		expect(region.summary.measures.projects).toBe(9);
		expect(region.lead.link).toEqual({ href: '/prioritering/', label: 'prioriteringar' });
		expect(region.breadcrumbs[1]).toEqual({ href: '/region/', label: 'Beslutande regioner' });
		const fund = (await paths('fond')).find((p) => p.params.slug === 'esf' && !p.params.rest)!.props;
		expect(fund.lead.link).toBeUndefined();
		expect(fund.summary.countLabel).toBe('med ESF+ som fond eller anslag');
		expect(fund.charts.map((c) => c.spec.id)).not.toContain('diagram-fond');
		expect(fund.breadcrumbs[1]).toEqual({ href: '/fond/', label: 'Fonder och anslag' });
	});
});
