import { describe, expect, it } from 'vitest';
import { allMunicipalities } from '../../../src/domain/registry.ts';
import { choropleth, countyMap, municipalityMap } from '../../../src/views/map-geometry.ts';

describe('map outlines', () => {
	it('draw every municipality and county once, with a path, on a tall map (not the whole globe)', () => {
		const municipalities = municipalityMap();
		expect(municipalities.shapes).toHaveLength(290);
		expect(new Set(municipalities.shapes.map((s) => s.code))).toEqual(new Set(allMunicipalities.map((m) => m.code)));
		expect(municipalities.shapes.every((s) => s.d.startsWith('M'))).toBe(true);
		expect(municipalities.width).toBe(400);
		expect(municipalities.height).toBeGreaterThan(municipalities.width * 2);
		const counties = countyMap();
		expect(counties.shapes.map((s) => s.code).sort()).toEqual([
			'01',
			'03',
			'04',
			'05',
			'06',
			'07',
			'08',
			'09',
			'10',
			'12',
			'13',
			'14',
			'17',
			'18',
			'19',
			'20',
			'21',
			'22',
			'23',
			'24',
			'25',
		]);
		expect(counties.height).toBe(municipalities.height);
		expect(municipalityMap()).toBe(municipalities); // projected once
	});
});

describe('choropleth classes', () => {
	it('keep zero apart and split the rest at quantiles, rounded to readable numbers', () => {
		const { breaks, classOf } = choropleth([0, 0, 1, 2, 3, 4, 5, 10, 20, 40]);
		expect(breaks).toEqual([3, 5, 20]);
		expect([0, -1, 1, 3, 4, 5, 6, 20, 21, 40].map(classOf)).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
	});

	it('round money to its leading digit and drop classes that would repeat', () => {
		expect(choropleth([1_234_567, 2_345_678, 3_456_789, 9_876_543]).breaks).toEqual([2_000_000, 3_000_000, 9_000_000]);
		expect(choropleth([5, 5, 5, 5]).breaks).toEqual([5]);
		expect(choropleth([0, 0]).breaks).toEqual([]);
		expect(choropleth([0, 0]).classOf(0)).toBe(0);
		expect(choropleth([7], 2).breaks).toEqual([7]);
	});
});
