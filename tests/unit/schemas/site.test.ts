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
		[Error: Invalid site settings:
		src/site.config.ts: baseUrl: expected an absolute URL such as "https://projektbank.example.se", found "projektbanken"
		src/site.config.ts: regions[0].countyCode: expected a 2-digit county code such as "24", found "2"
		src/site.config.ts: funds: expected at least one fund, found a list of 0]
	`);
});
