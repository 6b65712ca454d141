/**
 * The open data as built: every file carries exactly the collection's figures (every project, every
 * financing row), validates against the generated schema, opens in Excel as expected; the feeds
 * parse and hold the right events; the sitemap lists every page; every page has its metadata; the
 * _headers file carries the pages' own policy.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { correctedRowAmounts } from '../../src/domain/financing.ts';
import type { ProjectEntry } from '../../src/domain/project.ts';
import { readSources } from '../../src/entries/sources.ts';
import { siteConfig } from '../../src/site.config.ts';
import { urls } from '../../src/urls.ts';
import { organisationProjects } from '../../src/domain/organisations.ts';
import { createBank, type Bank } from '../../src/views/bank.ts';
import { countyFacets, deciderFacets, fundFacets, municipalityFacets } from '../../src/views/facets.ts';
import { decisionEvents, FEED_SIZE, feeds } from '../../src/views/feeds.ts';
import { slices } from '../../src/views/slices.ts';
import { threeSixtyGivingExport } from '../../src/views/threesixty-giving.ts';
import { grantedMoney } from '../../src/domain/measures.ts';
import { shippedProjects } from '../helpers/shipped.ts';
import { threeSixtyGivingValidator } from '../helpers/threesixty-giving.ts';

let entries: ProjectEntry[];
let bank: Bank;
/** The pages hosts serve for a missing address (the English one moved there by integrations/localised-404.ts): no canonical address, not in the sitemap. */
const notFoundPages = ['dist/404.html', 'dist/en/404.html'];
const read = (path: string) => readFileSync(`dist${path}`, 'utf8');
// Any line break outside quotes ends a record, as in Excel and most readers: a cell with an unquoted break splits its row.
const csv = (path: string) =>
	parseCsv(read(path), { bom: true, delimiter: ';', record_delimiter: ['\r\n', '\n', '\r'], columns: true }) as Record<string, string>[];
const xml = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	isArray: (name) => ['entry', 'link', 'url', 'sitemap'].includes(name),
});
const optional = (n: number | undefined) => (n === undefined ? '' : String(n));

