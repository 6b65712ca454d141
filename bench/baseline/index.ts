// Builds the search index of the baseline's built pages with Pagefind's Node API, as the bank did before its shards.
import * as pagefind from 'pagefind';

const site = process.argv[2] ?? 'dist';
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'sv' });
if (!index) throw new Error(errors.join('; '));
const added = await index.addDirectory({ path: site });
if (added.errors.length) throw new Error(added.errors.join('; '));
await index.writeFiles({ outputPath: `${site}/pagefind` });
await pagefind.close();
console.log(`baseline: ${added.page_count} pages indexed`);
