// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { rejectUnsafeMarkdown } from './src/lib/markdown-safety.ts';
import { siteConfig } from './src/site.config.ts';

export default defineConfig({
	site: siteConfig.baseUrl,
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [mdx()],
	markdown: {
		// Summaries are quoted verbatim: no smart quotes. Raw HTML in an entry stops the build.
		processor: satteri({ mdastPlugins: [rejectUnsafeMarkdown], features: { smartPunctuation: false } }),
	},
	security: { csp: true },
});
