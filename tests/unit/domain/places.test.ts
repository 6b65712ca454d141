import { describe, expect, it } from 'vitest';
import {
	countiesOf,
	countiesOfMunicipalities,
	countyShare,
	coverageOf,
	measurePlace,
	municipalitiesOf,
	municipalityShare,
	wholeAreaName,
} from '../../../src/domain/places.ts';
import { allCounties, allMunicipalities, findCounty, findMunicipality, municipalitiesIn } from '../../../src/domain/registry.ts';
import { granted, project } from '../../helpers/fixtures.ts';
const norrbotten = findCounty('25')!;
const vasterbotten = findCounty('24')!;
const umea = findMunicipality('Umeå')!;

describe('where a project works', () => {
	it('is the municipalities it names and the counties they lie in, each county once in code order', () => {
		const p = project((e) => (e.municipalities = ['Umeå', 'Kalix', 'Skellefteå', 'Luleå'])).data;
		expect(municipalitiesOf(p).map((m) => m.code)).toEqual(['2480', '2514', '2482', '2580']);
		expect(countiesOf(p).map((c) => c.name)).toEqual(['Västerbottens län', 'Norrbottens län']);
		expect(countiesOfMunicipalities(['Örnsköldsvik', 'Härnösand']).map((c) => c.code)).toEqual(['22']);
	});
});

describe('the even share', () => {
	it('gives each named place an equal part: a municipality, or a county named without municipalities', () => {
		const p = { municipalities: ['Umeå', 'Kalix', 'Skellefteå', 'Luleå'], counties: [] };
		expect(municipalityShare(p, umea)).toBe(0.25);
		expect(countyShare(p, vasterbotten)).toBe(0.5);
		expect(countyShare(p, findCounty('01')!)).toBe(0);
		const mixed = { municipalities: ['Umeå'], counties: ['Norrbottens län'] };
		expect(municipalityShare(mixed, umea)).toBe(0.5);
		expect(countyShare(mixed, vasterbotten)).toBe(0.5);
		expect(countyShare(mixed, norrbotten)).toBe(0.5);
		const countyLevel = { municipalities: [], counties: ['Norrbottens län', 'Västerbottens län'] };
		expect(municipalityShare(countyLevel, umea)).toBe(0); // never attributed to one municipality
		expect(countyShare(countyLevel, norrbotten)).toBe(0.5);
		expect(countyShare({ municipalities: [], counties: [] }, norrbotten)).toBe(0);
		expect(municipalityShare({ municipalities: [], counties: [] }, umea)).toBe(0);
	});

	it('shares granted money and granted projects’ budgets, so that the shares add back up to them', () => {
		const a = granted('10000001', 'A', 300, undefined, ['Umeå', 'Kalix', 'Luleå']);
		const b = granted('10000002', 'B', 100, undefined, ['Umeå']);
		const here = measurePlace([a, b], (p) => municipalityShare(p, umea));
		expect(here).toMatchObject({
			projects: 2,
			grantedMoney: 400,
			grantedBudget: 800,
			evenShareBudget: 200 + 200,
			evenShareGranted: 100 + 100,
		});
		const nb = measurePlace([a], (p) => countyShare(p, norrbotten));
		expect(nb).toMatchObject({ evenShareBudget: 400, evenShareGranted: 200 });
		// A project that was not granted shares nothing: its budget is not money spent.
		expect(measurePlace([project()], (p) => countyShare(p, vasterbotten))).toMatchObject({ evenShareBudget: 0, evenShareGranted: 0 });
		expect(
			measurePlace([granted('10000003', 'C', 100, undefined, ['Umeå', 'Kalix', 'Luleå'])], (p) => municipalityShare(p, umea))
				.evenShareBudget,
		).toBe(67);
	});
});

describe('the even share where the sources state no figure', () => {
	const noBudget = project((e) => {
		Object.assign(e, {
			id: '10000003',
			status: 'granted',
			financing: [],
			municipalities: ['Umeå', 'Kalix'],
			decisions: [{ kind: 'grant', summary: 'Beviljas.' }],
		});
		delete e.appliedAmount;
		delete e.totalBudget;
	});

	it('is unknown, not 0 kr, where no granted project here states its budget or amount', () => {
		const m = measurePlace([noBudget], (p) => municipalityShare(p, umea));
		expect(m.granted).toBe(1);
		expect(m.evenShareBudget).toBeUndefined();
		expect(m.evenShareGranted).toBeUndefined();
	});

	it('counts the projects that state it where some do, and is 0 where nothing is granted', () => {
		const m = measurePlace([noBudget, granted('10000004', 'B', 400, undefined, ['Umeå'])], (p) => municipalityShare(p, umea));
		expect([m.evenShareGranted, m.evenShareBudget, m.grantedWithBudget, m.granted]).toEqual([400, 800, 1, 2]);
		expect(measurePlace([project()], (p) => municipalityShare(p, umea)).evenShareBudget).toBe(0);
	});
});

describe('scope: how much of the country a project covers', () => {
	const everyMunicipality = allMunicipalities.map((m) => m.name);
	const norrbottenNames = municipalitiesIn(norrbotten).map((m) => m.name);

	it('reads "hela Sverige" where every municipality is named, or every county covered one way or the other', () => {
		expect(wholeAreaName({ municipalities: everyMunicipality, counties: [] })).toBe('hela Sverige');
		expect(coverageOf({ municipalities: everyMunicipality, counties: [] })).toMatchObject({ wholeCountry: true, otherMunicipalities: [] });
		expect(coverageOf({ municipalities: everyMunicipality, counties: [] }).wholeCounties).toHaveLength(21);
		expect(wholeAreaName({ municipalities: [], counties: allCounties.map((c) => c.name) })).toBe('hela Sverige');
		const allButNorrbotten = everyMunicipality.filter((name) => !norrbottenNames.includes(name));
		expect(wholeAreaName({ municipalities: allButNorrbotten, counties: ['Norrbottens län'] })).toBe('hela Sverige');
		expect(wholeAreaName({ municipalities: everyMunicipality.slice(1), counties: [] })).toBeUndefined(); // 289 of 290
	});

	it('reads "hela Norrbottens län" where all of a county’s municipalities are named, and lists the rest as they are', () => {
		expect(wholeAreaName({ municipalities: norrbottenNames, counties: [] })).toBe('hela Norrbottens län');
		const both = [...norrbottenNames, ...municipalitiesIn(vasterbotten).map((m) => m.name)];
		expect(wholeAreaName({ municipalities: both, counties: [] })).toBe('hela Västerbottens län och hela Norrbottens län');
		const plusUmea = coverageOf({ municipalities: [...norrbottenNames, 'Umeå'], counties: [] });
		expect(plusUmea.wholeCounties.map((c) => c.name)).toEqual(['Norrbottens län']);
		expect(plusUmea.otherMunicipalities.map((m) => m.name)).toEqual(['Umeå']);
		expect(wholeAreaName({ municipalities: [...norrbottenNames, 'Umeå'], counties: [] })).toBeUndefined();
		expect(wholeAreaName({ municipalities: norrbottenNames.slice(1), counties: [] })).toBeUndefined();
		expect(wholeAreaName({ municipalities: [], counties: ['Norrbottens län'] })).toBeUndefined(); // county level: said as such
	});

	it('shares a nationwide project’s money evenly: one 290th in each municipality', () => {
		const national = { municipalities: everyMunicipality, counties: [] };
		expect(municipalityShare(national, umea)).toBeCloseTo(1 / 290);
		expect(countyShare(national, norrbotten)).toBeCloseTo(municipalitiesIn(norrbotten).length / 290);
	});
});
