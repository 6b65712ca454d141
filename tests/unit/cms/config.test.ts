import { describe, expect, it } from 'vitest';
import { appHint, createCmsConfig, gitHostOrigins } from '../../../src/cms/config.ts';
import { allCounties, allMunicipalities } from '../../../src/domain/registry.ts';
import { parseAmount } from '../../../src/schemas/amount.ts';
import { describeFields } from '../../../src/schemas/fields.ts';
import { createProjectSchema } from '../../../src/schemas/project.ts';
import { siteConfig } from '../../../src/site.config.ts';

const config = createCmsConfig(siteConfig);
const collection = config.collections![0] as { folder: string; fields: Record<string, any>[] };
const field = (name: string, fields = collection.fields) => fields.find((f) => f.name === name)!;
const values = (f: Record<string, any>) =>
	(f.options as (string | number | { value: string })[]).map((o) => (typeof o === 'object' ? o.value : o));

describe("the editing app's configuration", () => {
	it("edits the entries folder with exactly the schema's fields, and the body", () => {
		expect(collection.folder).toBe('src/content/projects');
		expect(collection.fields.map((f) => f.name)).toEqual([...describeFields(createProjectSchema(siteConfig)).map((f) => f.key), 'body']);
		expect(field('financing').fields.map((f: { name: string }) => f.name)).toEqual(['financier', 'amount', 'inKind']);
		expect(config.output).toEqual({ omit_empty_optional_fields: true });
	});

	it('offers the very lists validation checks against', () => {
		expect(values(field('decider'))).toEqual(siteConfig.deciders.map((r) => r.name));
		expect(values(field('fund'))).toEqual(siteConfig.funds.map((f) => f.name));
		expect(values(field('municipalities'))).toEqual(allMunicipalities.map((m) => m.name));
		expect(field('municipalities')).toMatchObject({ widget: 'select', multiple: true, required: false });
		expect(values(field('counties'))).toEqual(allCounties.map((c) => c.name));
		expect(values(field('name', field('priority').fields))).toEqual([
			...new Set(siteConfig.deciders.flatMap((r) => r.priorities.map((p) => p.name))),
		]);
		expect(field('status').options).toContainEqual({ label: 'Beviljat (granted)', value: 'granted' });
		expect(values(field('agenda2030'))).toHaveLength(17);
	});

	it('marks required fields and checks amounts and dates as validation reads them', () => {
		expect(field('title')).toMatchObject({ required: true, label: 'Projektnamn' });
		expect(field('ref')).toMatchObject({ required: false });
		const [pattern] = field('grantedAmount').pattern as [string, string];
		const regex = new RegExp(pattern.slice(1, pattern.lastIndexOf('/')), pattern.slice(pattern.lastIndexOf('/') + 1));
		for (const amount of ['1500', '1 500', '1 500 kr', '2 000 tkr', '1e6', '1.500', '-0'])
			expect(regex.test(amount), amount).toBe(parseAmount(amount) !== undefined);
		const [date] = field('start', field('period').fields).pattern as [string, string];
		expect(['2026-08-31', '2020-06', '2020', 'juni 2020'].map((d) => new RegExp(date).test(d))).toEqual([true, true, true, false]);
	});

	it('words the hints for the app, where fields are left empty rather than deleted', () => {
		expect(field('ref').hint).toBe('Diarienummer, t.ex. "REGAC-317-2022". Lämna tomt om källan saknar det.');
		expect(field('owner').hint).toBe('Projektägaren (stödmottagaren). Lämna gruppen tom bara om källan inte nämner någon.');
		expect(field('financing').hint).toBe('Finansieringstabellen som i källan, rad för rad. Lämna listan tom om källan saknar den.');
		expect(appHint('Bara för ett förslag. Ta annars bort raden.')).toBe('Bara för ett förslag. Lämna annars tomt.');
		const all = (fields: Record<string, any>[]): string[] => fields.flatMap((f) => [f.hint, ...all(f.fields ?? [])]);
		for (const hint of all(collection.fields)) expect(hint).not.toMatch(/Ta bort|\[\]|citattecken/);
	});

	it('connects to the git host of the settings, signs in there alone (token, or PKCE where the app has it), and the admin page may reach that host alone', () => {
		// GitHub: a token; the app's OAuth button would go through api.netlify.com.
		expect(config.backend).toEqual({ name: 'github', repo: 'exempel/projektbanken', branch: 'main', auth_methods: ['token'] });
		expect(createCmsConfig({ ...siteConfig, editing: { backend: 'github', repo: 'a/b', branch: 'main', appId: 'x' } }).backend).toEqual({
			name: 'github',
			repo: 'a/b',
			branch: 'main',
			auth_methods: ['token'],
		});
		expect(gitHostOrigins(siteConfig.editing)).toEqual({ connect: ['https://api.github.com'] });
		expect(createCmsConfig({ ...siteConfig, editing: { backend: 'gitea', repo: 'a/b', branch: 'main' } }).backend).toEqual({
			name: 'gitea',
			repo: 'a/b',
			branch: 'main',
			auth_methods: ['token'],
		});
		const gitlab = {
			backend: 'gitlab' as const,
			repo: 'region/projektbanken',
			branch: 'main',
			baseUrl: 'https://git.region.se',
			appId: 'abc',
		};
		expect(createCmsConfig({ ...siteConfig, editing: gitlab }).backend).toEqual({
			name: 'gitlab',
			repo: 'region/projektbanken',
			branch: 'main',
			base_url: 'https://git.region.se',
			api_root: 'https://git.region.se/api/v4',
			app_id: 'abc',
			auth_type: 'pkce',
			auth_methods: ['oauth', 'token'],
		});
		expect(gitHostOrigins(gitlab)).toEqual({ connect: ['https://git.region.se'] });
	});
});
