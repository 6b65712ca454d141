// Builds the Pagefind index of the built site: only project pages (data-pagefind-body), in Swedish.
import { readdirSync, readFileSync } from 'node:fs';
import * as pagefind from 'pagefind';

const site = process.argv[2] ?? 'dist';
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'sv' });
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
await pagefind.close();

// Only project pages carry data-pagefind-body; every one of them must be in the index.
const projectPages = readdirSync(`${site}/projekt`, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'lista').length;
const entry = JSON.parse(readFileSync(`${site}/pagefind/pagefind-entry.json`, 'utf8'));
const indexed = entry.languages.sv?.page_count ?? 0;
if (indexed !== projectPages) throw new Error(`expected ${projectPages} project pages in the Swedish search index, found ${indexed}`);
console.log(`Search index: ${indexed} project pages indexed (Swedish) into ${site}/pagefind.`);
