// Validates every entry, as the build does, without building: one line per problem (file:line: field – what
// was expected, what the file says, what to do), a count at the end, and a non-zero exit if there is any.
// Files unchanged since the last run (and checked by the same code and settings) are not read again: the
// build and this script share the cache in Astro's cache folder.
import { readEntryFiles, PROJECTS_DIR } from '../src/entries/files.ts';
import { readSources } from '../src/entries/sources.ts';
import { problemReport, validateEntries } from '../src/entries/validate.ts';
import { validationCache, validatorVersion } from '../src/entries/validation-cache.ts';
import { siteConfig } from '../src/site.config.ts';

const dir = process.argv[2] ?? PROJECTS_DIR;
const cache = validationCache('node_modules/.astro/entry-validation.json', validatorVersion('.', siteConfig));
// Broken source documents are reported too; the entries are then checked without them, so that this run still lists every entry's problems.
let sources: ReturnType<typeof readSources> | undefined;
let sourceErrors = '';
try {
	sources = readSources();
} catch (error) {
	sourceErrors = `${(error as Error).message}\n\n`;
}
const { entries, problems } = validateEntries(readEntryFiles(dir), siteConfig, cache, sources);
cache.save();
if (sourceErrors) console.error(sourceErrors.trimEnd());
if (problems.length > 0) {
	console.error(problemReport(problems, 'Rätta dem och kör npm run validate igen.'));
	process.exit(1);
}
if (sourceErrors) process.exit(1);
console.log(`Alla ${entries.length} poster i ${dir} är giltiga.`);
