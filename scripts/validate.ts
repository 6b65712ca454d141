// Validates every entry, as the build does, without building: one line per problem (file:line: field – what
// was expected, what the file says, what to do), a count at the end, and a non-zero exit if there is any.
// Files unchanged since the last run (and checked by the same code and settings) are not read again: the
// build and this script share the cache in Astro's cache folder.
//
//   npm run validate [-- DIR] [--format github] [--codequality FILE]
//
// --format github also prints each problem as a GitHub Actions annotation (shown on the line of the pull request);
// --codequality FILE writes GitLab's code-quality report (shown in the merge request). Both are used by the CI templates.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readEntryFiles, PROJECTS_DIR } from '../src/entries/files.ts';
import { readSources } from '../src/entries/sources.ts';
import { problemReport, validateEntries, warningReport } from '../src/entries/validate.ts';
import { validationCache, validatorVersion } from '../src/entries/validation-cache.ts';
import { githubAnnotations, gitlabCodeQuality } from '../src/problem-formats.ts';
import { siteConfig } from '../src/site.config.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { format: { type: 'string', default: 'text' }, codequality: { type: 'string' } },
});
if (values.format !== 'text' && values.format !== 'github') {
	console.error(`--format ska vara text eller github, inte "${values.format}".`);
	process.exit(2);
}
const dir = positionals[0] ?? PROJECTS_DIR;
const cache = validationCache('node_modules/.astro/entry-validation.json', validatorVersion('.', siteConfig));
// Broken source documents are reported too; the entries are then checked without them, so that this run still lists every entry's problems.
let sources: ReturnType<typeof readSources> | undefined;
let sourceErrors = '';
try {
	sources = readSources();
} catch (error) {
	sourceErrors = `${(error as Error).message}\n\n`;
}
const { entries, problems, warnings } = validateEntries(readEntryFiles(dir), siteConfig, cache, sources);
cache.save();
// Written even when all is well: an empty report tells GitLab that earlier problems are fixed.
if (values.codequality) writeFileSync(values.codequality, `${JSON.stringify(gitlabCodeQuality(problems), null, '\t')}\n`);
if (sourceErrors) console.error(sourceErrors.trimEnd());
if (problems.length > 0) {
	if (values.format === 'github') console.log(githubAnnotations(problems));
	console.error(problemReport(problems, 'Rätta dem och kör npm run validate igen.'));
}
// Warnings come after the errors and never fail the run: the entries publish what their sources say.
if (warnings.length > 0) {
	if (values.format === 'github') console.log(githubAnnotations(warnings, 'warning'));
	console.error(warningReport(warnings));
}
if (problems.length > 0 || sourceErrors) process.exit(1);
console.log(`Alla ${entries.length} poster i ${dir} är giltiga.`);
