import { expect, it } from 'vitest';
import { parseSiteConfig } from '../../../src/schemas/site.ts';
import { siteConfig } from '../../../src/site.config.ts';

it('accepts the shipped settings', () => {
	expect(siteConfig.regions.map((r) => r.name)).toEqual(['Region Västerbotten', 'Region Norrbotten', 'Region Västernorrland']);
	expect(siteConfig.organisationAliases['ERUF']).toBe('Tillväxtverket');
});

it('explains what is wrong with bad settings', () => {
	const bad = { ...structuredClone(siteConfig), baseUrl: 'projektbanken', regions: [{ name: 'Region X', countyCode: '2' }], funds: [] };
	expect(() => parseSiteConfig(bad, 'src/site.config.ts')).toThrowErrorMatchingInlineSnapshot(`
		[Error: Inställningarna är felaktiga:
		src/site.config.ts: baseUrl – väntade en fullständig adress, t.ex. "https://projektbank.example.se", men det står "projektbanken".
		src/site.config.ts: regions, rad 1, countyCode – väntade en länskod med 2 siffror, t.ex. "24", men det står "2".
		src/site.config.ts: funds – väntade minst en fond, men det står en tom lista.]
	`);
});
