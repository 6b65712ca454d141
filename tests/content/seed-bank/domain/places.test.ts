import { describe, expect, it } from 'vitest';
import {
	countiesOf,
	countyLevelCounties,
	countyShare,
	measurePlace,
	projectsByCounty,
	projectsByMunicipality,
	worksAcrossCounty,
} from '../../../../src/domain/places.ts';
import { findCounty, findMunicipality } from '../../../../src/domain/registry.ts';
import { shippedProject, shippedProjects } from '../../../helpers/shipped.ts';

const projects = shippedProjects();
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const norrbotten = findCounty('25')!;
const vasterbotten = findCounty('24')!;
const umea = findMunicipality('Umeå')!;

describe('where a project works', () => {
	it('is the counties the source names when it names no municipality: "Övre Norrland" is Norrbotten and Västerbotten', () => {
		const section40 = shippedProject('20204763').data;
		expect(section40.locationNote).toBe('Övre Norrland (små och medelstora företag)');
		expect(countyLevelCounties(section40).map((c) => c.name)).toEqual(['Norrbottens län', 'Västerbottens län']);
		expect(countiesOf(section40).map((c) => c.code)).toEqual(['24', '25']);
		expect(worksAcrossCounty(section40, norrbotten)).toBe(true);
	});

	it('finds all nine of Region Norrbotten’s decisions in Norrbottens län', () => {
		const decisions = projects.filter((p) => p.data.source.document.includes('Region Norrbotten 2020-03-24'));
		expect(decisions).toHaveLength(9);
		expect(decisions.filter((p) => countiesOf(p.data).some((c) => c.code === '25'))).toHaveLength(9);
		expect(
			projectsByCounty(projects)
				.get('25')!
				.filter((p) => p.data.decider === 'Region Norrbotten'),
		).toHaveLength(9);
	});
});

describe('the even share', () => {
	it('splits a shipped project across counties by its municipalities', () => {
		const buildEqual = shippedProject('20372391'); // 29 municipalities: 15 in Västerbotten, 14 in Norrbotten
		expect(measurePlace([buildEqual], (p) => countyShare(p, vasterbotten)).evenShareBudget).toBe(Math.round((11_545_418 * 15) / 29));
		expect(measurePlace([buildEqual], (p) => countyShare(p, norrbotten)).evenShareBudget).toBe(Math.round((11_545_418 * 14) / 29));
	});
});

describe('projects by place', () => {
	it('lists a project under every municipality it names and every county it works in, once each', () => {
		const byMunicipality = projectsByMunicipality(projects);
		expect(
			byMunicipality
				.get(umea.code)!
				.map((p) => p.key)
				.sort(),
		).toEqual(
			projects
				.filter((p) => p.data.municipalities.includes('Umeå'))
				.map((p) => p.key)
				.sort(),
		);
		expect(sum([...byMunicipality.values()].map((g) => g.length))).toBe(sum(projects.map((p) => p.data.municipalities.length)));
		const byCounty = projectsByCounty(projects);
		expect(sum([...byCounty.values()].map((g) => g.length))).toBe(sum(projects.map((p) => countiesOf(p.data).length)));
		expect(byCounty.get('01')).toBeUndefined();
	});
});
