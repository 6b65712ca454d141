import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/** The unit project alone: fast, no build needed. Also what mutation testing runs (stryker.config.json). */
// Tests of the command-line scripts start Node processes: a few seconds each, more on a busy machine.
// The setup gives the views a bank without the repository's own history (tests/helpers/unit-setup.ts).
// Unit tests read small inline banks (tests/helpers/bank.ts), never src/content/: they pass for any valid bank.
export const unit = {
	test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], setupFiles: ['tests/helpers/unit-setup.ts'], testTimeout: 30_000 },
};

/**
 * The source documents the shipped projects were transcribed from. The checks of the shipped content
 * (its figures, its 29 projects, snapshots of its pages) run only where these are in src/content/sources/:
 * a bank that replaces src/content/ with its own has no such project, rather than failing or skipped tests.
 */
export const SEED_SOURCES = [
	'harnosand-ansokan-hso',
	'norrbotten-protokoll-2020-03-24',
	'vasterbotten-andringsbeslut-dovi',
	'vasterbotten-beviljade-projekt',
	'vasterbotten-pm-indi',
];
export const seedBankShipped = (root = '.') => SEED_SOURCES.every((slug) => existsSync(`${root}/src/content/sources/${slug}.yaml`));

export default defineConfig({
	test: {
		projects: [
			unit,
			...(seedBankShipped()
				? [
						{
							test: {
								name: 'content',
								include: ['tests/content/seed-bank/**/*.test.ts'],
								setupFiles: ['tests/helpers/unit-setup.ts'],
								testTimeout: 30_000,
							},
						},
					]
				: []),
			// These read the built site in dist/: run after `npm run build` (npm test does).
			{ test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 120_000 } },
			{
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000,
					fileParallelism: false,
					// A page's script answers in well under a second alone, but CI shares two cores with Chromium and the
					// static server: the default 1 s poll fails a correct page that is merely slow.
					expect: { poll: { timeout: 10_000 } },
				},
			},
		],
	},
});
