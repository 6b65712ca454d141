import { defineConfig } from 'vitest/config';

/** The unit project alone: fast, no build needed. Also what mutation testing runs (stryker.config.json). */
export const unit = { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } };

export default defineConfig({
	test: {
		projects: [
			unit,
			// These read the built site in dist/: run after `npm run build` (npm test does).
			{ test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 120_000 } },
			{ test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false } },
		],
	},
});
