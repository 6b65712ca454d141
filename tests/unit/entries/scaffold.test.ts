import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createEntryFile, newEntryProblem, scaffoldEntry } from '../../../src/entries/scaffold.ts';
import { formatProblem, validateEntries } from '../../../src/entries/validate.ts';
import { describeFields, type FieldSpec } from '../../../src/schemas/fields.ts';
import { createProjectSchema } from '../../../src/schemas/project.ts';
import { siteConfig } from '../../../src/site.config.ts';

const text = scaffoldEntry({ id: '20390999', title: 'Solceller på taket: etapp 2', decider: 'Region Västerbotten' }, siteConfig);
const frontmatter = () => parseDocument(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!);
const validate = (content: string) => validateEntries([{ path: 'src/content/projects/20390999.md', content }], siteConfig);

describe('a new entry (npm run new)', () => {
	it('has every field of the schema, at every level, each under a Swedish comment', () => {
		const keysOf = (map: YAMLMap, fields: readonly FieldSpec[]) => {
			expect(map.items.map((pair) => String((pair.key as { value: unknown }).value))).toEqual(fields.map((f) => f.key));
			for (const field of fields) {
				const value = map.get(field.key, true);
				if (field.fields) keysOf((isSeq(value) ? value.items[0] : value) as YAMLMap, field.fields);
			}
		};
		const doc = frontmatter();
		expect(isMap(doc.contents)).toBe(true);
		keysOf(doc.contents as YAMLMap, describeFields(createProjectSchema(siteConfig)));
		const lines = text.split('\n');
		lines.forEach((line, i) => {
			if (/^\s*(- )?[a-zA-Z0-9]+:/.test(line)) expect(lines[i - 1], line).toMatch(/^\s*# [A-ZÅÄÖ].*: .+/);
		});
	});

	it('holds the id, title and decider given, and as it is lists every field left to fill in', () => {
		expect(frontmatter().toJS()).toMatchObject({ id: '20390999', title: 'Solceller på taket: etapp 2', decider: 'Region Västerbotten' });
		const { problems } = validate(text);
		expect(problems.length).toBeGreaterThan(30);
		for (const problem of problems)
			expect(formatProblem(problem)).toMatch(/^src\/content\/projects\/20390999\.md:\d+: [\w.]+(, rad 1, \w+)? – fältet är tomt/);
	});

	it('validates once filled in as an editor would: values typed after the keys, unneeded lines deleted', () => {
		// Edits in file order, as an editor works down the file: each finds the next line with its key.
		const lines = text.split('\n');
		let cursor = 0;
		const find = (key: string) => {
			const at = lines.findIndex((line, i) => i >= cursor && new RegExp(`^\\s*(- )?${key}:`).test(line));
			if (at < 0) throw new Error(`no line for ${key} after line ${cursor + 1}`);
			cursor = at;
			return at;
		};
		const set = (key: string, value: string) => {
			const at = find(key);
			lines[at] = `${lines[at]!.replace(/:.*$/, ':')} ${value}`;
		};
		/** The index after the lines under the key at a line (more indented, or its list row's other keys). */
		const endOf = (at: number) => {
			const indent = lines[at]!.replace('- ', '  ').search(/\S/);
			let end = at + 1;
			while (end < lines.length && lines[end]!.search(/\S/) > indent && !lines[end]!.startsWith('---')) end++;
			return end;
		};
		/** Deletes a key's line, the lines under it and the comment above it. */
		const remove = (key: string) => {
			const at = find(key);
			lines.splice(at - 1, endOf(at) - at + 1);
			cursor = at - 1;
		};
		/** Empties a list: its rows go, the key gets []. */
		const empty = (key: string) => {
			const at = find(key);
			lines.splice(at + 1, endOf(at) - at - 1);
			lines[at] = `${lines[at]} []`;
		};
		set('ref', '"REGAC-999-2026"');
		set('name', 'Exempelföretaget AB');
		set('orgNumber', '"556016-0680"');
		set('status', 'granted');
		set('date', '2026-03-12');
		set('kind', 'grant');
		remove('proposed');
		set('body', 'Regionala utvecklingsnämnden');
		set('reference', '"§ 14"');
		set('summary', 'Projektet beviljas 500 000 kr.');
		set('start', '2026-04');
		set('end', '2027-12-31');
		set('fund', 'ERUF');
		set('code', '"1"');
		set('name', 'Västerbotten - en nytänkande och smart region');
		remove('sub');
		set('municipalities', '[Skellefteå, Umeå]');
		remove('locationNote');
		set('grantedAmount', '500 000');
		set('appliedAmount', '500 000');
		set('totalBudget', '1 000 000');
		remove('paidAmount');
		remove('paidDate');
		set('workStatus', 'ongoing');
		remove('workStatusDate');
		set('financier', 'Region Västerbotten');
		set('amount', '500 000');
		const inKind = find('inKind');
		lines.splice(inKind + 1, 0, '  - financier: Tillväxtverket (ERUF)', '    amount: 500 000');
		set('category', 'Personal');
		set('amount', '1 000 000');
		empty('activities');
		set('kind', 'output');
		set('name', 'Företag som får stöd');
		set('target', '20');
		set('unit', 'Företag');
		remove('baseline');
		remove('note');
		set('agenda2030', '[7, 9]');
		remove('priorityAxis');
		remove('thematicObjective');
		remove('programmeArea');
		set('grantedAmountEur', '50 000');
		empty('spellings');
		set('document', 'Region Västerbotten, beslut 2026-03-12');
		set('passage', '"§ 14"');
		remove('corrections');
		const filled = lines.join('\n').replace('Sammanfattningen ur källan, ordagrant.', 'Projektet sätter solceller på taket.');
		const { problems, entries } = validate(filled);
		expect(problems.map(formatProblem)).toEqual([]);
		expect(entries[0]!.data).toMatchObject({
			id: '20390999',
			grantedAmount: 500_000,
			municipalities: ['Skellefteå', 'Umeå'],
			period: { start: '2026-04' },
			workStatus: 'ongoing',
			financing: [
				{ financier: 'Region Västerbotten', amount: 500_000, inKind: false },
				{ financier: 'Tillväxtverket (ERUF)', amount: 500_000, inKind: false },
			],
			indicators: [{ kind: 'output', target: 20 }],
			activities: [],
			grantedAmountEur: 50_000,
			spellings: [],
			corrections: [],
		});
		expect(filled).toContain('# Kommuner: '); // the comments stay for the next editor
	});

	it('is written under the project, never over an existing entry', () => {
		const root = mkdtempSync(join(tmpdir(), 'new-entry-'));
		const entry = { id: '20390999', title: 'Projekt' };
		expect(createEntryFile(entry, siteConfig, root)).toBe('src/content/projects/20390999.md');
		expect(readFileSync(join(root, 'src/content/projects/20390999.md'), 'utf8')).toContain('title: Projekt\n');
		writeFileSync(join(root, 'src/content/projects/20390999.md'), 'Redigerad.');
		expect(() => createEntryFile(entry, siteConfig, root)).toThrowErrorMatchingInlineSnapshot(
			`[Error: src/content/projects/20390999.md finns redan och skrivs inte över. Öppna den och rätta den i stället.]`,
		);
		expect(readFileSync(join(root, 'src/content/projects/20390999.md'), 'utf8')).toBe('Redigerad.');
		mkdirSync(join(root, 'src/content/projects/2026'));
		writeFileSync(join(root, 'src/content/projects/2026/20390998.md'), 'Annan.');
		expect(() => createEntryFile({ id: '20390998', title: 'X' }, siteConfig, root)).toThrow(
			'src/content/projects/2026/20390998.md finns redan',
		);
	});

	it('says what is wrong with the options', () => {
		expect(newEntryProblem({ id: '2039099', title: 'X' }, siteConfig)).toMatchInlineSnapshot(
			`"--id ska vara ett ärende-id med 8 siffror, t.ex. 20390999 (det står "2039099")."`,
		);
		expect(newEntryProblem({ id: '20390999', title: ' ' }, siteConfig)).toMatchInlineSnapshot(
			`"--title ska vara projektets namn som i källan."`,
		);
		expect(newEntryProblem({ id: '20390999', title: 'X', decider: 'Västerbotten' }, siteConfig)).toMatchInlineSnapshot(
			`"--decider ska vara ett av "Region Västerbotten", "Region Norrbotten", "Region Västernorrland", "Tillväxtverket" (det står "Västerbotten")."`,
		);
		expect(newEntryProblem({ id: '20390999', title: 'X', decider: 'Region Norrbotten' }, siteConfig)).toBeUndefined();
	});

	it('leaves the decider for the editor when none is given and the settings have several', () => {
		expect(scaffoldEntry({ id: '20390999', title: 'X' }, siteConfig)).toMatch(/\ndecider:\n/);
	});
});
