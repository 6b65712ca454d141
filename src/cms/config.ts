/**
 * The configuration of the editing app (Sveltia CMS) at /admin/, made from the entry schema and
 * the site settings: its fields are the schema's fields with their Swedish labels and hints, and
 * every list of choices (deciders, funds, priority areas, municipalities, counties, statuses) is
 * the list validation checks against, so the two cannot drift. The app checks what it can (required
 * fields, choices, how amounts and dates are written); `npm run validate` and the build check the
 * rest (sums, decisions, the decider's priority areas).
 */
import type { CmsConfig, Field } from '@sveltia/cms';
import { AMOUNT_PATTERN } from '../schemas/amount.ts';
import { describeFields, type FieldSpec } from '../schemas/fields.ts';
import { createProjectSchema } from '../schemas/project.ts';
import type { EditingConfig, SiteConfig } from '../schemas/site.ts';
import { PROJECTS_DIR } from '../entries/files.ts';
import { ENTRY_FORMAT } from './entry-format.ts';

const DATE_PATTERN: [string, string] = [
	'^\\d{4}(-\\d{2}(-\\d{2})?)?$',
	'Skriv datumet som ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ, så exakt som källan anger det.',
];
const AMOUNT: [string, string] = [
	String(AMOUNT_PATTERN),
	'Skriv hela kronor med siffror, t.ex. 1500, "1 500", "1 500 kr" eller "2 000 tkr".',
];
const ID_PATTERN: [string, string] = ['^\\d{8}$', 'Ärende-id:t har 8 siffror, t.ex. 20372556.'];

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);

function options(spec: FieldSpec) {
	return (spec.options ?? []).map((value) =>
		spec.optionLabels ? { label: `${capitalised(spec.optionLabels[String(value)]!)} (${value})`, value: String(value) } : value,
	);
}

/** A hint written for the file, as it reads in the app: no quotes to type, and fields are left empty rather than deleted. */
export function appHint(hint: string): string {
	return hint
		.replace(/ inom citattecken/g, '')
		.replace(/Ta annars bort raden/g, 'Lämna annars tomt')
		.replace(/Ta bort raden/g, 'Lämna tomt')
		.replace(/Ta bort \w+ (bara )?om/g, 'Lämna gruppen tom $1om')
		.replace(/\[\] annars/g, 'Lämna annars listan tom')
		.replace(/\[\] om/g, 'Lämna listan tom om');
}

/** One schema field as a field of the app. */
function cmsField(spec: FieldSpec): Field {
	const common = { name: spec.key, label: spec.label, hint: appHint(spec.hint), required: spec.required };
	switch (spec.type) {
		case 'object':
			return { ...common, widget: 'object', collapsed: false, fields: spec.fields!.map(cmsField) };
		case 'list':
			if (spec.fields) return { ...common, widget: 'list', collapsed: true, label_singular: 'rad', fields: spec.fields.map(cmsField) };
			if (spec.options) return { ...common, widget: 'select', multiple: true, dropdown_threshold: 5, options: options(spec) } as Field;
			return { ...common, widget: 'list' };
		case 'choice':
			return { ...common, widget: 'select', dropdown_threshold: 5, options: options(spec) } as Field;
		case 'boolean':
			return { ...common, widget: 'boolean', default: spec.default === true };
		case 'number':
			return { ...common, widget: 'number', value_type: 'float' };
		case 'amount':
			return { ...common, widget: 'string', pattern: AMOUNT };
		case 'date':
			return { ...common, widget: 'string', pattern: DATE_PATTERN };
		case 'longText':
			return { ...common, widget: 'text' };
		case 'text':
			return spec.key === 'id' ? { ...common, widget: 'string', pattern: ID_PATTERN } : { ...common, widget: 'string' };
	}
}

/**
 * The git host the app connects to; a placeholder repository when the settings name none (local-repository mode only).
 * Editors sign in at the git host itself, never through a third party: with PKCE where the app supports it (GitLab and
 * Gitea, given the OAuth application's id as `appId`), otherwise with a personal access token. The app's other
 * OAuth sign-in goes through an authenticator server (Netlify's, api.netlify.com, by default), so it is turned off.
 * Sveltia CMS 0.221 has no PKCE for GitHub: GitHub editors sign in with a token.
 */
function backend(editing: EditingConfig | undefined): CmsConfig['backend'] {
	const settings = editing ?? { backend: 'github' as const, repo: 'exempel/projektbanken', branch: 'main' };
	const pkce = settings.appId !== undefined && settings.backend !== 'github';
	return {
		name: settings.backend,
		repo: settings.repo,
		branch: settings.branch,
		...(settings.baseUrl
			? { base_url: settings.baseUrl, api_root: `${settings.baseUrl}/api/${settings.backend === 'gitlab' ? 'v4' : 'v1'}` }
			: {}),
		...(pkce ? { app_id: settings.appId, ...(settings.backend === 'gitlab' ? { auth_type: 'pkce' } : {}) } : {}),
		auth_methods: pkce ? ['oauth', 'token'] : ['token'],
	} as CmsConfig['backend'];
}

/**
 * The origins the admin page may contact besides its own: the git host's API (and its sign-in page for PKCE, which
 * is a navigation, not a request the CSP governs). No image host: the app shows no avatars (src/cms/vite-plugins.ts).
 */
export function gitHostOrigins(editing: EditingConfig | undefined): { connect: string[] } {
	if (!editing) return { connect: [] };
	if (editing.baseUrl) return { connect: [new URL(editing.baseUrl).origin] };
	if (editing.backend === 'github') return { connect: ['https://api.github.com'] };
	if (editing.backend === 'gitlab') return { connect: ['https://gitlab.com'] };
	return { connect: ['https://gitea.com'] };
}

export function createCmsConfig(config: SiteConfig): CmsConfig {
	return {
		load_config_file: false,
		backend: backend(config.editing),
		app_title: `${config.name} – redigering`,
		site_url: config.baseUrl,
		media_folder: 'public/media',
		public_folder: '/media',
		// Empty optional fields are left out rather than written as null or "", which validation refuses.
		output: { omit_empty_optional_fields: true },
		collections: [
			{
				name: 'projects',
				label: 'Projekt',
				label_singular: 'projekt',
				description:
					'Ett projekt per fil. Sparade ändringar kontrolleras av npm run validate och bygget, som säger vad som behöver rättas.',
				folder: PROJECTS_DIR,
				extension: 'md',
				// YAML front matter, saved by changing only the edited lines (entry-format.ts, registered in app.ts).
				format: ENTRY_FORMAT,
				create: true,
				identifier_field: 'title',
				slug: '{{id}}',
				summary: "{{title}} ({{id | default('utan ärende-id')}})",
				sortable_fields: ['title', 'id', 'decider', 'status'],
				fields: [
					...describeFields(createProjectSchema(config)).map(cmsField),
					{
						name: 'body',
						label: 'Sammanfattning',
						hint: 'Projektets sammanfattning ur källan, ordagrant. Markdown, utan HTML.',
						widget: 'markdown',
						modes: ['raw', 'rich_text'],
						editor_components: [],
					},
				],
			},
		],
	};
}
