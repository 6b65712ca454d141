import { expect, it } from 'vitest';
import { parseSiteConfig } from '../../../src/schemas/site.ts';
import { siteConfig } from '../../../src/site.config.ts';

it('accepts the shipped settings', () => {
	expect(siteConfig.deciders.map((r) => [r.name, r.kind, r.counties, r.national])).toEqual([
		['Region Västerbotten', 'region', ['24'], false],
		['Region Norrbotten', 'region', ['25'], false],
		['Region Västernorrland', 'region', ['22'], false],
		['Tillväxtverket', 'managing-authority', [], true],
	]);
	expect(siteConfig.organisationAliases['ERUF']).toBe('Tillväxtverket');
});

it('explains what is wrong with bad settings', () => {
	const bad = {
		...structuredClone(siteConfig),
		baseUrl: 'projektbanken',
		deciders: [
			{ name: 'Region X', kind: 'region', counties: ['2', '00'] },
			{ name: 'Myndigheten', kind: 'agency' },
			{ name: 'Verket', kind: 'agency', national: true, counties: ['24'] },
		],
		funds: [],
	};
	expect(() => parseSiteConfig(bad, 'src/site.config.ts')).toThrowErrorMatchingInlineSnapshot(`
		[Error: Inställningarna är felaktiga:
		src/site.config.ts: baseUrl – väntade en fullständig adress som börjar med https://, t.ex. "https://projektbank.example.se", men det står "projektbanken". Skriv hela adressen med https://.
		src/site.config.ts: deciders, rad 1, counties, rad 1 – väntade en länskod med 2 siffror, t.ex. "24", men det står "2".
		src/site.config.ts: deciders, rad 1, counties, rad 2 – "00" är ingen av Sveriges 21 länskoder (01–25). Skriv länets kod, t.ex. "24" för Västerbottens län.
		src/site.config.ts: deciders, rad 2, counties – väntade länen organet beslutar för (t.ex. ["24"]), eller national: true för hela landet.
		src/site.config.ts: deciders, rad 3, counties – ett organ med hela landet som område (national: true) har inga län. Ta bort counties eller national.
		src/site.config.ts: funds – väntade minst en fond, men det står en tom lista.]
	`);
});

it('names the git host the editing app commits to, and refuses an address it would not use', () => {
	expect(siteConfig.editing).toEqual({ backend: 'github', repo: 'exempel/projektbanken', branch: 'main' });
	const editing = (value: unknown) => () => parseSiteConfig({ ...structuredClone(siteConfig), editing: value }, 'src/site.config.ts');
	expect(editing({ backend: 'gitlab', repo: 'region/bank', baseUrl: 'https://git.region.se', appId: 'x' })()).toMatchObject({
		editing: { branch: 'main' },
	});
	expect(editing({ backend: 'github', repo: 'region', baseUrl: 'https://github.region.se' })).toThrowErrorMatchingInlineSnapshot(`
		[Error: Inställningarna är felaktiga:
		src/site.config.ts: editing.repo – väntade ett repository som "organisation/namn", men det står "region".
		src/site.config.ts: editing.baseUrl – baseUrl gäller bara en GitLab eller Gitea som ni driver själva. Ta bort den för GitHub.]
	`);
});

it('refuses every address that is not https:, which would land in every page and in the open data', () => {
	const licence = (url: string) => () =>
		parseSiteConfig({ ...structuredClone(siteConfig), dataLicence: { name: 'CC0', url } }, 'src/site.config.ts');
	expect(licence('javascript:alert(1)')).toThrowErrorMatchingInlineSnapshot(`
		[Error: Inställningarna är felaktiga:
		src/site.config.ts: dataLicence.url – väntade licensens adress som börjar med https://, t.ex. "https://creativecommons.org/publicdomain/zero/1.0/deed.sv", men det står "javascript:alert(1)". Skriv hela adressen med https://.]
	`);
	expect(licence('http://creativecommons.org/publicdomain/zero/1.0/')).toThrow(
		/dataLicence\.url – väntade licensens adress som börjar med https:\/\//,
	);
	expect(licence('data:text/html,<script>alert(1)</script>')).toThrow(/dataLicence\.url/);
	expect(() =>
		parseSiteConfig({ ...structuredClone(siteConfig), baseUrl: 'http://projektbanken.example.se' }, 'src/site.config.ts'),
	).toThrow(/baseUrl – väntade en fullständig adress som börjar med https:\/\//);
	const gitlab = { backend: 'gitlab', repo: 'region/bank', baseUrl: 'javascript:void(0)' };
	expect(() => parseSiteConfig({ ...structuredClone(siteConfig), editing: gitlab }, 'src/site.config.ts')).toThrow(
		/editing\.baseUrl – väntade en fullständig adress som börjar med https:\/\//,
	);
});
