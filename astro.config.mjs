// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { SCRIPTING_CLASS } from './src/client/scripting.ts';
import { nestEntryHeadings, prefixHeadingIds, rejectUnsafeMarkdown } from './src/entries/markdown.ts';
import { editingApp } from './src/integrations/editing-app.ts';
import { localised404 } from './src/integrations/localised-404.ts';
import { fileBundles } from './src/integrations/file-bundles.ts';
import { precompress } from './src/integrations/precompress.ts';
import { pruneStale } from './src/integrations/prune-stale.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { stagedOutput } from './src/integrations/staged-output.ts';
import { inSitemap } from './src/urls.ts';
import { siteConfig } from './src/site.config.ts';

// Written before prune-stale looks for what this build did not make, and kept by it.
const bundles = fileBundles();

export default defineConfig({
	site: siteConfig.baseUrl,
	trailingSlash: 'always',
	// Swedish at the root, the English edition under /en/ (src/i18n/locale.ts says which pages it has).
	i18n: { locales: ['sv', 'en'], defaultLocale: 'sv', routing: { prefixDefaultLocale: false } },
	build: {
		format: 'directory',
		// Pages render while earlier ones are written: measured at 10,000 projects, 4 beats 1 by a quarter of the build.
		concurrency: 4,
	},
	experimental: {
		// Pages whose model is unchanged (their getStaticPaths cacheKey, src/views/cache-key.ts) are kept from
		// the last build; a change to the code they are built from renders them again.
		incrementalBuild: true,
	},
	// The build writes to dist.next/, a copy of the last good dist/ (staged-output), so that kept pages are not
	// copied back from the cache; the prune-stale integration removes whatever this build no longer makes.
	vite: {
		// Scripts stay files, never inlined: a browser caches one file instead of reading the same code
		// again in each of 10,000 project pages. Other assets keep Vite's limit.
		build: { emptyOutDir: false, assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
	},
	integrations: [
		mdx(),
		bundles.integration,
		pruneStale({ skip: ['pagefind', 'admin/app'], rewritten: ['_astro'], alsoMade: bundles.written }),
		// After prune-stale: /en/404/index.html to /en/404.html, where hosts look for it.
		localised404(['en']),
		searchIndex(),
		editingApp(),
		// Every public page; no lastmod, so an unchanged site gives an unchanged sitemap.
		// Each page with an English version names both by hreflang (xhtml:link), as its <head> does.
		sitemap({
			filter: inSitemap,
			i18n: { defaultLocale: 'sv', locales: { sv: 'sv', en: 'en' } },
			namespaces: { news: false, video: false, image: false, xhtml: true },
		}),
		// It reads the policy from the built pages and lists the site's folders.
		securityHeaders(),
		// After every file is written: gzip and Brotli copies, if the settings ask for them.
		precompress(siteConfig.precompressed),
		// Last: puts the whole site in dist/ once every other step has written its files.
		stagedOutput(),
	],
	markdown: {
		// Summaries are quoted verbatim: no smart quotes. Raw HTML in an entry stops the build.
		syntaxHighlight: false,
		processor: satteri({
			mdastPlugins: [rejectUnsafeMarkdown, nestEntryHeadings],
			hastPlugins: [prefixHeadingIds],
			features: { smartPunctuation: false },
		}),
	},
	security: {
		csp: {
			// Everything comes from this site; Pagefind's search runs as WebAssembly.
			directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
			scriptDirective: {
				resources: ["'self'", "'wasm-unsafe-eval'"],
				// The one inline script (src/client/scripting.ts), allowed by its hash.
				hashes: [`sha256-${createHash('sha256').update(SCRIPTING_CLASS).digest('base64')}`],
			},
		},
	},
});
