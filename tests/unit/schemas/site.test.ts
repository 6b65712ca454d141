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

it('names the git host the editing app commits to, and refuses an address it would not use', () => {
	expect(siteConfig.editing).toEqual({ backend: 'github', repo: 'exempel/projektbanken', branch: 'main' });
	const editing = (value: unknown) => () => parseSiteConfig({ ...structuredClone(siteConfig), editing: value }, 'src/site.config.ts');
	expect(editing({ backend: 'gitlab', repo: 'region/bank', baseUrl: 'https://git.region.se', appId: 'x' })()).toMatchObject({ editing: { branch: 'main' } });
	expect(editing({ backend: 'github', repo: 'region', baseUrl: 'https://github.region.se' })).toThrowErrorMatchingInlineSnapshot(`
		[Error: Inställningarna är felaktiga:
		src/site.config.ts: editing.repo – väntade ett repository som "organisation/namn", men det står "region".
		src/site.config.ts: editing.baseUrl – baseUrl gäller bara en GitLab eller Gitea som ni driver själva. Ta bort den för GitHub.]
	`);
});
