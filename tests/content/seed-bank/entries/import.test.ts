import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readEntryFiles } from '../../../../src/entries/files.ts';
import { planImport } from '../../../../src/entries/import.ts';
import { siteConfig } from '../../../../src/site.config.ts';
const options = { file: 'beslut-2026-03.csv', decider: 'Region Västerbotten' };

describe('importing a decision round', () => {
	it("reproduces the 17 hand-transcribed entries of Region Västerbotten's list from its spreadsheet: all unchanged", () => {
		const text = readFileSync('tests/fixtures/vasterbotten-beviljade.csv', 'utf8');
		const source = 'Region Västerbotten, förteckning över beviljade projekt (17 projekt, totalsumma 72 750 869 kr)';
		const { planned, problems } = planImport(
			text,
			{ ...options, file: 'vasterbotten-beviljade.csv', source },
			readEntryFiles(),
			siteConfig,
		);
		expect(problems).toEqual([]);
		expect(planned).toHaveLength(17);
		expect(planned.every((p) => p.outcome === 'unchanged')).toBe(true);
	});
});
