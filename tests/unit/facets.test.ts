import { describe, expect, it } from 'vitest';
import {
	countyFacets,
	fundFacets,
	municipalityFacets,
	municipalityPath,
	organisationName,
	organisations,
	priorityTree,
	regionFacets,
} from '../../src/lib/facets.ts';
import { searchFilterOptions, searchRecord, ownerNames } from '../../src/lib/search.ts';
import { bySwedishName, slugify } from '../../src/lib/slug.ts';
import { siteConfig } from '../../src/site.config.ts';
import { shippedProjects } from './shipped.ts';

const projects = shippedProjects();
const byKey = (key: string) => projects.find((p) => p.key === key)!;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('slugs', () => {
	it('are readable ASCII and stable', () => {
		expect(slugify('Örnsköldsvik')).toBe('ornskoldsvik');
		expect(slugify('Upplands Väsby')).toBe('upplands-vasby');
		expect(slugify('Malung-Sälen')).toBe('malung-salen');
		expect(slugify('Region Västerbotten')).toBe('region-vasterbotten');
		expect(slugify('1:1-anslaget')).toBe('1-1-anslaget');
	});

	it('give every one of the 290 municipalities its own address, Habo and Håbo included', () => {
		const paths = municipalityFacets([]).map((m) => m.path);
		expect(new Set(paths).size).toBe(290);
		expect(municipalityPath('Habo')).toBe('/kommun/habo-jonkoping/');
		expect(municipalityPath('Håbo')).toBe('/kommun/habo-uppsala/');
		expect(municipalityPath('Örnsköldsvik')).toBe('/kommun/ornskoldsvik/');
	});

	it('sort names in Swedish order', () => {
		const names = ['Örebro', 'Åre', 'Ängelholm', 'Alingsås', 'Zeta'].sort(bySwedishName((n) => n));
		expect(names).toEqual(['Alingsås', 'Zeta', 'Åre', 'Ängelholm', 'Örebro']);
	});
});

describe('attribution', () => {
	const municipalities = municipalityFacets(projects);

	it('counts a project once in every municipality it names', () => {
		const umea = municipalities.find((m) => m.name === 'Umeå')!;
		expect(umea.attribution.projects).toBe(projects.filter((p) => p.data.municipalities.includes('Umeå')).length);
		expect(umea.projects.map((p) => p.key)).toContain('20372556');
	});

	it('shares each budget evenly so that the shares add up to the budgets, not 15 times them', () => {
		const placed = projects.filter((p) => p.data.municipalities.length > 0);
		const budgets = sum(placed.map((p) => p.data.totalBudget ?? 0));
		const shares = sum(municipalities.map((m) => m.attribution.evenShareBudget!));
		expect(Math.abs(shares - budgets)).toBeLessThanOrEqual(290); // rounding to whole kronor per municipality
		const combined = sum(municipalities.map((m) => m.attribution.combinedBudget));
		expect(combined).toBeGreaterThan(budgets * 5); // what naive attribution would claim
		const counties = countyFacets(projects);
		expect(Math.abs(sum(counties.map((c) => c.attribution.evenShareBudget!)) - budgets)).toBeLessThanOrEqual(21);
	});

	it('gives a one-municipality project wholly to that municipality', () => {
		const vilhelmina = municipalities.find((m) => m.name === 'Vilhelmina')!;
		const only = byKey('20372432'); // Samverkan för effektiv kompetensförsörjning, Vilhelmina only
		expect(only.data.municipalities).toEqual(['Vilhelmina']);
		const expected = sum(vilhelmina.projects.map((p) => (p.data.totalBudget ?? 0) / p.data.municipalities.length));
		expect(vilhelmina.attribution.evenShareBudget).toBe(Math.round(expected));
	});

	it('splits a project across counties by its municipalities', () => {
		const buildEqual = byKey('20372391'); // 29 municipalities: 15 in Västerbotten, 14 in Norrbotten
		const [vb, nb] = ['24', '25'].map((code) => countyFacets([buildEqual]).find((c) => c.county.code === code)!);
		expect(vb!.attribution.evenShareBudget).toBe(Math.round((11_545_418 * 15) / 29));
		expect(nb!.attribution.evenShareBudget).toBe(Math.round((11_545_418 * 14) / 29));
	});

	it('totals regions and funds from the entries', () => {
		const regions = regionFacets(projects, siteConfig);
		expect(sum(regions.map((r) => r.attribution.projects))).toBe(projects.length);
		const vb = regions.find((r) => r.name === 'Region Västerbotten')!;
		expect(vb.attribution.granted).toBe(72_750_869); // the 17 granted projects of the list; INDI was rejected, DOVI states no amount
		const funds = fundFacets(projects, siteConfig);
		expect(funds.find((f) => f.name === 'ESF+')!.attribution.projects).toBe(5);
	});
});

