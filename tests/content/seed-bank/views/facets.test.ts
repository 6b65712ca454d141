import { describe, expect, it } from 'vitest';
import { grantedBudget } from '../../../../src/domain/measures.ts';
import { createBank } from '../../../../src/views/bank.ts';
import { countyFacets, fundFacets, municipalityFacets, deciderFacets } from '../../../../src/views/facets.ts';
import { siteConfig } from '../../../../src/site.config.ts';
import { shippedProjects } from '../../../helpers/shipped.ts';

const projects = shippedProjects();
const bank = createBank(projects, siteConfig);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const municipalities = municipalityFacets(bank);
const counties = countyFacets(bank);
const budgets = sum(projects.map((p) => grantedBudget(p.data) ?? 0));

describe('municipalities', () => {
	it('are all 290, with or without projects, each with its address and county', () => {
		expect(municipalities).toHaveLength(290);
		const umea = municipalities.find((m) => m.name === 'Umeå')!;
		expect(umea).toMatchObject({ kind: 'kommun', slug: 'umea', path: '/kommun/umea/', county: { code: '24' } });
		expect(umea.measures.projects).toBe(projects.filter((p) => p.data.municipalities.includes('Umeå')).length);
		expect(municipalities.find((m) => m.name === 'Malmö')!.projects).toEqual([]);
	});

	it('count only what names them: Skellefteå’s figures leave out the undecided INDI’s budget and the county-level projects', () => {
		const skelleftea = municipalities.find((m) => m.name === 'Skellefteå')!;
		expect(skelleftea.projects.map((p) => p.key)).toContain('20378916'); // INDI names Skellefteå…
		expect(skelleftea.measures.undecided).toBe(1);
		expect(skelleftea.measures.grantedBudget).toBe(sum(skelleftea.projects.map((p) => grantedBudget(p.data) ?? 0))); // …but its budget is not granted
		expect(skelleftea.measures.grantedBudget).toBeLessThan(179_216_774 - 9_000_000);
		expect(skelleftea.countyLevel.map((p) => p.key).sort()).toEqual([
			'20204763',
			'20204867',
			'20204871',
			'20204898',
			'20204909',
			'20359783',
		]);
		expect(skelleftea.projects.some((p) => skelleftea.countyLevel.includes(p))).toBe(false);
	});

	it('know their own organisation as a financier', () => {
		const skelleftea = municipalities.find((m) => m.name === 'Skellefteå')!;
		expect(skelleftea.organisation?.key).toBe('skelleftea-kommun');
		expect(skelleftea.organisation?.coFinanced).toHaveLength(3);
		expect(municipalities.find((m) => m.name === 'Malmö')!.organisation).toBeUndefined();
	});

	it('share the granted projects’ budgets evenly, so that the shares add up to the budgets and not many times them', () => {
		const placed = sum(
			projects.map((p) =>
				p.data.municipalities.length
					? (grantedBudget(p.data) ?? 0) * (p.data.municipalities.length / (p.data.municipalities.length + p.data.counties.length))
					: 0,
			),
		);
		expect(Math.abs(sum(municipalities.map((m) => m.measures.evenShareBudget ?? 0)) - placed)).toBeLessThanOrEqual(290);
		expect(sum(municipalities.map((m) => m.measures.grantedBudget))).toBeGreaterThan(placed * 5);
		const vilhelmina = municipalities.find((m) => m.name === 'Vilhelmina')!;
		const expected = sum(vilhelmina.projects.map((p) => (grantedBudget(p.data) ?? 0) / p.data.municipalities.length));
		expect(vilhelmina.measures.evenShareBudget).toBe(Math.round(expected));
	});
});

describe('counties', () => {
	it('count a project through its municipalities and where the source names the county', () => {
		expect(counties).toHaveLength(21);
		const norrbotten = counties.find((c) => c.county.code === '25')!;
		expect(norrbotten).toMatchObject({ kind: 'lan', slug: 'norrbotten', path: '/lan/norrbotten/', name: 'Norrbottens län' });
		expect(norrbotten.projects.filter((p) => p.data.decider === 'Region Norrbotten')).toHaveLength(9);
		expect(norrbotten.countyLevel.map((p) => p.key).sort()).toEqual([
			'20204763',
			'20204814',
			'20204867',
			'20204871',
			'20204876',
			'20204898',
			'20204909',
			'dnr-00031-2020',
		]);
		expect(norrbotten.measures.grantedMoney).toBeGreaterThanOrEqual(14_644_555);
	});

	it('share every granted budget out over the counties exactly once', () => {
		expect(Math.abs(sum(counties.map((c) => c.measures.evenShareBudget ?? 0)) - budgets)).toBeLessThanOrEqual(21);
	});
});

describe('regions and funds', () => {
	it('count every project once under its deciding region, and under its fund', () => {
		const regions = deciderFacets(bank);
		expect(regions.map((r) => r.slug)).toEqual(['region-vasterbotten', 'region-norrbotten', 'region-vasternorrland', 'tillvaxtverket']);
		expect(sum(regions.map((r) => r.measures.projects))).toBe(projects.length);
		expect(regions[0]!.measures.grantedMoney).toBe(72_750_869); // the 17 list grants; INDI is a proposal, DOVI states no amount
		expect(regions[1]!.measures.grantedMoney).toBe(14_644_555 + 0); // Norrbotten's 8 grants
		const funds = fundFacets(bank);
		expect(funds.find((f) => f.name === 'ESF+')).toMatchObject({
			kind: 'fond',
			slug: 'esf',
			path: '/fond/esf/',
			description: siteConfig.funds[1]!.description,
		});
		expect(funds.find((f) => f.name === 'ESF+')!.measures.projects).toBe(5);
		expect(sum(funds.map((f) => f.projects.length))).toBe(projects.filter((p) => p.data.fund).length);
	});
});
