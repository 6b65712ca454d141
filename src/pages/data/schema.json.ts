import type { APIRoute } from 'astro';
import { openDataJsonSchema } from '../../schemas/open-data.ts';
import { siteConfig } from '../../site.config.ts';
import { urls } from '../../urls.ts';

/** The JSON Schema of the open data, generated from its zod schema so that it cannot drift. */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(openDataJsonSchema(urls.absolute(urls.openDataSchema, siteConfig.baseUrl)), null, '\t'), {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
