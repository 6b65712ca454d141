import * as yaml from 'js-yaml';
import { parseSiteConfig } from '../../src/schemas/site.ts';
import type { EntryFile } from '../../src/lib/validate.ts';

/** Site settings for tests: one region with two priority areas, three funds. */
export const testConfig = parseSiteConfig(
	{
		name: 'Testbanken',
		tagline: 'Test',
		publisher: 'Test',
		baseUrl: 'https://test.example.se',
		contact: { name: 'Test', email: 'test@example.se' },
		dataLicence: { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
		regions: [
			{
				name: 'Region Västerbotten',
				countyCode: '24',
				priorities: [{ code: '1', name: 'Västerbotten - en nytänkande och smart region', subs: ['1.2 Digitalisering och nya lösningar'] }],
			},
			{ name: 'Region Norrbotten', countyCode: '25' },
		],
		funds: [
			{ name: 'ERUF', description: 'EU' },
			{ name: '1:1-anslaget', description: 'Staten' },
		],
	},
	'tests/unit/fixtures.ts',
);

/** A valid entry (modelled on INDI), as an editor would write it. */
export function validEntry(): Record<string, unknown> {
	return {
		id: '20378916',
		title: 'INDI - Intelligent digitalisering i industrin',
		ref: 'REGAC-83-2026',
		region: 'Region Västerbotten',
		owner: { name: 'LULEÅ TEKNISKA UNIVERSITET', orgNumber: '202100-2841' },
		status: 'rejected',
		decisions: [{ kind: 'rejection', body: 'Region Västerbotten', summary: 'Ansökan avslås.' }],
		period: { start: '2026-07-01', end: '2029-03-31' },
		fund: 'ERUF',
		priority: { code: '1', name: 'Västerbotten - en nytänkande och smart region', sub: '1.2 Digitalisering och nya lösningar' },
		municipalities: ['Kalix', 'Umeå'],
		appliedAmount: '2 219 230 kr',
		totalBudget: '9 397 435 kr',
		financing: [
			{ financier: 'TILLVÄXTVERKET', amount: '3 758 975' },
			{ financier: 'REGION NORRBOTTEN', amount: '2 219 230' },
			{ financier: 'LULEÅ TEKNISKA UNIVERSITET', amount: '1 200 000' },
			{ financier: 'Region Västerbotten', amount: '2 219 230' },
		],
		source: { document: 'Region Västerbotten, PM', passage: 'Finansieringsbudget' },
	};
}

export function entryFile(data: unknown, options: { name?: string; body?: string } = {}): EntryFile {
	const frontmatter = typeof data === 'string' ? data : yaml.dump(data, { lineWidth: -1 });
	return {
		path: `src/content/projects/${options.name ?? '20378916.md'}`,
		content: `---\n${frontmatter}---\n${options.body ?? 'Sammanfattning från källan.'}\n`,
	};
}
