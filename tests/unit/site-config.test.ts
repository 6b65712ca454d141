import { expect, it } from 'vitest';
import { parseSiteConfig } from '../../src/schemas/site.ts';
import { siteConfig } from '../../src/site.config.ts';

it('accepts the shipped settings', () => {
	expect(siteConfig.regions.map((r) => r.name)).toEqual(['Region Västerbotten', 'Region Norrbotten', 'Region Västernorrland']);
});

it('explains what is wrong with bad settings', () => {
	const bad = { ...structuredClone(siteConfig), baseUrl: 'projektbanken', regions: [{ name: 'Region X', countyCode: '2' }], funds: [] };
	expect(() => parseSiteConfig(bad, 'src/site.config.ts')).toThrowErrorMatchingSnapshot();
});
