import { expect, it, vi } from 'vitest';
import { localised } from '../../../../src/i18n/locale.ts';
import { siteConfig } from '../../../../src/site.config.ts';
import { fieldDocs, pageModel } from '../../../../src/views/data-page.ts';
import { projectColumns } from '../../../../src/views/open-data.ts';

vi.mock('astro:content', async () => (await import('../../../helpers/astro-content.ts')).shippedContent());

it('documents every file, field and column of the open data, with the licence and the build date', async () => {
	const built = new Date('2026-11-23T12:00:00Z');
	const page = await pageModel(built, localised('sv'));
	expect(page.built).toBe(built);
	expect(page.licence).toEqual(siteConfig.dataLicence);
	expect(page.projects).toBe(29);
	expect(page.files.map((f) => f.href)).toEqual([
		'/data/projekt.json',
		'/data/projekt.csv',
		'/data/finansiering.csv',
		'/data/schema.json',
		'/data/360giving.json',
		'/data/katalog.rdf',
	]);
	expect(page.projectColumns.map((c) => c.header)).toEqual(projectColumns.map((c) => c.header));
	expect(page.fields.find((f) => f.path === 'financing[].correctedAmount')).toMatchObject({ optional: false });
	expect(page.fields.find((f) => f.path === 'owner.orgNumber')).toMatchObject({ optional: true });
	// The page's words are the contract's documentation: pinned.
	expect(page).toMatchSnapshot();
});

it('reads nested fields by their path, lists as "[]", and says which are optional', () => {
	expect(
		fieldDocs({
			type: 'object',
			required: ['a'],
			properties: {
				a: { type: 'string', description: 'A.' },
				b: { type: 'array', items: { type: 'object', required: ['c'], properties: { c: { type: 'integer' } } } },
				d: { type: 'object', properties: { e: { type: 'boolean', description: 'E.' } } },
			},
		}).map((f) => [f.path, f.optional, f.description]),
	).toEqual([
		['a', false, 'A.'],
		['b', true, ''],
		['b[].c', false, ''],
		['d', true, ''],
		['d.e', true, 'E.'],
	]);
});

it('explains every column and field in English, and marks as Swedish what the English words lack', async () => {
	const built = new Date('2026-11-23T12:00:00Z');
	const en = await pageModel(built, localised('en'));
	const documented = [
		...en.projectColumns,
		...en.financingColumns,
		...en.sliceColumns,
		...en.aggregates.flatMap((a) => a.columns),
		...en.fields,
	];
	expect(documented.filter((d) => 'lang' in d).map((d) => d.description)).toEqual([]);
	expect(en.aggregates.filter((a) => 'lang' in a)).toEqual([]);
	expect(en.fields.find((f) => f.path === 'financing[].correctedAmount')?.description).toMatch(/^Amount after the record’s corrections/);
	expect(en.projectColumns.find((c) => c.header === 'Beviljat belopp (kr)')?.description).toBe(
		'Amount granted as published, whole kronor (grantedAmount).',
	);
	// An English page whose words lack a description shows the Swedish, marked, rather than nothing or stale words.
	const bare = localised('en');
	const untranslated = await pageModel(built, { ...bare, m: { ...bare.m, openData: { ...bare.m.openData, descriptions: {} } } });
	const sv = await pageModel(built, localised('sv'));
	expect(untranslated.projectColumns).toEqual(sv.projectColumns.map((c) => ({ ...c, lang: 'sv' })));
	expect(untranslated.aggregates.every((a) => a.lang === 'sv')).toBe(true);
	expect(untranslated.fields.filter((f) => f.description).every((f) => f.lang === 'sv')).toBe(true);
});
