import { describe, expect, it } from 'vitest';
import { priorityTree } from '../../../../src/domain/priorities.ts';
import { siteConfig } from '../../../../src/site.config.ts';
import { shippedProjects } from '../../../helpers/shipped.ts';

const projects = shippedProjects();

describe('priority areas', () => {
	it('group each region’s projects under its configured areas and sub-areas', () => {
		const tree = priorityTree(projects, siteConfig);
		// Every decider with a strategy or a project; Tillväxtverket has neither in the shipped bank.
		expect(tree.map((r) => r.decider)).toEqual(['Region Västerbotten', 'Region Norrbotten', 'Region Västernorrland']);
		const vb = tree.find((r) => r.decider === 'Region Västerbotten')!;
		expect(vb.strategy).toBe('Regional utvecklingsstrategi för Västerbottens län 2020–2030');
		expect(vb.priorities.map((p) => [p.code, p.projects.length, p.measures.projects])).toEqual([
			['1', 7, 7],
			['2', 4, 4],
			['3', 1, 1],
			['4', 2, 2],
			['6', 4, 4],
		]);
		expect(vb.priorities[0]!.label).toBe('Prioritering 1: Västerbotten - en nytänkande och smart region');
		const digital = vb.priorities[0]!.subs.find((s) => s.name === '1.2 Digitalisering och nya lösningar')!;
		expect(digital.projects.map((p) => p.key)).toEqual(['20378916']);
		expect(digital.measures.projects).toBe(1);
		expect(vb.withoutPriority.map((p) => p.key)).toEqual(['20359783']);
		const nb = tree.find((r) => r.decider === 'Region Norrbotten')!;
		expect(nb.priorities.map((p) => p.label)).toEqual([
			'Hög livskvalitet i attraktiva livsmiljöer',
			'Smarta, hållbara innovationer och entreprenörskap',
		]);
		expect(nb.priorities.every((p) => p.projects.every((x) => x.data.decider === 'Region Norrbotten'))).toBe(true);
	});
});
