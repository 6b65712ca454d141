// npm run import -- --decider "Region Västerbotten" [--dry-run] [--force] [--source "…"] [--encoding windows-1252] FILE.csv: one
// entry per row of a decision round exported from a spreadsheet, read as UTF-8 unless another encoding is named. Any invalid row is reported (file:row: column – what to do) and nothing
// is written; entries edited by hand since their import are left alone unless --force.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PROJECTS_DIR, readEntryFiles } from '../src/entries/files.ts';
import { decodeSpreadsheet, ENCODINGS, IMPORT_FAILED, importReport, planImport, writePlanned, type Encoding } from '../src/entries/import.ts';
import { readSources } from '../src/entries/sources.ts';
import { problemReport } from '../src/entries/validate.ts';
import { siteConfig } from '../src/site.config.ts';

const USAGE = 'Så här: npm run import -- --decider "Region Västerbotten" [--dry-run] [--force] [--source "Dokumentets titel"] [--encoding windows-1252] beslut.csv';

function fail(message: string): never {
	console.error(`${message}\n${USAGE}`);
	process.exit(1);
}

let parsed: ReturnType<typeof parse>;
function parse() {
	return parseArgs({
		allowPositionals: true,
		options: { decider: { type: 'string' }, source: { type: 'string' }, encoding: { type: 'string', default: 'utf-8' }, 'dry-run': { type: 'boolean', default: false }, force: { type: 'boolean', default: false } },
	});
}
try {
	parsed = parse();
} catch {
	fail('Okänt eller ofullständigt val.');
}
const { values, positionals } = parsed;
if (positionals.length !== 1) fail('Ange en CSV-fil.');
if (!values.decider) fail(`Ange --decider (det beslutande organet), ett av ${siteConfig.deciders.map((r) => `"${r.name}"`).join(', ')}.`);
const encoding = values.encoding.toLowerCase();
if (!(ENCODINGS as readonly string[]).includes(encoding)) fail(`--encoding ${JSON.stringify(values.encoding)} känns inte igen: ange ${ENCODINGS.join(' eller ')}.`);
const file = positionals[0]!;
let bytes: Uint8Array;
try {
	bytes = readFileSync(file);
} catch {
	fail(`Filen ${file} går inte att läsa.`);
}

let sources: ReturnType<typeof readSources>;
try {
	sources = readSources();
} catch (error) {
	fail(`${(error as Error).message}\nRätta källdokumenten först (npm run validate visar dem också).`);
}
const decoded = decodeSpreadsheet(bytes, file, encoding as Encoding);
const options = { file, decider: values.decider, source: values.source, force: values.force, sources };
const { planned, problems } = decoded.problems.length > 0 ? { planned: [], problems: decoded.problems } : planImport(decoded.text, options, readEntryFiles(PROJECTS_DIR), siteConfig);
if (problems.length > 0) {
	console.error(problemReport(problems, IMPORT_FAILED));
	process.exit(1);
}
if (!values['dry-run']) writePlanned(planned);
console.log(importReport(planned, { file, decider: values.decider, dryRun: values['dry-run'] }));
