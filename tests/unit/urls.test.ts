import { describe, expect, it } from 'vitest';
import { sortOrders, type SortSlug } from '../../src/domain/listing.ts';
import { allMunicipalities, findCounty, findMunicipality } from '../../src/domain/registry.ts';
import { countySlug, listingRest, municipalitySlug, priorityAnchor, subPriorityAnchor, urls } from '../../src/urls.ts';

/** The order a list address names. */
const sortOrder = (slug: SortSlug) => sortOrders.find((o) => o.slug === slug)!;

describe('addresses', () => {
	it('give every one of the 290 municipalities its own, Habo and Håbo included', () => {
		const paths = allMunicipalities.map((m) => urls.municipality(m));
		expect(new Set(paths).size).toBe(290);
		expect(urls.municipality({ name: 'Habo' })).toBe('/kommun/habo-jonkoping/');
		expect(urls.municipality({ name: 'Håbo' })).toBe('/kommun/habo-uppsala/');
		expect(urls.municipality(findMunicipality('Örnsköldsvik')!)).toBe('/kommun/ornskoldsvik/');
		expect(municipalitySlug({ name: 'Umeå' })).toBe('umea');
		expect(() => municipalitySlug({ name: 'Umea' })).toThrow('no municipality named "Umea"');
	});

	it('name counties, regions, funds, priorities, organisations and projects readably', () => {
		expect(urls.county(findCounty('24')!)).toBe('/lan/vasterbotten/');
		expect(countySlug(findCounty('01')!)).toBe('stockholm');
		expect(urls.decider('Region Västerbotten')).toBe('/beslutande/region-vasterbotten/');
		expect(urls.fund('1:1-anslaget')).toBe('/fond/1-1-anslaget/');
		expect(urls.priority('Region Västerbotten', { code: '1', name: 'X' })).toBe('/prioritering/#region-vasterbotten-1');
		expect(priorityAnchor('Region Norrbotten', { name: 'Hög livskvalitet' })).toBe('region-norrbotten-hog-livskvalitet');
		expect(subPriorityAnchor('Region Västerbotten', { code: '1', name: 'X' }, '1.2 Digitalisering')).toBe(
			'region-vasterbotten-1-1-2-digitalisering',
		);
		expect(urls.organisation('lulea-tekniska-universitet')).toBe('/organisation/lulea-tekniska-universitet/');
		expect(urls.project('20204763')).toBe('/projekt/20204763/');
		expect(urls.absolute(urls.project('20204763'), 'https://bank.example.se')).toBe('https://bank.example.se/projekt/20204763/');
	});

	it('carry a search in the URL, leaving out empty fields', () => {
		expect(urls.search()).toBe('/sok/');
		expect(urls.search({ q: 'solel', kommun: 'Piteå', sortera: 'belopp-storst', lan: '' })).toBe(
			'/sok/?q=solel&kommun=Pite%C3%A5&sortera=belopp-storst',
		);
	});

	it('put every page of every order of a list under its base path', () => {
		const first = sortOrder('belopp-storst');
		const byDate = sortOrder('datum-nyast');
		expect(urls.listing('/projekt/', first)).toBe('/projekt/');
		expect(urls.listing('/projekt/', first, 2)).toBe('/projekt/lista/belopp-storst/2/');
		expect(urls.listing('/kommun/umea/', byDate)).toBe('/kommun/umea/lista/datum-nyast/');
		expect(urls.listing('/kommun/umea/', byDate, 3)).toBe('/kommun/umea/lista/datum-nyast/3/');
		expect(listingRest(first)).toBeUndefined();
		expect(listingRest(first, 2)).toBe('lista/belopp-storst/2');
		expect(listingRest(byDate)).toBe('lista/datum-nyast');
	});
});
