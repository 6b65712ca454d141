import { defineConfig } from 'vitest/config';

/** The unit project alone: fast, no build needed. Also what mutation testing runs (stryker.config.json). */
// Tests of the command-line scripts start Node processes: a few seconds each, more on a busy machine.
// The setup gives the views a bank without the repository's own history (tests/helpers/unit-setup.ts).
export const unit = {
	test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], setupFiles: ['tests/helpers/unit-setup.ts'], testTimeout: 30_000 },
};

export default defineConfig({
	test: {
		projects: [
			unit,
			// These read the built site in dist/: run after `npm run build` (npm test does).
			{ test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 120_000 } },
			{
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000,
					fileParallelism: false,
				},
			},
		],
	},
});
