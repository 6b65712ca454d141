/** Small fixtures: site settings for tests, a valid entry as an editor writes it, and entries built from it. */
import { stringify } from 'yaml';
import type { ProjectEntry } from '../../src/domain/project.ts';
import type { EntryFile } from '../../src/entries/files.ts';
import { formatProblem, validateEntries } from '../../src/entries/validate.ts';
import { parseSiteConfig } from '../../src/schemas/site.ts';

/** Site settings for tests: two regions (one with a priority area), a national managing authority, two funds. */
export const testConfig = parseSiteConfig(
	{
		name: 'Testbanken',
		tagline: 'Test',
		publisher: 'Test',
		baseUrl: 'https://test.example.se',
		contact: { name: 'Test', email: 'test@example.se' },
		dataLicence: { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
		deciders: [
			{
				name: 'Region Västerbotten',
				kind: 'region',
				counties: ['24'],
				priorities: [{ code: '1', name: 'Västerbotten - en nytänkande och smart region', subs: ['1.2 Digitalisering och nya lösningar'] }],
			},
			{ name: 'Region Norrbotten', kind: 'region', counties: ['25'] },
			{ name: 'Tillväxtverket', kind: 'managing-authority', national: true },
		],
		funds: [
			{ name: 'ERUF', description: 'EU', kind: 'eu' },
			{ name: '1:1-anslaget', description: 'Staten', kind: 'national' },
		],
	},
	'tests/helpers/fixtures.ts',
);

/** A valid entry (modelled on INDI), as an editor would write it. */
export function validEntry(): Record<string, any> {
	return {
		id: '20378916',
		title: 'INDI - Intelligent digitalisering i industrin',
		ref: 'REGAC-83-2026',
		decider: 'Region Västerbotten',
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

export function modified(change: (entry: Record<string, any>) => void): Record<string, any> {
	const entry = validEntry();
	change(entry);
	return entry;
}

export function entryFile(data: unknown, options: { name?: string; body?: string } = {}): EntryFile {
	const frontmatter = typeof data === 'string' ? data : stringify(data, { lineWidth: 0 });
	return {
		path: `src/content/projects/${options.name ?? '20378916.md'}`,
		content: `---\n${frontmatter}---\n${options.body ?? 'Sammanfattning från källan.'}\n`,
	};
}

/** A validated project built from the fixture, changed as a test needs; fails the test if it is invalid. */
export function project(change: (e: Record<string, any>) => void = () => {}, name?: string): ProjectEntry {
	const data = modified(change);
	const { entries, problems } = validateEntries([entryFile(data, { name: name ?? `${data.id ?? 'utan-id'}.md` })], testConfig);
	if (problems.length) throw new Error(problems.map(formatProblem).join('\n'));
	const [entry] = entries;
	return { key: entry!.key, data: entry!.data, body: entry!.body };
}

/** A granted project of Region Västerbotten with the given figures and no financing table. */
export function granted(id: string, title: string, amount: number, date?: string, municipalities: string[] = ['Umeå']): ProjectEntry {
	return project((e) => {
		Object.assign(e, { id, title, status: 'granted', grantedAmount: amount, totalBudget: amount * 2, financing: [], municipalities });
		delete e.appliedAmount;
		e.decisions = [{ kind: 'grant', summary: 'Beviljas.', ...(date ? { date } : {}) }];
	});
}
