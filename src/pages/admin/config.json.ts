import type { APIRoute } from 'astro';
import { createCmsConfig } from '../../cms/config.ts';
import { siteConfig } from '../../site.config.ts';

/** The editing app's configuration, made from the entry schema and the settings at build time. */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(createCmsConfig(siteConfig), null, '\t'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
