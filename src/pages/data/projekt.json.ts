import type { APIRoute } from 'astro';
import { loadProjects } from '../../lib/collection.ts';
import { sortProjects, toOpenDataRecord } from '../../lib/projects.ts';
import { siteConfig } from '../../site.config.ts';

/** The public contract: see README ("Open data"). */
export const GET: APIRoute = async () => {
	const projects = sortProjects(await loadProjects(), { key: 'title', direction: 'asc' });
	const body = {
		generated: new Date().toISOString(),
		licence: siteConfig.dataLicence,
		projects: projects.map((p) => toOpenDataRecord(p, siteConfig.baseUrl)),
	};
	return new Response(JSON.stringify(body, null, '\t'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
