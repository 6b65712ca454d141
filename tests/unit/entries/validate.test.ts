import { describe, expect, it } from 'vitest';
import { readEntryFiles } from '../../../src/entries/files.ts';
import { validateEntries } from '../../../src/entries/validate.ts';
import { siteConfig } from '../../../src/site.config.ts';
import { entryFile, modified, testConfig, validEntry } from '../../helpers/fixtures.ts';

const errorsFor = (...files: ReturnType<typeof entryFile>[]) => validateEntries(files, testConfig).errors;

describe('shipped entries', () => {
	const files = readEntryFiles();

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
		expect(errorsFor(entryFile(modified((e) => (e.municipalities = ['Kalix', 'Umea']))))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md: municipalities[1]: expected one of Sweden's 290 municipalities by official name, found "Umea" (did you mean "Umeå"?)",
			]
		`);
	});

	it('rejects financing that does not add up to the total budget', () => {
		expect(errorsFor(entryFile(modified((e) => (e.financing[0].amount = '3 758 976'))))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md: financing: expected rows adding up to totalBudget 9 397 435 kr, found 9 397 436 kr; if the source's table does not add up, record a correction",
			]
		`);
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
		expect(errorsFor(entryFile(entry))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md: corrections[0].published: expected the figure that financing[0].amount holds (37 589 750 kr), found "3 758 975"",
			  "src/content/projects/20378916.md: financing: expected rows adding up to totalBudget 9 397 435 kr, found 43 228 210 kr (9 397 430 kr after corrections); if the source's table does not add up, record a correction",
			]
		`);
	});

	it("rejects a deciding region's row that differs from the applied amount", () => {
		expect(errorsFor(entryFile(modified((e) => (e.appliedAmount = '2 219 231'))))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md: financing: expected the rows of Region Västerbotten to add up to appliedAmount 2 219 231 kr, found 2 219 230 kr",
			]
		`);
	});

	it('rejects a period that ends before it starts', () => {
		expect(errorsFor(entryFile(modified((e) => (e.period = { start: '2026-07-01', end: '2026-06-30' }))))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md: period.end: expected a date on or after the start 2026-07-01, found "2026-06-30"",
			]
		`);
	});

	it('rejects impossible dates instead of rolling them over', () => {
		expect(errorsFor(entryFile(modified((e) => (e.period = { start: '2026-02-30', end: '2029-03-31' }))))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md: period.start: expected a real date as precise as the source gives it: YYYY-MM-DD, YYYY-MM (a month) or YYYY (a year), found "2026-02-30"",
			]
		`);
	});

	it('rejects malformed and ambiguous amounts', () => {
		const entry = modified((e) => {
			e.totalBudget = '9,4 miljoner';
			e.appliedAmount = '2 219 230,50';
			e.financing[1].amount = '22 19230';
		});
		expect(errorsFor(entryFile(entry))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md: appliedAmount: expected whole kronor such as 2219230, "2 219 230", "2 219 230 kr" or "2 000 tkr", found "2 219 230,50"",
			  "src/content/projects/20378916.md: totalBudget: expected whole kronor such as 2219230, "2 219 230", "2 219 230 kr" or "2 000 tkr", found "9,4 miljoner"",
			  "src/content/projects/20378916.md: financing[1].amount: expected whole kronor such as 2219230, "2 219 230", "2 219 230 kr" or "2 000 tkr", found "22 19230"",
			]
		`);
	});

	it('rejects an organisationsnummer with a wrong check digit', () => {
		expect(errorsFor(entryFile(modified((e) => (e.owner.orgNumber = '202100-2842'))))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md: owner.orgNumber: expected a valid organisationsnummer (10 digits with a correct check digit), found "202100-2842"",
			]
		`);
	});

	it('rejects two entries with the same id', () => {
		const first = entryFile(validEntry());
		const second = entryFile(validEntry(), { name: '20378916.md' });
		second.path = 'src/content/projects/2026/20378916.md';
		expect(errorsFor(first, second)).toMatchInlineSnapshot(`
			[
			  "src/content/projects/2026/20378916.md: id: expected an id no other entry uses, found "20378916" (also used by src/content/projects/20378916.md)",
			]
		`);
	});

	it('rejects an id that does not match the file name', () => {
		expect(errorsFor(entryFile(validEntry(), { name: '20378917.md' }))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378917.md: id: expected the file to be named after its id (20378916.md), found "20378917.md"",
			]
		`);
	});

	it('rejects raw HTML and script links in the body', () => {
		const html = entryFile(validEntry(), { body: 'Text <img src=x onerror=alert(1)> mer text.' });
		const script = entryFile(validEntry(), { body: '[Läs mer](javascript:alert(1))' });
		expect(errorsFor(html)).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md: body: expected Markdown without raw HTML, found "<img src=x onerror=alert(1)>"",
			]
		`);
		expect(errorsFor(script)).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md: body: expected a web link, found "javascript:alert(1)"",
			]
		`);
	});

	it('rejects unknown regions, funds and priorities, and missing required fields', () => {
		const entry = modified((e) => {
			e.region = 'Region Västerbottten';
			e.fund = 'EU-medel';
			delete e.title;
			delete e.source;
			e.status = 'beviljad';
		});
		expect(errorsFor(entryFile(entry))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md: title: expected the project title, found nothing (the field is missing)",
			  "src/content/projects/20378916.md: region: expected one of the regions in the site settings (Region Västerbotten, Region Norrbotten), found "Region Västerbottten"",
			  "src/content/projects/20378916.md: status: expected one of applied, proposed, granted, rejected, found "beviljad"",
			  "src/content/projects/20378916.md: fund: expected one of the funds in the site settings (ERUF, 1:1-anslaget), found "EU-medel"",
			  "src/content/projects/20378916.md: source: expected a source with the document (and optionally passage), found nothing (the field is missing)",
			]
		`);
		const priority = modified((e) => (e.priority = { code: '2', name: 'Något annat' }));
		expect(errorsFor(entryFile(priority))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md: priority: expected a priority area of Region Västerbotten in the site settings (1: Västerbotten - en nytänkande och smart region), found "2: Något annat"",
			]
		`);
	});

	it('rejects files that would not be published, and broken YAML', () => {
		expect(errorsFor({ path: 'src/content/projects/20378916.mdx', content: '' })).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.mdx: file: expected a Markdown entry ending in .md, found "20378916.mdx" (it would not be published)",
			]
		`);
		expect(errorsFor(entryFile('title: [unclosed\n'))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md: (frontmatter): expected valid YAML, found a syntax error: unexpected end of the stream within a flow collection at line 2",
			]
		`);
		expect(errorsFor({ path: 'src/content/projects/20378916.md', content: 'no frontmatter' })).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md: (frontmatter): expected the file to start with YAML frontmatter between two "---" lines, found none",
			]
		`);
	});

	it('rejects a status that contradicts the latest decision', () => {
		expect(errorsFor(entryFile(modified((e) => (e.status = 'granted'))))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md: status: expected a status that follows the latest decision (rejection), found "granted"",
			]
		`);
	});
});

describe('places, dates and decisions as the sources give them', () => {
	it('accepts counties named where the source names no municipality, and months and years as dates', () => {
		const entry = modified((e) => {
			e.municipalities = [];
			e.counties = ['Norrbottens län', 'Västerbottens län'];
			e.period = { start: '2020-06', end: '2023-06' };
			e.decisions = [{ kind: 'application', date: 2020, summary: 'Ansökan.' }];
			e.status = 'applied';
		});
		const { entries, errors } = validateEntries([entryFile(entry)], testConfig);
		expect(errors).toEqual([]);
		expect(entries[0]!.data).toMatchObject({ counties: ['Norrbottens län', 'Västerbottens län'], period: { start: '2020-06', end: '2023-06' } });
		expect(entries[0]!.data.decisions[0]!.date).toBe('2020');
	});

	it('rejects a county that is not one, or one its named municipalities already lie in', () => {
		expect(errorsFor(entryFile(modified((e) => (e.counties = ['Norrbotten']))))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md: counties[0]: expected one of Sweden's 21 counties by official name, e.g. "Norrbottens län", found "Norrbotten" (did you mean "Norrbottens län"?)",
			]
		`);
		expect(errorsFor(entryFile(modified((e) => (e.counties = ['Västerbottens län']))))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md: counties[0]: expected a county none of the named municipalities lies in (the site derives those), found "Västerbottens län"",
			]
		`);
	});

	it('compares dates across precisions: a period may end in the month it starts, not before', () => {
		expect(errorsFor(entryFile(modified((e) => (e.period = { start: '2026-07-15', end: '2026-07' }))))).toEqual([]);
		expect(errorsFor(entryFile(modified((e) => (e.period = { start: '2026-07-15', end: '2026-06' }))))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md: period.end: expected a date on or after the start 2026-07-15, found "2026-06"",
			]
		`);
	});

	it('requires a proposal to say what it proposes, and the status to follow it', () => {
		const proposal = (change: (d: Record<string, any>) => void) =>
			modified((e) => {
				e.status = 'proposed';
				e.decisions = [{ kind: 'proposal', proposed: 'rejection', summary: 'Förslag till beslut: avslag.' }];
				change(e);
			});
		expect(errorsFor(entryFile(proposal(() => {})))).toEqual([]);
		expect(errorsFor(entryFile(proposal((e) => delete e.decisions[0].proposed)))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md: decisions[0].proposed: expected what the proposal proposes: grant or rejection, found nothing (the field is missing)",
			]
		`);
		expect(errorsFor(entryFile(proposal((e) => (e.status = 'rejected'))))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md: status: expected a status that follows the latest decision (proposal), found "rejected"",
			]
		`);
		expect(errorsFor(entryFile(modified((e) => (e.decisions[0].proposed = 'grant'))))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md: decisions[0].proposed: expected nothing: only a proposal proposes, found "grant"",
			]
		`);
	});

	it('checks the sums with every corrected figure, the total budget included', () => {
		const entry = modified((e) => {
			e.totalBudget = 93974350;
			e.corrections = [{ field: 'totalBudget', published: '9 397 4350', corrected: '9 397 435', note: 'Felskrivet.' }];
		});
		expect(errorsFor(entryFile(entry))).toEqual([]);
	});
});

describe('valid entries', () => {
	it('carry their key, path, data and trimmed body', () => {
		const { entries } = validateEntries([entryFile(validEntry(), { body: '\n  Text.  \n' })], testConfig);
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({ path: 'src/content/projects/20378916.md', key: '20378916', body: 'Text.' });
		expect(entries[0]!.data.appliedAmount).toBe(2_219_230);
	});

	it('may lack an id, and are then known by their file name', () => {
		const entry = modified((e) => delete e.id);
		const { entries, errors } = validateEntries([entryFile(entry, { name: 'dnr-00031-2020.md' })], testConfig);
		expect(errors).toEqual([]);
		expect(entries[0]!.key).toBe('dnr-00031-2020');
	});

	it('need a body and a file name fit for an address', () => {
		expect(errorsFor(entryFile(validEntry(), { body: '  ' }))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md: body: expected the project's summary from the source, found nothing (the field is missing)",
			]
		`);
		expect(errorsFor(entryFile(modified((e) => delete e.id), { name: 'Min_Fil.md' }))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/Min_Fil.md: file: expected a file name of lower-case letters, digits and hyphens (the permalink), found "Min_Fil.md"",
			]
		`);
	});
});
