import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateEntries } from '../../src/lib/validate.ts';
import { siteConfig } from '../../src/site.config.ts';
import { entryFile, testConfig, validEntry } from './fixtures.ts';

const errorsFor = (...files: ReturnType<typeof entryFile>[]) => validateEntries(files, testConfig).errors;

function modified(change: (entry: Record<string, any>) => void) {
	const entry = validEntry();
	change(entry);
	return entry;
}

describe('shipped entries', () => {
	const dir = 'src/content/projects';
	const files = readdirSync(dir).map((name) => ({ path: `${dir}/${name}`, content: readFileSync(`${dir}/${name}`, 'utf8') }));

	it('are all valid against the site settings', () => {
		const { entries, errors } = validateEntries(files, siteConfig);
		expect(errors).toEqual([]);
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
		expect(norrbotten.map((e) => e.data.source.passage).sort()).toEqual(['§ 31', '§ 34', '§ 35', '§ 36', '§ 37', '§ 38', '§ 39', '§ 40', '§ 41']);
	});
});

describe('validation errors name the file, the field, what was expected and what was found', () => {
	it('accepts the valid fixture', () => {
		expect(errorsFor(entryFile(validEntry()))).toEqual([]);
	});

	it('rejects an unknown municipality, suggesting the official name', () => {
		expect(errorsFor(entryFile(modified((e) => (e.municipalities = ['Kalix', 'Umea']))))).toMatchSnapshot();
	});

	it('rejects financing that does not add up to the total budget', () => {
		expect(errorsFor(entryFile(modified((e) => (e.financing[0].amount = '3 758 976'))))).toMatchSnapshot();
	});

	it('accepts a misprinted financing row when a correction makes the table add up', () => {
		const entry = modified((e) => {
			e.financing[0].amount = 37589750;
			e.corrections = [{ field: 'financing[0].amount', published: '3 758 9750', corrected: '3 758 975', note: 'Felskrivet.' }];
		});
		expect(errorsFor(entryFile(entry))).toEqual([]);
	});

	it('rejects a correction that does not make the table add up, or does not match the printed figure', () => {
		const entry = modified((e) => {
			e.financing[0].amount = 37589750;
			e.corrections = [{ field: 'financing[0].amount', published: '3 758 975', corrected: '3 758 970', note: 'Felskrivet.' }];
		});
		expect(errorsFor(entryFile(entry))).toMatchSnapshot();
	});

	it("rejects a deciding region's row that differs from the applied amount", () => {
		expect(errorsFor(entryFile(modified((e) => (e.appliedAmount = '2 219 231'))))).toMatchSnapshot();
	});

	it('rejects a period that ends before it starts', () => {
		expect(errorsFor(entryFile(modified((e) => (e.period = { start: '2026-07-01', end: '2026-06-30' }))))).toMatchSnapshot();
	});

	it('rejects impossible dates instead of rolling them over', () => {
		expect(errorsFor(entryFile(modified((e) => (e.period = { start: '2026-02-30', end: '2029-03-31' }))))).toMatchSnapshot();
	});

	it('rejects malformed and ambiguous amounts', () => {
		const entry = modified((e) => {
			e.totalBudget = '9,4 miljoner';
			e.appliedAmount = '2 219 230,50';
			e.financing[1].amount = '22 19230';
		});
		expect(errorsFor(entryFile(entry))).toMatchSnapshot();
	});

	it('rejects an organisationsnummer with a wrong check digit', () => {
		expect(errorsFor(entryFile(modified((e) => (e.owner.orgNumber = '202100-2842'))))).toMatchSnapshot();
	});

	it('rejects two entries with the same id', () => {
		const first = entryFile(validEntry());
		const second = entryFile(validEntry(), { name: '20378916.md' });
		second.path = 'src/content/projects/2026/20378916.md';
		expect(errorsFor(first, second)).toMatchSnapshot();
	});

	it('rejects an id that does not match the file name', () => {
		expect(errorsFor(entryFile(validEntry(), { name: '20378917.md' }))).toMatchSnapshot();
	});

	it('rejects raw HTML and script links in the body', () => {
		const html = entryFile(validEntry(), { body: 'Text <img src=x onerror=alert(1)> mer text.' });
		const script = entryFile(validEntry(), { body: '[Läs mer](javascript:alert(1))' });
		expect(errorsFor(html)).toMatchSnapshot();
		expect(errorsFor(script)).toMatchSnapshot();
	});

	it('rejects unknown regions, funds and priorities, and missing required fields', () => {
		const entry = modified((e) => {
			e.region = 'Region Västerbottten';
			e.fund = 'EU-medel';
			delete e.title;
			delete e.source;
			e.status = 'beviljad';
		});
		expect(errorsFor(entryFile(entry))).toMatchSnapshot();
		const priority = modified((e) => (e.priority = { code: '2', name: 'Något annat' }));
		expect(errorsFor(entryFile(priority))).toMatchSnapshot();
	});

	it('rejects files that would not be published, and broken YAML', () => {
		expect(errorsFor({ path: 'src/content/projects/20378916.mdx', content: '' })).toMatchSnapshot();
		expect(errorsFor(entryFile('title: [unclosed\n'))).toMatchSnapshot();
		expect(errorsFor({ path: 'src/content/projects/20378916.md', content: 'no frontmatter' })).toMatchSnapshot();
	});

	it('rejects a status that contradicts the latest decision', () => {
		expect(errorsFor(entryFile(modified((e) => (e.status = 'granted'))))).toMatchSnapshot();
	});
});
