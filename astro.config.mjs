// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { nestEntryHeadings, prefixHeadingIds, rejectUnsafeMarkdown } from './src/lib/entry-markdown.ts';
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
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
});
