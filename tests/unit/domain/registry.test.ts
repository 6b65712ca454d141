import { describe, expect, it } from 'vitest';
import {
	allCounties,
	allMunicipalities,
	countyOf,
	findCounty,
	findCountyByName,
	findMunicipality,
	municipalitiesIn,
	suggestCounties,
	suggestMunicipalities,
} from '../../../src/domain/registry.ts';

describe('the registry', () => {
	it('holds Sweden’s 290 municipalities and 21 counties with official codes', () => {
		expect(allMunicipalities).toHaveLength(290);
		expect(allCounties).toHaveLength(21);
		expect(new Set(allMunicipalities.map((m) => m.code)).size).toBe(290);
		expect(findMunicipality('Umeå')).toEqual({ code: '2480', name: 'Umeå', countyCode: '24' });
		expect(findMunicipality('Umea')).toBeUndefined();
		expect(findCounty('25')).toEqual({ code: '25', name: 'Norrbottens län', shortName: 'Norrbotten' });
		expect(findCounty('99')).toBeUndefined();
	});

	it('knows the county of every municipality', () => {
		expect(countyOf(findMunicipality('Kalix')!).name).toBe('Norrbottens län');
		expect(() => countyOf({ code: '9999', name: 'Ingenstans', countyCode: '99' })).toThrow('no county with code 99');
		for (const m of allMunicipalities) expect(countyOf(m).code).toBe(m.countyCode);
	});

	it('lists a county’s municipalities in Swedish order', () => {
		const vb = municipalitiesIn(findCounty('24')!).map((m) => m.name);
		expect(vb).toHaveLength(15);
		expect(vb[0]).toBe('Bjurholm');
		expect(vb.at(-1)).toBe('Åsele');
	});
});

describe('suggestions for a misspelt municipality', () => {
	it('offer the closest official spellings', () => {
		expect(suggestMunicipalities('Ornskoldsvik')).toEqual(['Örnsköldsvik']);
		expect(suggestMunicipalities('Skelleftå')).toEqual(['Skellefteå']);
		expect(suggestMunicipalities(' umea ')).toEqual(['Umeå']);
		expect(suggestMunicipalities('Habo')).toEqual(['Habo', 'Håbo']);
		expect(suggestMunicipalities('Habo', 1)).toEqual(['Habo']);
	});

	it('offer nothing when nothing is close', () => {
		expect(suggestMunicipalities('Xyzzyqwerty')).toEqual([]);
		expect(suggestCounties('Xyzzyqwerty')).toEqual([]);
	});

	it('find counties by official name, and suggest it for a short or misspelt one', () => {
		expect(findCountyByName('Norrbottens län')?.code).toBe('25');
		expect(findCountyByName('Norrbotten')).toBeUndefined();
		expect(suggestCounties('Norrbotten')).toEqual(['Norrbottens län']);
		expect(suggestCounties(' norrbotten ')).toEqual(['Norrbottens län']);
		expect(suggestCounties('Västerbottens lan')).toEqual(['Västerbottens län']);
	});
});
