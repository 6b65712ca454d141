import { describe, expect, it } from 'vitest';
import { allowedTypos, matchName, placeEntities, suggestedNames, whatNameSelects, wholeWords } from '../../../src/client/query-names.ts';
import type { NamedEntity } from '../../../src/client/shard-search.ts';
import { fold } from '../../../src/domain/text.ts';

const places = placeEntities(
	['Skellefteå', 'Umeå', 'Ume', 'Piteå', 'Kalix', 'Kil', 'Kiruna'],
	[{ name: 'Norrbottens län', shortName: 'Norrbotten' }],
);
const organisation: NamedEntity = {
	name: 'Skellefteå kommun',
	filters: [
		['agare', 'Skellefteå kommun'],
		['finansiar', 'Skellefteå kommun'],
	],
};
const names = new Map([...places, [fold(organisation.name), organisation]]);

describe('a query naming something', () => {
	it('is the name it spells, case, accents and spacing aside', () => {
		expect(matchName('Skellefteå', names)).toEqual({ entity: { name: 'Skellefteå', filters: [['kommun', 'Skellefteå']] }, exact: true });
		expect(matchName('  SKELLEFTEA ', names)?.entity.name).toBe('Skellefteå');
		expect(matchName('skellefteå   kommun', names)).toEqual({ entity: organisation, exact: true });
		expect(matchName('Norrbotten', names)).toEqual({
			entity: { name: 'Norrbottens län', filters: [['lan', 'Norrbottens län']] },
			exact: true,
		});
		expect(matchName('norrbottens län', names)?.exact).toBe(true);
	});

	it('is the name it is one or two typos from, by its length, and nothing when two names are as near', () => {
		expect(matchName('Skeleftea', names)).toEqual({ entity: places.get('skelleftea'), exact: false });
		expect(matchName('Skelefta', names)?.entity.name).toBe('Skellefteå'); // two typos in eight letters
		expect(matchName('Kirna', names)?.entity.name).toBe('Kiruna'); // one in five
		expect(matchName('Kirn', names)).toBeUndefined(); // four letters allow one typo, and Kil and Kiruna are two away
		expect(matchName('Pita', names)?.entity.name).toBe('Piteå');
		expect(matchName('Umeo', names)).toBeUndefined(); // one typo from both Umeå and Ume: no guess
		expect(matchName('Kul', names)).toBeUndefined(); // three letters: no typo allowed
		expect(matchName('solel', names)).toBeUndefined();
		expect(matchName('', names)).toBeUndefined();
		expect([3, 4, 7, 8].map((n) => allowedTypos('x'.repeat(n)))).toEqual([0, 1, 1, 2]);
	});

	it('says what the projects found for a name are', () => {
		expect(whatNameSelects(places.get('umea')!)).toBe('projekt som verkar i kommunen');
		expect(whatNameSelects(organisation)).toBe('projekt som ägs av organisationen eller har organisationen som finansiär');
		expect(
			whatNameSelects({
				name: 'Region Norrbotten',
				filters: [
					['beslutande', 'Region Norrbotten'],
					['finansiar', 'Region Norrbotten'],
				],
			}),
		).toBe('projekt som beslutades av organisationen eller har organisationen som finansiär');
	});
});

describe('a query of words', () => {
	it('has each word matched whole, except in a phrase the reader quoted', () => {
		expect(wholeWords('solel  Norrbotten')).toEqual(['solel', 'Norrbotten']);
		expect(wholeWords('AI – 2.0')).toEqual(['AI', '2.0']);
		expect(wholeWords('"solel i norr"')).toEqual([]);
		expect(wholeWords(null)).toEqual([]);
	});
});

describe('a typed filter’s suggestions', () => {
	const file = new Map<string, NamedEntity>(
		[
			{
				name: 'Luleå kommun',
				filters: [
					['agare', 'Luleå kommun'],
					['finansiar', 'Luleå kommun'],
				],
			},
			{ name: 'Luleå tekniska universitet', filters: [['agare', 'Luleå tekniska universitet']] },
			{ name: 'Länsstyrelsen i Norrbottens län', filters: [['finansiar', 'Länsstyrelsen i Norrbottens län']] },
		].map((e) => [fold(e.name), e as NamedEntity]),
	);

	it('offer the names of that filter beginning as typed, case and accents aside', () => {
		expect(suggestedNames(file, 'agare', 'lule')).toEqual(['Luleå kommun', 'Luleå tekniska universitet']);
		expect(suggestedNames(file, 'agare', 'LULEÅ T')).toEqual(['Luleå tekniska universitet']);
		expect(suggestedNames(file, 'finansiar', 'l')).toEqual(['Luleå kommun', 'Länsstyrelsen i Norrbottens län']); // ä after z
		expect(suggestedNames(file, 'agare', 'l', 1)).toEqual(['Luleå kommun']);
		expect(suggestedNames(file, 'agare', '  ')).toEqual([]);
	});
});
