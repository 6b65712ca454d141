// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { nestEntryHeadings, prefixHeadingIds, rejectUnsafeMarkdown } from './src/lib/entry-markdown.ts';
import { SCRIPTING_CLASS } from './src/lib/scripting.ts';
import { siteConfig } from './src/site.config.ts';

export default defineConfig({
	site: siteConfig.baseUrl,
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [mdx()],
	markdown: {
		// Summaries are quoted verbatim: no smart quotes. Raw HTML in an entry stops the build.
		syntaxHighlight: false,
		processor: satteri({ mdastPlugins: [rejectUnsafeMarkdown, nestEntryHeadings], hastPlugins: [prefixHeadingIds], features: { smartPunctuation: false } }),
	},
	security: {
		csp: {
			// Everything comes from this site; Pagefind's search runs as WebAssembly.
			directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
			scriptDirective: {
				resources: ["'self'", "'wasm-unsafe-eval'"],
				// The one inline script (src/lib/scripting.ts), allowed by its hash.
				hashes: [`sha256-${createHash('sha256').update(SCRIPTING_CLASS).digest('base64')}`],
			},
		},
	},
});
