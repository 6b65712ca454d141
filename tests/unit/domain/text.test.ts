import { describe, expect, it } from 'vitest';
import {
	bySwedishName,
	closestMatches,
	editDistance,
	fold,
	hasSlugText,
	MAX_SLUG_LENGTH,
	slugify,
	swedishCollator,
} from '../../../src/domain/text.ts';

describe('slugify', () => {
	it('makes readable, stable ASCII addresses from Swedish names', () => {
		expect(slugify('Örnsköldsvik')).toBe('ornskoldsvik');
		expect(slugify('Upplands Väsby')).toBe('upplands-vasby');
		expect(slugify('Malung-Sälen')).toBe('malung-salen');
		expect(slugify('Region Västerbotten')).toBe('region-vasterbotten');
		expect(slugify('1:1-anslaget')).toBe('1-1-anslaget');
		expect(slugify('  (Tillväxtverket) ')).toBe('tillvaxtverket');
		expect(slugify('ESF+')).toBe('esf');
	});

	it('is never empty and never longer than 80 characters, and tells apart long names that begin alike', () => {
		for (const name of ['🚀🚀', '', '  ', '—', '()']) {
			expect(slugify(name), name).toMatch(/^namn-[0-9a-f]{8}$/);
			expect(hasSlugText(name), name).toBe(false);
		}
		expect(hasSlugText('(okänd)')).toBe(true);
		expect(slugify('🚀🚀')).not.toBe(slugify('🚀'));
		const long = `${'Stiftelsen för regional utveckling i Norrbotten och Västerbotten '.repeat(4)}AB`;
		expect(long.length).toBe(262);
		const slug = slugify(long);
		expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
		expect(slug).toMatch(/^stiftelsen-for-regional-utveckling-i-norrbotten-och-vasterbotten-[0-9a-f]{8}$/);
		expect(slugify(`${long} 2`)).not.toBe(slug);
		expect(slugify(long.toUpperCase())).toBe(slug);
		expect(slugify('x'.repeat(200))).toMatch(/^x{71}-[0-9a-f]{8}$/);
		expect(slugify('a'.repeat(80))).toBe('a'.repeat(80));
	});
});

describe('fold', () => {
	it('compares what people type: case and diacritics aside', () => {
		expect(fold('ÖRNSKÖLDSVIK')).toBe('ornskoldsvik');
		expect(fold('Umeå')).toBe(fold('UMEA'));
		expect(fold('Umea\u030a')).toBe('umea'); // a decomposed å
	});
});

describe('Swedish order', () => {
	it('puts å, ä and ö after z, and numbers in numeric order', () => {
		const names = ['Örebro', 'Åre', 'Ängelholm', 'Alingsås', 'Zeta'].sort(bySwedishName((n) => n));
		expect(names).toEqual(['Alingsås', 'Zeta', 'Åre', 'Ängelholm', 'Örebro']);
		expect(['Projekt 10', 'Projekt 9'].sort(swedishCollator.compare)).toEqual(['Projekt 9', 'Projekt 10']);
	});
});

describe('editDistance', () => {
	it('counts insertions, deletions and substitutions', () => {
		expect(editDistance('', '')).toBe(0);
		expect(editDistance('umea', 'umea')).toBe(0);
		expect(editDistance('umea', 'ume')).toBe(1);
		expect(editDistance('ume', 'umea')).toBe(1);
		expect(editDistance('kalix', 'kalux')).toBe(1);
		expect(editDistance('skelleftå', 'skelleftea')).toBe(2);
		expect(editDistance('abc', '')).toBe(3);
		expect(editDistance('', 'abc')).toBe(3);
		expect(editDistance('kitten', 'sitting')).toBe(3);
	});
});

describe('closestMatches', () => {
	it('finds the closest candidates, case and accents aside, within a distance that grows with the length', () => {
		expect(closestMatches('kommuner', ['municipalities', 'Kommuner', 'counties'])).toEqual(['Kommuner']);
		expect(closestMatches('Skelleftå', ['Skellefteå', 'Skövde'])).toEqual(['Skellefteå']);
		expect(closestMatches('Habo', ['Håbo', 'Habo', 'Hallsberg'])).toEqual(['Habo', 'Håbo']);
		expect(closestMatches('agenda_2030', ['agenda2030', 'fund'], 1)).toEqual(['agenda2030']);
		expect(closestMatches('xyz', ['municipalities'])).toEqual([]);
	});
});
