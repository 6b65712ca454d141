// npm run import -- --decider "Region Västerbotten" [--format vasterbotten|projektbanken | --mapping FILE.json] [--dry-run] [--force]
//   [--source "…"] [--encoding windows-1252] FILE.csv|FILE.xlsx|FILE.json
// One entry per row of an export, read through a column mapping: Region Västerbotten's list by default, Tillväxtverket's
// Projektbanken with --format projektbanken, any other spreadsheet with a mapping file (docs/entry-format.md). CSV and JSON are
// read as UTF-8 unless another encoding is named. Any invalid row is reported (file:row: column – what to do, one line per
// distinct value) and nothing is written; entries edited by hand since their import are left alone unless --force.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECTS_DIR, readEntryFiles } from '../src/entries/files.ts';
import {
	decodeSpreadsheet,
	ENCODINGS,
	IMPORT_FAILED,
	importReport,
	planImport,
	writePlanned,
	type Encoding,
} from '../src/entries/import.ts';
import { parseMapping, SHIPPED_MAPPINGS, type ImportMapping } from '../src/entries/mapping.ts';
import { readCsvTable } from '../src/entries/csv.ts';
import { readJsonTable, readXlsxTable } from '../src/entries/records.ts';
import { readSources } from '../src/entries/sources.ts';
import { problemReport } from '../src/entries/validate.ts';
import { siteConfig } from '../src/site.config.ts';

const USAGE =
	'Så här: npm run import -- --decider "Region Västerbotten" [--format vasterbotten|projektbanken] [--mapping mappning.json] [--dry-run] [--force] [--source "Dokumentets titel"] [--encoding windows-1252] beslut.csv (eller .xlsx, .json)';

function fail(message: string): never {
	console.error(`${message}\n${USAGE}`);
	process.exit(1);
}

let parsed: ReturnType<typeof parse>;
function parse() {
	return parseArgs({
		allowPositionals: true,
		options: {
			decider: { type: 'string' },
			source: { type: 'string' },
			format: { type: 'string' },
			mapping: { type: 'string' },
			encoding: { type: 'string', default: 'utf-8' },
			'dry-run': { type: 'boolean', default: false },
			force: { type: 'boolean', default: false },
		},
	});
}
try {
	parsed = parse();
} catch {
	fail('Okänt eller ofullständigt val.');
}
const { values, positionals } = parsed;
if (positionals.length !== 1) fail('Ange en fil: CSV, XLSX eller JSON.');
if (!values.decider) fail(`Ange --decider (det beslutande organet), ett av ${siteConfig.deciders.map((r) => `"${r.name}"`).join(', ')}.`);
const encoding = values.encoding.toLowerCase();
if (!(ENCODINGS as readonly string[]).includes(encoding))
	fail(`--encoding ${JSON.stringify(values.encoding)} känns inte igen: ange ${ENCODINGS.join(' eller ')}.`);
if (values.format && values.mapping) fail('Ange antingen --format eller --mapping, inte båda.');
const formats = Object.keys(SHIPPED_MAPPINGS);
if (values.format && !SHIPPED_MAPPINGS[values.format])
	fail(
		`--format ${JSON.stringify(values.format)} känns inte igen: ange ${formats.join(' eller ')}, eller en egen mappningsfil med --mapping.`,
	);
let mapping: ImportMapping = SHIPPED_MAPPINGS[values.format ?? 'vasterbotten']!;
if (values.mapping) {
	let text: string;
	try {
		text = readFileSync(values.mapping, 'utf8');
	} catch {
		fail(`Mappningsfilen ${values.mapping} går inte att läsa.`);
	}
	const read = parseMapping(text, values.mapping);
	if (!read.mapping) fail(`Mappningsfilen är felaktig:\n${read.problems.join('\n')}\nSe formatet i docs/entry-format.md.`);
	mapping = read.mapping;
}
const file = positionals[0]!;
const type = extname(file).toLowerCase();
if (!['.csv', '.txt', '.xlsx', '.json'].includes(type))
	fail(`${file}: filen ska vara en CSV-, XLSX- eller JSON-export (.csv, .xlsx eller .json).`);
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

const options = { file, decider: values.decider, source: values.source, force: values.force, sources, mapping };
const plan = await (async () => {
	if (type === '.xlsx') return planImport(await readXlsxTable(bytes), options, readEntryFiles(PROJECTS_DIR), siteConfig);
	const decoded = decodeSpreadsheet(bytes, file, encoding as Encoding, type === '.json' ? 'JSON-filen' : 'CSV-filen');
	if (decoded.problems.length > 0) return { planned: [], problems: decoded.problems, warnings: [] };
	const table = type === '.json' ? readJsonTable(decoded.text) : readCsvTable(decoded.text);
	return planImport(table, options, readEntryFiles(PROJECTS_DIR), siteConfig);
})();
if (plan.problems.length > 0) {
	console.error(problemReport(plan.problems, IMPORT_FAILED));
	process.exit(1);
}
if (!values['dry-run']) writePlanned(plan.planned);
console.log(importReport(plan.planned, { file, decider: values.decider, dryRun: values['dry-run'], warnings: plan.warnings, mapping }));
