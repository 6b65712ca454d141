/**
 * npm run test:synthetic-bank: the unit tests must pass for any valid bank, not only the shipped one.
 * Copies the project to a temporary folder, replaces its entries with synthetic ones (support/
 * synthetic-corpus.ts, as the bench does) and its source documents with renamed copies, then runs
 * `npm run test:unit` there and prints "synthetic bank: N passed, N failed" (exit code of the run).
 *
 *   node scripts/test-synthetic-bank.ts [--projects 60] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { copyProject } from '../support/copy-project.ts';
import { writeSyntheticCorpus, writeSyntheticSources } from '../support/synthetic-corpus.ts';

const { values } = parseArgs({ options: { projects: { type: 'string', default: '60' }, keep: { type: 'boolean', default: false } } });
const count = Number(values.projects);
if (!Number.isInteger(count) || count < 1) throw new Error(`--projects: a whole number of projects, not "${values.projects}"`);

const dir = copyProject(undefined, 'projektbank-synthetic-');
writeSyntheticCorpus(dir, count);
writeSyntheticSources(dir);
console.log(`${count} synthetic projects and renamed source documents in ${dir}; npm run test:unit there`);
const report = join(dir, 'test-results/synthetic-unit.json');
const run = spawnSync('npm', ['run', 'test:unit', '--', '--reporter=default', '--reporter=json', `--outputFile=${report}`], {
	cwd: dir,
	stdio: 'inherit',
});
let summary = 'no report written';
try {
	const json = JSON.parse(readFileSync(report, 'utf8'));
	const files: { status: string }[] = json.testResults;
	summary = `${json.numPassedTests} passed, ${json.numFailedTests} failed (${files.filter((f) => f.status === 'failed').length} of ${files.length} files with a failure)`;
} catch {
	// The run did not get as far as its report: its own output above says why.
}
console.log(`synthetic bank: ${summary}`);
if (values.keep) console.log(`kept: ${dir}`);
else rmSync(dir, { recursive: true, force: true });
process.exit(run.status ?? 1);
