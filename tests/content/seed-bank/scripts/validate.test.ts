/** npm run validate as CI runs it: annotations for GitHub, a code-quality report for GitLab. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { stringify } from 'yaml';
import { readSources } from '../../../../src/entries/sources.ts';
import { modified } from '../../../helpers/fixtures.ts';

const SCRIPT = resolve('scripts/validate.ts');

it('--format github annotates each problem on its line; --codequality writes the report; the exit says whether any was found', () => {
	const dir = mkdtempSync(join(tmpdir(), 'validate-cli-'));
	// One problem only: the entry cites a document the bank ships (if it ships any), and misspells a municipality.
	const cited = readSources()[0]?.title;
	const entry = modified((e) => {
		e.municipalities = ['Umea'];
		if (cited) e.source = { document: cited };
	});
	writeFileSync(join(dir, `${entry.id}.md`), `---\n${stringify(entry)}---\nSammanfattning.\n`);
	const report = join(dir, 'gl-code-quality.json');
	const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, dir, ...args], { encoding: 'utf8' });
	const result = run('--format', 'github', '--codequality', report);
	expect(result.status).toBe(1);
	const annotation = result.stdout.split('\n').find((l) => l.startsWith('::error '));
	expect(annotation).toMatch(
		new RegExp(
			`^::error file=[^,]*validate-cli-\\w+/${entry.id}\\.md,line=\\d+,title=Ogiltig post%3A municipalities%2C rad 1::municipalities, rad 1 – "Umea" är ingen av Sveriges 290 kommuner\\.`,
		),
	);
	expect(result.stderr).toContain('1 fel i 1 fil.');
	expect(JSON.parse(readFileSync(report, 'utf8'))).toHaveLength(1);
	// Plain text by default: no annotation.
	expect(run().stdout).not.toContain('::error');
	expect(run('--format', 'xml').stderr).toContain('--format ska vara text eller github');
}, 30_000);

it('prints data-quality warnings after the errors as "varning" lines, and exits 0 when there are only warnings', () => {
	const dir = mkdtempSync(join(tmpdir(), 'validate-warn-'));
	const cited = readSources()[0]?.title;
	const entry = modified((e) => {
		if (cited) e.source = { document: cited };
	});
	writeFileSync(join(dir, `${entry.id}.md`), `---\n${stringify(entry)}---\nEj aktuellt\n`);
	const result = spawnSync(process.execPath, [SCRIPT, dir], { encoding: 'utf8' });
	expect(result.stderr).toMatch(new RegExp(`^varning: [^\\n]*${entry.id}\\.md:\\d+: body – sammanfattningen är bara ”Ej aktuellt”`, 'm'));
	expect(result.stderr).toContain('1 varning om datakvalitet (de stoppar inte bygget).');
	expect(result.status).toBe(0);
	expect(result.stdout).toContain('är giltiga');
}, 30_000);
