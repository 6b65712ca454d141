// npm run import -- --region "Region Västerbotten" [--dry-run] [--force] [--source "…"] FILE.csv: one entry per row of a
// decision round exported from a spreadsheet. Any invalid row is reported (file:row: column – what to do) and nothing
// is written; entries edited by hand since their import are left alone unless --force.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PROJECTS_DIR, readEntryFiles } from '../src/entries/files.ts';
import { IMPORT_FAILED, importReport, planImport, writePlanned } from '../src/entries/import.ts';
import { problemReport } from '../src/entries/validate.ts';
import { siteConfig } from '../src/site.config.ts';

const USAGE = 'Så här: npm run import -- --region "Region Västerbotten" [--dry-run] [--force] [--source "Dokumentets namn"] beslut.csv';

function fail(message: string): never {
	console.error(`${message}\n${USAGE}`);
	process.exit(1);
}

let parsed: ReturnType<typeof parse>;
function parse() {
	return parseArgs({
		allowPositionals: true,
		options: { region: { type: 'string' }, source: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, force: { type: 'boolean', default: false } },
	});
}
try {
	parsed = parse();
} catch {
	fail('Okänt eller ofullständigt val.');
}
const { values, positionals } = parsed;
if (positionals.length !== 1) fail('Ange en CSV-fil.');
if (!values.region) fail(`Ange --region, en av ${siteConfig.regions.map((r) => `"${r.name}"`).join(', ')}.`);
const file = positionals[0]!;
let text: string;
try {
	text = readFileSync(file, 'utf8');
} catch {
	fail(`Filen ${file} går inte att läsa.`);
}

const options = { file, region: values.region, source: values.source, force: values.force };
const { planned, problems } = planImport(text, options, readEntryFiles(PROJECTS_DIR), siteConfig);
if (problems.length > 0) {
	console.error(problemReport(problems, IMPORT_FAILED));
	process.exit(1);
}
if (!values['dry-run']) writePlanned(planned);
console.log(importReport(planned, { file, region: values.region, dryRun: values['dry-run'] }));
