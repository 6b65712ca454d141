// @ts-check
// Lint: TypeScript's recommended rules, no import cycles, and the layers' boundaries (README, "Layout"):
// the model (src/domain, src/schemas) never imports the site, the build or Astro (but its zod); page models
// (src/views) never import routes or templates; client code never imports server code. import-x/no-cycle
// skips type-only imports: tests/unit/architecture/imports.test.ts walks the graph with them. Formatting is
// Prettier's (npm run format).
import js from '@eslint/js';
import { importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** Folders a layer must not import from, with the reason shown in the lint message. */
const boundaries = [
	{
		from: 'src/domain',
		forbidden: ['src/views', 'src/pages', 'src/components', 'src/layouts', 'src/integrations', 'src/entries', 'src/client', 'src/cms'],
		why: 'the domain is pure: it knows nothing of pages, the build or files',
	},
	{
		from: 'src/schemas',
		forbidden: ['src/views', 'src/pages', 'src/components', 'src/layouts', 'src/integrations', 'src/client', 'src/cms'],
		why: 'schemas describe entries and settings, not the site',
	},
	{
		from: 'src/entries',
		forbidden: ['src/views', 'src/pages', 'src/components', 'src/layouts', 'src/integrations', 'src/client', 'src/cms'],
		why: 'reading entries comes before the site',
	},
	{
		from: 'src/views',
		forbidden: ['src/pages', 'src/components', 'src/layouts', 'src/integrations', 'src/cms'],
		why: 'page models are made from the model, not from routes, templates or the build',
	},
	{
		from: 'src/client',
		forbidden: ['src/views', 'src/pages', 'src/components', 'src/layouts', 'src/integrations', 'src/entries', 'src/schemas', 'src/cms'],
		why: 'browser code ships to readers: only pure modules may be shared with it',
	},
];

export default tseslint.config(
	{
		ignores: [
			'dist/',
			'dist.next/',
			'dist.prev/',
			'node_modules/',
			'.astro/',
			'.bench/',
			'.stryker-tmp/',
			'test-results/',
			'bench/baseline/',
			'**/*.astro',
			'src/content/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		files: ['**/*.{ts,js,mjs}'],
		plugins: { 'import-x': importX },
		languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
		settings: {
			// Without the extensions, import-x reads no .ts module's imports, and no-cycle sees no cycle.
			'import-x/extensions': ['.ts', '.js', '.mjs'],
			'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.js', '.mjs', '.json'] })],
		},
		rules: {
			'import-x/no-cycle': ['error', { ignoreExternal: true }],
			'import-x/no-self-import': 'error',
			'import-x/no-restricted-paths': [
				'error',
				{
					zones: boundaries.flatMap(({ from, forbidden, why }) =>
						forbidden.map((target) => ({ target: `./${from}`, from: `./${target}`, message: why })),
					),
				},
			],
			'no-restricted-imports': [
				'error',
				{ patterns: [{ group: ['astro:*'], message: 'Only routes, components and src/views/collection.ts read Astro modules.' }] },
			],
			// Dropping a field by destructuring its siblings is the idiom for "everything but".
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
			],
			// Swedish numbers are written with no-break spaces ("2 219 230 kr"): expected texts hold them.
			'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true }],
			'@typescript-eslint/no-explicit-any': 'off',
			'@typescript-eslint/no-non-null-assertion': 'off',
		},
	},
	{ files: ['src/views/collection.ts', 'tests/**', 'src/content.config.ts'], rules: { 'no-restricted-imports': 'off' } },
	{
		// The model runs outside Astro (npm run validate, the editing app, the tests): of Astro it takes zod only.
		files: ['src/domain/**', 'src/schemas/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^(astro(?!/zod$)([:/].*)?|@astrojs/.*)$',
							message: 'The model (src/domain, src/schemas) knows nothing of Astro but its zod (astro/zod).',
						},
					],
				},
			],
		},
	},
	{
		files: ['src/client/**'],
		languageOptions: { globals: { window: 'readonly', document: 'readonly', customElements: 'readonly', HTMLElement: 'readonly' } },
	},
);
