import { expect, it } from 'vitest';
import { countyFacets, deciderFacets, fundFacets, municipalityFacets } from '../../../src/views/facets.ts';
import { fixtureBank } from '../../helpers/bank.ts';

const bank = fixtureBank();
const keys = (facet: { projects: { key: string }[] }) => facet.projects.map((p) => p.key).sort();

it('put each project of the fixture bank under its municipalities, a county-wide one under its county alone', () => {
	const municipalities = municipalityFacets(bank).filter((f) => f.projects.length);
	expect(Object.fromEntries(municipalities.map((f) => [f.name, keys(f)]))).toEqual({
		Umeå: ['10000001', '10000002'],
		Skellefteå: ['10000001', '10000003'],
		Lycksele: ['10000005'],
		Kalix: ['10000002'],
		Luleå: ['10000004', '10000007'], // not 10000006: it names no municipality
		Piteå: ['10000007'],
	});
	const counties = countyFacets(bank).filter((f) => f.projects.length);
	expect(Object.fromEntries(counties.map((f) => [f.name, keys(f)]))).toEqual({
		'Västerbottens län': ['10000001', '10000002', '10000003', '10000005'],
		'Norrbottens län': ['10000002', '10000004', '10000006', '10000007'],
	});
});

it('list every decider and fund of the settings with its projects', () => {
	expect(deciderFacets(bank).map((f) => [f.name, keys(f)])).toEqual([
		['Region Västerbotten', ['10000001', '10000002', '10000003', '10000005']],
		['Region Norrbotten', ['10000006', '10000007']],
		['Tillväxtverket', ['10000004']],
	]);
	expect(fundFacets(bank).map((f) => [f.name, keys(f)])).toEqual([
		['ERUF', ['10000001', '10000002', '10000003', '10000004', '10000005']],
		['1:1-anslaget', ['10000006', '10000007']],
	]);
});
