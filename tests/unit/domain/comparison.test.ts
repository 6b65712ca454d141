import { describe, expect, it } from 'vitest';
import { measurePlaceBy } from '../../../src/domain/comparison.ts';
import { measurePlace, municipalityShare } from '../../../src/domain/places.ts';
import { findMunicipality } from '../../../src/domain/registry.ts';
import { granted } from '../../helpers/fixtures.ts';

const umea = findMunicipality('Umeå')!;
const share = (p: Parameters<typeof municipalityShare>[0]) => municipalityShare(p, umea);

describe('a place’s money by category', () => {
	const projects = [
		granted('20000001', 'Ensam', 1_000_000, '2020-03-24', ['Umeå']),
		granted('20000002', 'Delad', 3_000_000, '2021-05-01', ['Umeå', 'Skellefteå', 'Luleå']),
		granted('20000003', 'Samma år', 500_000, '2020-11-02', ['Umeå', 'Vindeln']),
	];

	it('measures each category with the place’s even share, one group per category', () => {
		const byYear = measurePlaceBy(projects, share, (p) => p.decisions[0]!.date!.slice(0, 4));
		expect(byYear.map((c) => [c.category, c.measures.projects, c.measures.evenShareGranted, c.measures.grantedMoney])).toEqual([
			['2020', 2, 1_250_000, 1_500_000],
			['2021', 1, 1_000_000, 3_000_000],
		]);
	});

	it('has parts that add up to the place’s own figures', () => {
		const whole = measurePlace(projects, share);
		const parts = measurePlaceBy(projects, share, (p) => p.title);
		expect(parts).toHaveLength(3);
		expect(parts.reduce((a, c) => a + c.measures.evenShareGranted!, 0)).toBe(whole.evenShareGranted);
		expect(parts.reduce((a, c) => a + c.measures.evenShareBudget!, 0)).toBe(whole.evenShareBudget);
	});

	it('has no category for a place without projects', () => {
		expect(measurePlaceBy([], share, () => 'x')).toEqual([]);
	});
});
