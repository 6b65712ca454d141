import type { APIRoute } from 'astro';
import { projectsFile } from '../../views/open-data.ts';

/** The public contract: see README ("Open data"). */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(await projectsFile(new Date()), null, '\t'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
