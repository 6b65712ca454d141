import { describe, expect, it } from 'vitest';
import { readEntryFiles } from '../../../../src/entries/files.ts';
import { formatProblem, validateEntries } from '../../../../src/entries/validate.ts';
import { siteConfig } from '../../../../src/site.config.ts';
import { entryFile, modified, testConfig } from '../../../helpers/fixtures.ts';

describe('shipped entries', () => {
	const files = readEntryFiles();

	it('are all valid against the site settings', () => {
		const { entries, problems } = validateEntries(files, siteConfig);
		expect(problems.map(formatProblem)).toEqual([]);
		expect(entries).toHaveLength(files.length);
	});

	it('hold every project of the five seed documents', () => {
		const { entries } = validateEntries(files, siteConfig);
		// 17 (Västerbotten list) + DOVI + INDI + HSO + 9 decisions in the Norrbotten minutes.
		expect(entries).toHaveLength(29);
		const list = entries.filter((e) => e.data.source.document.startsWith('Region Västerbotten, förteckning'));
		expect(list).toHaveLength(17);
		// The list's own total line: 72 750 869 granted, 225 263 121 total budgets.
		expect(list.reduce((s, e) => s + e.data.grantedAmount!, 0)).toBe(72_750_869);
		expect(list.reduce((s, e) => s + e.data.totalBudget!, 0)).toBe(225_263_121);
		const norrbotten = entries.filter((e) => e.data.source.document.includes('Region Norrbotten 2020-03-24'));
		expect(norrbotten.map((e) => e.data.source.passage).sort()).toEqual([
			'§ 31',
			'§ 34',
			'§ 35',
			'§ 36',
			'§ 37',
			'§ 38',
			'§ 39',
			'§ 40',
			'§ 41',
		]);
	});
});

describe('everything the build refuses, found by validation in one run', () => {
	const sources = [
		{ title: 'Region Västerbotten, beslut om stöd 2026-03-24', issuer: 'Region Västerbotten' },
		{ title: 'Region Västerbotten, PM 2026-02-01', issuer: 'Region Västerbotten' },
		{
			title: 'Protokoll, regionala utvecklingsnämnden Region Norrbotten 2026-03-24',
			issuer: 'Region Norrbotten, regionala utvecklingsnämnden',
		},
	];
	const withSources = (...files: ReturnType<typeof entryFile>[]) =>
		validateEntries(files, testConfig, undefined, sources).problems.map(formatProblem);

	it("refuses a cited document the bank does not ship, suggesting only documents of the entry's own decider", () => {
		const cited = (document: string, decider = 'Region Västerbotten') =>
			entryFile(modified((e) => Object.assign(e, { decider, source: { document } })));
		expect(withSources(cited('Region Västerbotten, beslut om stöd 2026-03-24'))).toEqual([]);
		// The Norrbotten minutes are the closest title, but the entry is Västerbotten's.
		expect(withSources(cited('Protokoll, regionala utvecklingsnämnden Region Västerbotten 2026-03-24'))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:37: source.document – väntade titeln på ett av källdokumenten i src/content/sources/, men det står "Protokoll, regionala utvecklingsnämnden Region Västerbotten 2026-03-24". Region Västerbottens dokument är "Region Västerbotten, beslut om stöd 2026-03-24" eller "Region Västerbotten, PM 2026-02-01". Skriv titeln precis som i dokumentets .yaml-fil, eller lägg till dokumentet: en fil src/content/sources/<namn>.yaml med title (exakt den titel posten anger), issuer, kind och ev. date, och dokumentets text i <namn>.txt bredvid.",
			]
		`);
		expect(withSources(cited('Region Västerbotten, beslut om stöd 2026-03-25'))[0]).toContain(
			'Menade du "Region Västerbotten, beslut om stöd 2026-03-24"?',
		);
		expect(
			withSources(cited('Protokoll, regionala utvecklingsnämnden Region Norrbotten 2026-03-25', 'Region Norrbotten')).at(-1),
		).toContain('Menade du "Protokoll, regionala utvecklingsnämnden Region Norrbotten 2026-03-24"?');
		// A bank without source documents has nothing to check against.
		expect(validateEntries([cited('Något annat')], testConfig, undefined, []).problems).toEqual([]);
	});

	it('checks the cited document also when other fields are wrong', () => {
		const entry = entryFile(modified((e) => Object.assign(e, { fund: 'EU-medel', source: { document: 'Okänt dokument' } })));
		expect(withSources(entry).map((p) => p.split(' – ')[0])).toEqual([
			'src/content/projects/20378916.md:17: fund',
			'src/content/projects/20378916.md:37: source.document',
		]);
	});
});
