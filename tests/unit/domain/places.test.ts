import { describe, expect, it } from 'vitest';
import { countiesOf, evenShare, measurePlace, municipalitiesOf, projectsByCounty, projectsByMunicipality } from '../../../src/domain/places.ts';
import { findMunicipality } from '../../../src/domain/registry.ts';
import { granted, project } from '../../helpers/fixtures.ts';
import { shippedProject, shippedProjects } from '../../helpers/shipped.ts';

const projects = shippedProjects();
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('where a project works', () => {
	it('is the municipalities it names and the counties they lie in, each county once in code order', () => {
		const p = project((e) => (e.municipalities = ['Umeå', 'Kalix', 'Skellefteå', 'Luleå']));
		expect(municipalitiesOf(p.data).map((m) => m.code)).toEqual(['2480', '2514', '2482', '2580']);
		expect(countiesOf(p.data).map((c) => c.name)).toEqual(['Västerbottens län', 'Norrbottens län']);
		expect(countiesOf(project((e) => (e.municipalities = ['Örnsköldsvik', 'Härnösand'])).data).map((c) => c.code)).toEqual(['22']);
		expect(countiesOf(project((e) => (e.municipalities = [])).data)).toEqual([]);
	});
});

describe('the even per-municipality share', () => {
	const inCounty = (code: string) => (m: { countyCode: string }) => m.countyCode === code;

	it('gives each named municipality an equal part', () => {
		const p = project((e) => (e.municipalities = ['Umeå', 'Kalix', 'Skellefteå', 'Luleå']));
		expect(evenShare(p.data, (m) => m.name === 'Umeå')).toBe(0.25);
		expect(evenShare(p.data, inCounty('24'))).toBe(0.5);
		expect(evenShare(p.data, inCounty('01'))).toBe(0);
		expect(evenShare(project((e) => (e.municipalities = [])).data, () => true)).toBe(0);
	});

	it('shares budgets and granted money so that the shares add back up to them', () => {
		const a = granted('10000001', 'A', 300, undefined, ['Umeå', 'Kalix', 'Luleå']);
		const b = granted('10000002', 'B', 100, undefined, ['Umeå']);
		const umea = measurePlace([a, b], (m) => m.name === 'Umeå');
		expect(umea).toMatchObject({ projects: 2, grantedMoney: 400, combinedBudget: 800, evenShareBudget: 200 + 200, evenShareGranted: 100 + 100 });
		const norrbotten = measurePlace([a], inCounty('25'));
		expect(norrbotten.evenShareBudget).toBe(400);
		expect(norrbotten.evenShareGranted).toBe(200);
		// A rejected project shares its budget but no granted money.
		const rejected = measurePlace([project()], inCounty('24'));
		expect(rejected.evenShareBudget).toBe(Math.round(9_397_435 / 2));
		expect(rejected.evenShareGranted).toBe(0);
	});

	it('rounds to whole kronor', () => {
		const p = granted('10000001', 'A', 100, undefined, ['Umeå', 'Kalix', 'Luleå']);
		expect(measurePlace([p], (m) => m.name === 'Umeå').evenShareBudget).toBe(67);
	});

	it('splits a shipped project across counties by its municipalities', () => {
		const buildEqual = shippedProject('20372391'); // 29 municipalities: 15 in Västerbotten, 14 in Norrbotten
		expect(measurePlace([buildEqual], inCounty('24')).evenShareBudget).toBe(Math.round((11_545_418 * 15) / 29));
		expect(measurePlace([buildEqual], inCounty('25')).evenShareBudget).toBe(Math.round((11_545_418 * 14) / 29));
	});
});

describe('projects by place', () => {
	it('lists a project under every municipality and county it works in, once each', () => {
		const byMunicipality = projectsByMunicipality(projects);
		const umea = byMunicipality.get(findMunicipality('Umeå')!.code)!;
		expect(umea.map((p) => p.key).sort()).toEqual(projects.filter((p) => p.data.municipalities.includes('Umeå')).map((p) => p.key).sort());
		const placed = projects.filter((p) => p.data.municipalities.length > 0);
		expect(sum([...byMunicipality.values()].map((g) => g.length))).toBe(sum(placed.map((p) => p.data.municipalities.length)));
		const byCounty = projectsByCounty(projects);
		expect(sum([...byCounty.values()].map((g) => g.length))).toBe(sum(placed.map((p) => countiesOf(p.data).length)));
		expect(byCounty.get('01')).toBeUndefined();
	});
});
