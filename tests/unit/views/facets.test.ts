import { describe, expect, it } from 'vitest';
import { createBank } from '../../../src/views/bank.ts';
import { countyFacets, fundFacets, municipalityFacets, regionFacets } from '../../../src/views/facets.ts';
import { siteConfig } from '../../../src/site.config.ts';
import { shippedProjects } from '../../helpers/shipped.ts';

const projects = shippedProjects();
const bank = createBank(projects, siteConfig);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('places', () => {
	const municipalities = municipalityFacets(bank);

	it('are all 290 municipalities, with or without projects, each with its address', () => {
		expect(municipalities).toHaveLength(290);
		const umea = municipalities.find((m) => m.name === 'Umeå')!;
		expect(umea).toMatchObject({ kind: 'kommun', slug: 'umea', path: '/kommun/umea/' });
		expect(umea.measures.projects).toBe(projects.filter((p) => p.data.municipalities.includes('Umeå')).length);
		expect(municipalities.find((m) => m.name === 'Malmö')!.projects).toEqual([]);
	});

	it('share each budget evenly, so that the shares add up to the budgets and not to many times them', () => {
		const placed = projects.filter((p) => p.data.municipalities.length > 0);
		const budgets = sum(placed.map((p) => p.data.totalBudget ?? 0));
		expect(Math.abs(sum(municipalities.map((m) => m.measures.evenShareBudget)) - budgets)).toBeLessThanOrEqual(290);
		expect(sum(municipalities.map((m) => m.measures.combinedBudget))).toBeGreaterThan(budgets * 5);
		const counties = countyFacets(bank);
		expect(counties).toHaveLength(21);
		expect(Math.abs(sum(counties.map((c) => c.measures.evenShareBudget)) - budgets)).toBeLessThanOrEqual(21);
		expect(counties.find((c) => c.county.code === '24')).toMatchObject({ kind: 'lan', slug: 'vasterbotten', path: '/lan/vasterbotten/', name: 'Västerbottens län' });
	});

	it('give a one-municipality project wholly to that municipality', () => {
		const vilhelmina = municipalities.find((m) => m.name === 'Vilhelmina')!;
		expect(projects.find((p) => p.key === '20372432')!.data.municipalities).toEqual(['Vilhelmina']);
		const expected = sum(vilhelmina.projects.map((p) => (p.data.totalBudget ?? 0) / p.data.municipalities.length));
		expect(vilhelmina.measures.evenShareBudget).toBe(Math.round(expected));
	});
});

describe('regions and funds', () => {
	it('count every project once under its deciding region, and under its fund', () => {
		const regions = regionFacets(bank);
		expect(regions.map((r) => r.slug)).toEqual(['region-vasterbotten', 'region-norrbotten', 'region-vasternorrland']);
		expect(sum(regions.map((r) => r.measures.projects))).toBe(projects.length);
		expect(regions[0]!.measures.grantedMoney).toBe(72_750_869); // the 17 list grants; INDI was rejected, DOVI states no amount
		const funds = fundFacets(bank);
		expect(funds.find((f) => f.name === 'ESF+')).toMatchObject({ kind: 'fond', slug: 'esf', path: '/fond/esf/', description: siteConfig.funds[1]!.description });
		expect(funds.find((f) => f.name === 'ESF+')!.measures.projects).toBe(5);
		expect(sum(funds.map((f) => f.projects.length))).toBe(projects.filter((p) => p.data.fund).length);
	});
});
