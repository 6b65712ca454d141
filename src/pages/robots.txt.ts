import type { APIRoute } from 'astro';
import { siteConfig } from '../site.config.ts';
import { urls } from '../urls.ts';

/** Made by @astrojs/sitemap (astro.config.mjs). */
const SITEMAP = '/sitemap-index.xml';

/** Every public page may be crawled; the editing app may not (its page also says noindex). */
export function robotsTxt(baseUrl: string): string {
	return ['User-agent: *', 'Allow: /', `Disallow: ${urls.admin}`, '', `Sitemap: ${urls.absolute(SITEMAP, baseUrl)}`, ''].join('\n');
}

export const GET: APIRoute = () =>
	new Response(robotsTxt(siteConfig.baseUrl), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
