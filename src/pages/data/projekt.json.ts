import type { APIRoute } from 'astro';
import { buildTime } from '../../views/build-time.ts';
import { projectsJson } from '../../views/open-data.ts';

/** The public contract: see README ("Open data") and /data/schema.json. */
export const GET: APIRoute = async () =>
	new Response(await projectsJson(buildTime), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
