/**
 * Builds the Pagefind search index when Astro has written the site, so `astro build` alone yields
 * the whole site. Only project pages are indexed (data-pagefind-body), in Swedish, and every one
 * of them must be in the index.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export async function writeSearchIndex(site: string): Promise<number> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'sv' });
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	try {
		const added = await index.addDirectory({ path: site });
		if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
		const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
		if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
	} finally {
		await pagefind.close();
	}
	const projectPages = readdirSync(join(site, 'projekt'), { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'lista').length;
	const entry = JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8'));
	const indexed: number = entry.languages.sv?.page_count ?? 0;
	if (indexed !== projectPages) throw new Error(`expected ${projectPages} project pages in the Swedish search index, found ${indexed}`);
	return indexed;
}

export function searchIndex(): AstroIntegration {
	return {
		name: 'search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const indexed = await writeSearchIndex(fileURLToPath(dir));
				logger.info(`${indexed} project pages indexed (Swedish) into pagefind/`);
			},
		},
	};
}
