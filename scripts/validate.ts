// Validates every entry before the site is built; exits non-zero with one line per problem.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfig } from '../src/site.config.ts';
import { validateEntries } from '../src/lib/validate.ts';

const dir = process.argv[2] ?? 'src/content/projects';

function walk(path: string): string[] {
	return readdirSync(path, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(path, d.name)) : [join(path, d.name)]));
}

const files = walk(dir).sort().map((path) => ({ path, content: readFileSync(path, 'utf8') }));
const { entries, errors } = validateEntries(files, siteConfig);
if (errors.length > 0) {
	console.error(`${errors.length} problem(s) in ${dir}; nothing was built:\n`);
	for (const line of errors) console.error(`  ${line}`);
	process.exit(1);
}
console.log(`${entries.length} entries valid.`);