function pages(dir = 'dist'): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : pages(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

beforeAll(() => {
	if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
	entries = shippedProjects();
	bank = createBank(entries, siteConfig, readSources());
});

describe('JSON', () => {
	it('projekt.json and every project file validate against /data/schema.json, and each project file is its record', () => {
		const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
		addFormats(ajv);
		const schema = JSON.parse(read(urls.openDataSchema));
		const validate = ajv.compile(schema);
		const file = JSON.parse(read(urls.openDataJson));
		expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
		const project = ajv.getSchema(`${schema.$id}#/$defs/projekt`)!;
		expect(file.projects.map((r: { key: string }) => r.key).sort()).toEqual(entries.map((e) => e.key).sort());
		for (const record of file.projects) {
			const own = JSON.parse(read(urls.projectJson(record.key)));
			expect(project(own), record.key).toBe(true);
			expect(own).toEqual(record);
		}
	});
});

describe('CSV for Excel', () => {
	it('projekt.csv: BOM, semicolons, CRLF, one row per project, every figure as in the entry', () => {
		const text = read(urls.openDataCsv);
		expect(text.startsWith('\uFEFFNyckel;Adress;Ärende-id;')).toBe(true);
		expect(text.endsWith('\r\n')).toBe(true);
		expect(
			text
				.replace(/"[^"]*"/g, '')
				.split('\r\n')
				.filter(Boolean),
		).toHaveLength(entries.length + 1);
		const rows = csv(urls.openDataCsv);
		expect(rows).toHaveLength(entries.length);
		for (const { key, data } of entries) {
			const row = rows.find((r) => r.Nyckel === key)!;
			expect(row, key).toMatchObject({
				Adress: urls.absolute(urls.project(key), siteConfig.baseUrl),
				Projektnamn: data.title,
				Statuskod: data.status,
				'Beviljat belopp (kr)': optional(data.grantedAmount),
				'Sökt belopp (kr)': optional(data.appliedAmount),
				'Total projektbudget (kr)': optional(data.totalBudget),
				Kommuner: data.municipalities.join('; '),
				Källdokument: data.source.document,
				Avsnitt: data.source.passage ?? '',
			});
			expect(row.Beslut!.split('\n'), key).toHaveLength(data.decisions.length);
		}
	});

	it('keeps a cell with semicolons and one with newlines whole', () => {
		const rows = csv(urls.openDataCsv);
		const dovi = rows.find((r) => r.Nyckel === '20359783')!;
		expect(dovi.Avsnitt).toBe('Beslut; Motivering till beslut; Projektperiod; Reviderad Tid- och aktivitetsplan');
		expect(dovi.Beslut).toBe(
			'2023-03-01 Beslut om stöd (Region Västerbotten)\n2025-08-29 Ändringsbeslut (Region Västerbotten, Ändring av beslut om stöd, Dnr REGAC-317-2022)',
		);
	});

	it('finansiering.csv: every financing row, published and corrected, in table order', () => {
		const rows = csv(urls.financingCsv);
		expect(rows).toHaveLength(entries.reduce((n, e) => n + e.data.financing.length, 0));
		for (const { key, data } of entries) {
			const own = rows.filter((r) => r.Nyckel === key);
			const corrected = correctedRowAmounts(data);
			expect(
				own.map((r) => [
					r.Rad,
					r.Finansiär,
					r['Belopp som publicerat (kr)'],
					r['Belopp efter rättelse (kr)'],
					r['Bidrag i annat än pengar'],
				]),
				key,
			).toEqual(
				data.financing.map((f, i) => [String(i + 1), f.financier, String(f.amount), String(corrected[i]), f.inKind ? 'ja' : 'nej']),
			);
		}
		const intersective = rows.find((r) => r.Nyckel === '20204763' && r.Rad === '6')!;
		expect(intersective).toMatchObject({ 'Belopp som publicerat (kr)': '666030', 'Belopp efter rättelse (kr)': '66603' });
	});

	it("every page's projects: the slice CSV and JSON list exactly its projects, and the page links them", () => {
		for (const slice of slices(bank)) {
			const keys = slice.projects.map((p) => p.key);
			expect(
				csv(urls.projectsFile(slice.base, 'csv')).map((r) => r.Nyckel),
				slice.base,
			).toEqual(keys);
			expect(JSON.parse(read(urls.projectsFile(slice.base, 'json'))).projects, slice.base).toEqual(keys);
			const pagePath = slice.page.split('#')[0]!;
			const html = read(`${pagePath}index.html`);
			expect(html, slice.page).toContain(`href="${urls.projectsFile(slice.base, 'csv')}"`);
		}
	});

	it('the aggregates name their attribution method in every row', () => {
		for (const name of ['kommuner', 'lan', 'beslutande', 'fonder', 'prioriteringar', 'organisationer']) {
			const rows = csv(urls.aggregate(name));
			expect(rows.length, name).toBeGreaterThan(0);
			expect(
				rows.every((r) => r.Fördelning!.length > 20),
				name,
			).toBe(true);
		}
	});
});

describe('feeds', () => {
	it('are valid Atom and linked from their page', () => {
		const all = feeds(bank);
		// The bank's feed, and one per page with a dated decision: a page whose decisions the sources leave undated has none.
		const facets = [...municipalityFacets(bank), ...countyFacets(bank), ...fundFacets(bank), ...deciderFacets(bank)];
		const dated = facets.filter((f) => decisionEvents(f.projects).length > 0);
		// Each organisation whose projects (owned, co-financed or decided on) have a dated decision has one too.
		const organisations = bank.organisations
			.filter((o) => decisionEvents(organisationProjects(o)).length > 0)
			.map((o) => urls.organisation(o.key));
		expect(organisations.length).toBeGreaterThan(0);
		expect(all.map((m) => m.page).sort()).toEqual([urls.home, ...dated.map((f) => f.path), ...organisations].sort());
		const undated = facets.filter((f) => f.projects.length > 0 && !dated.includes(f));
		expect(undated.map((f) => f.name)).toContain('Skellefteå'); // only Västerbotten's undated list names it
		for (const f of undated) {
			expect(existsSync(`dist${urls.feed(f.path)}`), f.path).toBe(false);
			// No link to a feed of decisions; its feed of changes (views/history.ts) is another feed.
			expect(read(`${f.path}index.html`), f.path).not.toContain(`href="${urls.feed(f.path)}"`);
		}
		for (const model of all) {
			const text = read(model.path);
			expect(XMLValidator.validate(text), model.path).toBe(true);
			expect(xml.parse(text).feed.id).toBe(urls.absolute(model.path, siteConfig.baseUrl));
			expect(read(`${model.page}index.html`), model.page).toContain(
				`<link rel="alternate" type="application/atom+xml" href="${model.path}"`,
			);
		}
	});

	it("hold the newest dated decisions of their page's projects, newest first, and no application", () => {
		const entryIds = (path: string) => (xml.parse(read(path)).feed.entry ?? []).map((e: { id: string }) => e.id);
		const ids = (projects: readonly ProjectEntry[]) =>
			decisionEvents(projects)
				.slice(0, FEED_SIZE)
				.map(
					(e) =>
						`${urls.absolute(urls.project(e.project.key), siteConfig.baseUrl)}#beslut-${e.project.data.decisions.indexOf(e.decision) + 1}`,
				);
		expect(entryIds(urls.feed())).toEqual(ids(bank.projects));
		expect(entryIds(urls.feed())[0]).toBe(`${urls.absolute(urls.project('20359783'), siteConfig.baseUrl)}#beslut-2`);
		const lulea = bank.projects.filter((p) => p.data.municipalities.includes('Luleå'));
		expect(entryIds(urls.feed(urls.municipality({ name: 'Luleå' })))).toEqual(ids(lulea));
		expect(ids(lulea).length).toBeGreaterThan(0);
		const norrbotten = bank.byCounty.get('25')!;
		expect(entryIds(urls.feed(urls.county({ shortName: 'Norrbotten' })))).toEqual(ids(norrbotten));
		const bankFeed = xml.parse(read(urls.feed())).feed;
		expect(bankFeed.entry[0].title['#text']).toBe('Ändringsbeslut: Digital omställning i Västerbottens industrier DOVI');
		expect(bankFeed.entry.some((e: { title: { '#text': string } }) => e.title['#text'].startsWith('Ansökan'))).toBe(false);
	});
});

describe('every page', () => {
	it('is in the sitemap, and nothing else is: not the editing app, and not the embeds, which repeat their full pages', () => {
		const index = xml.parse(read('/sitemap-index.xml')).sitemapindex;
		const locs = index.sitemap.flatMap((s: { loc: string }) =>
			xml.parse(read(new URL(s.loc).pathname)).urlset.url.map((u: { loc: string }) => u.loc),
		);
		const expected = pages()
			.filter((f) => !notFoundPages.includes(f) && !f.startsWith('dist/admin/') && !f.startsWith('dist/inbaddning/'))
			.map((f) => urls.absolute(f.slice('dist'.length).replace(/index\.html$/, ''), siteConfig.baseUrl));
		expect([...locs].sort()).toEqual(expected.sort());
	});

	it('robots.txt lets crawlers read every public page, not the editing app, and names the sitemap', () => {
		const robots = read('/robots.txt');
		expect(robots).toMatch(/^User-agent: \*$/m);
		expect(robots).toMatch(/^Allow: \/$/m);
		expect(robots).toMatch(new RegExp(`^Disallow: ${urls.admin}$`, 'm'));
		const sitemap = /^Sitemap: (.+)$/m.exec(robots)?.[1];
		expect(sitemap).toBe(urls.absolute('/sitemap-index.xml', siteConfig.baseUrl));
		expect(xml.parse(read(new URL(sitemap!).pathname)).sitemapindex.sitemap.length).toBeGreaterThan(0);
	});

	it('has a description, Open Graph, a canonical address (not the 404 page) and the CSP of _headers', () => {
		const headers = read('/_headers');
		const policyOf = (folder: string) =>
			new RegExp(`^/${folder === '' ? '' : `${folder}/\\*`}\\n  Content-Security-Policy: (.+)$`, 'm').exec(headers)?.[1];
		for (const file of pages()) {
			const html: HTMLElement = parse(readFileSync(file, 'utf8'));
			const meta = (selector: string) => html.querySelector(selector)?.getAttribute('content');
			if (file.startsWith('dist/admin/')) continue;
			expect(meta('meta[name="description"]')?.length, file).toBeGreaterThan(20);
			expect(meta('meta[property="og:title"]'), file).toBeTruthy();
			expect(meta('meta[property="og:description"]'), file).toBe(meta('meta[name="description"]'));
			const canonical = html.querySelector('link[rel="canonical"]')?.getAttribute('href');
			if (notFoundPages.includes(file)) {
				expect(canonical).toBeUndefined();
				expect(meta('meta[name="robots"]')).toBe('noindex');
			} else {
				expect(canonical, file).toBe(urls.absolute(file.slice('dist'.length).replace(/index\.html$/, ''), siteConfig.baseUrl));
			}
			const folder = file.slice('dist/'.length).includes('/') ? file.slice('dist/'.length).split('/')[0]! : '';
			const policy = file === 'dist/404.html' ? /^\/404\.html\n {2}Content-Security-Policy: (.+)$/m.exec(headers)?.[1] : policyOf(folder);
			// Embeds are made for other sites' frames; every other page may be framed by none.
			const ancestors = folder === 'inbaddning' ? '*' : "'none'";
			expect(policy, file).toBe(
				`${meta('meta[http-equiv="content-security-policy"]')!.trim().replace(/;\s*$/, '')}; frame-ancestors ${ancestors}`,
			);
		}
		expect(headers).toMatch(
			/^\/\*\n {2}Referrer-Policy: strict-origin-when-cross-origin\n {2}X-Content-Type-Options: nosniff\n {2}Permissions-Policy: /m,
		);
	});

	it('a granted project carries its grant as schema.org data; a rejected one carries none', () => {
		const ld = (key: string) =>
			parse(read(`${urls.project(key)}index.html`)).querySelector('script[type="application/ld+json"]')?.textContent;
		expect(JSON.parse(ld('20204763')!)).toMatchObject({ '@type': 'MonetaryGrant', amount: { value: 1_347_090, currency: 'SEK' } });
		expect(ld('20378916')).toBeUndefined();
	});
});

describe('harvesting', () => {
	it('/data/360giving.json holds every grant the standard can hold, and validates against the standard’s own schema', () => {
		const giving = threeSixtyGivingExport(bank, new Date());
		const validate = threeSixtyGivingValidator();
		const file = JSON.parse(read(urls.threeSixtyGiving));
		expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
		expect(file.grants).toHaveLength(giving.grants);
		expect(file.grants.length + giving.leftOut.reduce((n, l) => n + l.projects, 0)).toBe(entries.length);
		// Every grant's amount is the figure the project's page states as granted.
		for (const grant of file.grants) {
			const key = grant.url.split('/').at(-2);
			expect(grant.amountAwarded).toBe(grantedMoney(entries.find((e) => e.key === key)!.data));
		}
	});

	it('/data/katalog.rdf is well-formed RDF/XML whose every download address is a file of the site', () => {
		const text = read(urls.dcatCatalogue);
		expect(XMLValidator.validate(text)).toBe(true);
		const downloads = [...text.matchAll(/<dcat:downloadURL rdf:resource="([^"]+)"/g)].map((m) => new URL(m[1]!).pathname);
		expect(downloads).toEqual(expect.arrayContaining([urls.openDataJson, urls.openDataCsv, urls.financingCsv, urls.threeSixtyGiving]));
		for (const path of downloads) expect(existsSync(`dist${path}`), path).toBe(true);
		expect(parse(read('/data/index.html')).querySelector(`a[href="${urls.dcatCatalogue}"]`)).not.toBeNull();
	});
});

describe('data quality and import spellings', () => {
	it("/data/kvalitet/ has a section per decider with projects, saying what it found; /data/ links it and lists the settings' spellings", () => {
		const quality = parse(read(`${urls.dataQuality}index.html`));
		const deciders = siteConfig.deciders.map((d) => d.name).filter((name) => entries.some((e) => e.data.decider === name));
		expect(quality.querySelectorAll('section h2').map((h) => h.textContent.trim())).toEqual(deciders);
		// The shipped bank is transcribed by hand: nothing in it looks damaged by an export.
		expect(quality.querySelectorAll('section table')).toHaveLength(0);
		const data = parse(read(`${urls.openData}index.html`));
		expect(data.querySelector(`main a[href="${urls.dataQuality}"]`)).not.toBeNull();
		const rows = data.querySelector('#stavningar-caption')!.parentNode!.querySelectorAll('tbody tr');
		const spelled = Object.entries(siteConfig.importSpellings.municipalities);
		expect(
			rows.map((r) =>
				r
					.querySelectorAll('th, td')
					.slice(0, 2)
					.map((c) => c.textContent.trim()),
			),
		).toEqual(spelled);
	});
});
