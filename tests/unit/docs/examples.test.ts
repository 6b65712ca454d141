/**
 * Every example in the documentation is checked: entries validate (or give exactly the messages
 * shown), spreadsheets import (or give exactly the messages shown), and commands name real scripts
 * with options they accept.
 */
import { describe, expect, it } from 'vitest';
import { planImport } from '../../../src/entries/import.ts';
import { parseMapping } from '../../../src/entries/mapping.ts';
import { formatProblem } from '../../../src/entries/validate.ts';
import { siteConfig } from '../../../src/site.config.ts';
import { blocks, validateExample as validate } from '../../helpers/doc-examples.ts';

describe('docs/redaktorshandbok.md', () => {
	const all = blocks('docs/redaktorshandbok.md');

	it('marks every entry and spreadsheet example, and shows output only after an example', () => {
		for (const block of all.filter((b) => b.lang === 'md' || b.lang === 'csv')) expect(block.marker, `line ${block.line}`).toBeDefined();
		all.forEach((block, i) => {
			if (block.lang === 'text') expect(['post med fel', 'import', 'import med fel'], `line ${block.line}`).toContain(all[i - 1]?.marker);
		});
		expect(all.filter((b) => b.marker).length).toBeGreaterThanOrEqual(6);
	});
});

describe('docs/entry-format.md', () => {
	it('has an example that validates', () => {
		const [example] = blocks('docs/entry-format.md').filter((b) => b.lang === 'yaml');
		expect(example).toBeDefined();
		expect(validate(example!.text).map(formatProblem)).toEqual([]);
	});

	it('has a mapping file example that reads, and imports a spreadsheet in its shape', () => {
		const [example] = blocks('docs/entry-format.md').filter((b) => b.lang === 'json');
		const { mapping, problems } = parseMapping(example!.text, 'mappning.json');
		expect(problems).toEqual([]);
		const table = {
			header: [
				'Diarie-ID',
				'Namn',
				'Stödmottagare',
				'Beviljat (kr)',
				'Beviljat (EUR)',
				'Orter',
				'Start',
				'Slut',
				'Beskrivning',
				'Handläggare',
			],
			rows: [
				{
					row: 2,
					values: [
						'20390301',
						'Solel',
						'Exempel AB',
						'1 000 000',
						'0',
						'Umeå / Kalix',
						'2026-04-01',
						'2027-03-31',
						'Solceller på kommunens tak, med kurser för fastighetsägare.',
						'Testperson',
					],
				},
			],
		};
		const plan = planImport(
			{ table, problems: [] },
			{ file: 'beslut.xlsx', decider: 'Region Västerbotten', mapping: mapping! },
			[],
			siteConfig,
		);
		expect(plan.problems.map(formatProblem)).toEqual([]);
		expect(plan.planned[0]!.content).toContain('municipalities: [Umeå, Kalix]');
		expect(plan.planned[0]!.content).not.toMatch(/grantedAmountEur|Testperson/);
	});
});
