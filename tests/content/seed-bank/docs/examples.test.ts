/**
 * Every example in the documentation is checked: entries validate (or give exactly the messages
 * shown), spreadsheets import (or give exactly the messages shown), and commands name real scripts
 * with options they accept.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readEntryFiles } from '../../../../src/entries/files.ts';
import { IMPORT_FAILED, importReport, planImport } from '../../../../src/entries/import.ts';
import { SHIPPED_MAPPINGS } from '../../../../src/entries/mapping.ts';
import { newEntryProblem } from '../../../../src/entries/scaffold.ts';
import { formatProblem, problemReport } from '../../../../src/entries/validate.ts';
import { sourceSchema } from '../../../../src/schemas/source.ts';
import { parse } from 'yaml';
import { siteConfig } from '../../../../src/site.config.ts';
import { blocks, validateExample as validate } from '../../../helpers/doc-examples.ts';

const scripts = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).scripts);
const IMPORT_OPTIONS = { file: 'beslut-2026-03.csv', decider: 'Region Västerbotten' };

/** Splits a shell line into words, keeping quoted ones whole. */
const words = (line: string) => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);

describe('docs/redaktorshandbok.md', () => {
	const all = blocks('docs/redaktorshandbok.md');
	const collection = readEntryFiles();
	// The handbook adds each source document its examples cite: they are checked against those, as validation checks a bank's.
	const sources = all.filter((b) => b.marker === 'källdokument').map((b) => sourceSchema.parse(parse(b.text, { schema: 'core' })));

	it.each(all.filter((b) => b.marker).map((b) => [b.line, b] as const))('example at line %i holds', (_, block) => {
		const output = all[all.indexOf(block) + 1];
		switch (block.marker) {
			case 'giltig post':
				expect(validate(block.text, sources).map(formatProblem)).toEqual([]);
				break;
			case 'källdokument':
				expect(block.lang).toBe('yaml');
				break;
			case 'post med fel':
				expect(output?.lang).toBe('text');
				expect(problemReport(validate(block.text, sources), 'Rätta dem och kör npm run validate igen.')).toBe(output!.text.trimEnd());
				break;
			case 'import': {
				const { planned, problems, warnings } = planImport(block.text, IMPORT_OPTIONS, collection, siteConfig);
				expect(problems.map(formatProblem)).toEqual([]);
				expect(importReport(planned, { ...IMPORT_OPTIONS, warnings })).toBe(output!.text.trimEnd());
				break;
			}
			case 'import med fel': {
				const { planned, problems } = planImport(block.text, IMPORT_OPTIONS, collection, siteConfig);
				expect(planned).toEqual([]);
				expect(problemReport(problems, IMPORT_FAILED)).toBe(output!.text.trimEnd());
				break;
			}
			default:
				throw new Error(`unknown example "${block.marker}"`);
		}
	});

	it('gives commands that exist, with options they accept', () => {
		const commands = all.filter((b) => b.lang === 'sh').flatMap((b) => b.text.trim().split('\n'));
		expect(commands.length).toBeGreaterThanOrEqual(4);
		for (const command of commands) {
			const [npm, verb, ...rest] = words(command);
			expect(npm, command).toBe('npm');
			const script = verb === 'run' ? rest.shift()! : verb!;
			expect(scripts, command).toContain(script);
			const args = rest[0] === '--' ? rest.slice(1) : rest;
			if (script === 'new') {
				const { values } = parseArgs({ args, options: { id: { type: 'string' }, title: { type: 'string' }, decider: { type: 'string' } } });
				expect(newEntryProblem({ id: values.id!, title: values.title!, decider: values.decider }, siteConfig), command).toBeUndefined();
				expect(
					collection.some((f) => f.path.endsWith(`/${values.id}.md`)),
					command,
				).toBe(false);
			}
			if (script === 'import') {
				const { values, positionals } = parseArgs({
					args,
					allowPositionals: true,
					options: {
						decider: { type: 'string' },
						source: { type: 'string' },
						format: { type: 'string' },
						mapping: { type: 'string' },
						encoding: { type: 'string' },
						'dry-run': { type: 'boolean' },
						force: { type: 'boolean' },
					},
				});
				expect(
					siteConfig.deciders.map((r) => r.name),
					command,
				).toContain(values.decider);
				if (values.format) expect(Object.keys(SHIPPED_MAPPINGS), command).toContain(values.format);
				expect(positionals[0], command).toMatch(/\.(csv|xlsx|json)$/);
				expect(
					sources.map((d) => d.title),
					command,
				).toContain(values.source);
				expect(positionals, command).toHaveLength(1);
			}
		}
	});
});
