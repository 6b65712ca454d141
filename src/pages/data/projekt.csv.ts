import type { APIRoute } from 'astro';
import { projectsCsv } from '../../views/open-data.ts';

/** One row per project, for Swedish Excel (views/csv.ts). */
export const GET: APIRoute = async () => new Response(await projectsCsv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