describe('priority areas', () => {
	it('group each region’s projects under its configured areas and sub-areas', () => {
		const vb = priorityTree(projects, siteConfig).find((r) => r.region === 'Region Västerbotten')!;
		expect(vb.priorities.map((p) => [p.code, p.projects.length])).toEqual([
			['1', 7],
			['2', 4],
			['3', 1],
			['4', 2],
			['6', 4],
		]);
		const digital = vb.priorities[0]!.subs.find((s) => s.name === '1.2 Digitalisering och nya lösningar')!;
		expect(digital.projects.map((p) => p.key)).toEqual(['20378916']);
		expect(vb.withoutPriority.map((p) => p.key)).toEqual(['20359783']);
	});
});

describe('organisations', () => {
	const all = organisations(projects, siteConfig.organisationAliases);
	const find = (slug: string) => all.find((o) => o.slug === slug)!;

	it('treat spellings and money kinds of one organisation as one', () => {
		expect(organisationName('Region Norrbotten (1:1)')).toBe('Region Norrbotten');
		expect(organisationName('Tillväxtverket (ERUF)')).toBe('Tillväxtverket');
		const ltu = find('lulea-tekniska-universitet');
		expect(ltu.name).toBe('Luleå tekniska universitet');
		expect(new Set(ltu.spellings)).toEqual(new Set(['LULEÅ TEKNISKA UNIVERSITET', 'Luleå tekniska universitet']));
		expect(organisationName('ERUF, Tillväxtverket', siteConfig.organisationAliases)).toBe('Tillväxtverket');
		expect(new Set(find('tillvaxtverket').spellings)).toEqual(new Set(['ERUF', 'ERUF, Tillväxtverket', 'TILLVÄXTVERKET', 'Tillväxtverket (ERUF)']));
	});

	it('keep owned and co-financed projects apart', () => {
		const ltu = find('lulea-tekniska-universitet');
		expect(ltu.owned.map((p) => p.key).sort()).toEqual(['20204909', '20372391', '20378916']);
		expect(ltu.coFinanced.map((c) => c.project.key).sort()).toEqual(['20204888', '20378916']);
		const norrbotten = find('region-norrbotten');
		expect(norrbotten.coFinanced.find((c) => c.project.key === '20204814')!.amount).toBe(1_222_867);
		expect(norrbotten.owned.map((p) => p.key)).toEqual(['dnr-00031-2020']);
	});
});

describe('search records', () => {
	const owners = ownerNames(projects, siteConfig.organisationAliases);

	it('carry every filter, sort and card field of a project', () => {
		const record = searchRecord(byKey('20378916'), owners);
		expect(record.filters).toEqual({
			kommun: ['Kalix', 'Kiruna', 'Luleå', 'Umeå', 'Övertorneå', 'Piteå', 'Vindeln', 'Skellefteå', 'Boden', 'Vilhelmina'],
			lan: ['Västerbottens län', 'Norrbottens län'],
			region: ['Region Västerbotten'],
			prioritering: ['Prioritering 1: Västerbotten - en nytänkande och smart region'],
			fond: ['ERUF'],
			status: ['Avslaget'],
			agare: ['Luleå tekniska universitet'],
			ar: [],
		});
		expect(record.sort).toEqual({ beviljat: '0', budget: '9397435', beslutsdatum: '0', startdatum: '20260701' });
		expect(record.meta.amount).toBe('Sökt belopp: 2\u00a0219\u00a0230\u00a0kr');
	});

	it('offer filter values with counts that agree with the collection', () => {
		const options = searchFilterOptions(projects, siteConfig);
		const kommun = options.find((f) => f.name === 'kommun')!.options;
		expect(kommun.find((o) => o.value === 'Piteå')!.count).toBe(projects.filter((p) => p.data.municipalities.includes('Piteå')).length);
		expect(options.find((f) => f.name === 'status')!.options.map((o) => [o.value, o.count])).toEqual([
			['Ansökt', 1],
			['Avslaget', 2],
			['Beviljat', 26],
		]);
		expect(options.find((f) => f.name === 'ar')!.options.map((o) => o.value)).toEqual(['2025', '2023', '2020']);
	});
});
