// Validates every entry, as the build does, without building: one line per problem, non-zero exit if any.
import { readEntryFiles, PROJECTS_DIR } from '../src/entries/files.ts';
import { validateEntries } from '../src/entries/validate.ts';
import { siteConfig } from '../src/site.config.ts';

const dir = process.argv[2] ?? PROJECTS_DIR;
const { entries, errors } = validateEntries(readEntryFiles(dir), siteConfig);
if (errors.length > 0) {
	console.error(`${errors.length} problem(s) in ${dir}; nothing was built:\n`);
	for (const line of errors) console.error(`  ${line}`);
	process.exit(1);
}
console.log(`${entries.length} entries valid.`);
