import type { APIRoute } from 'astro';
import { financingCsv } from '../../views/open-data.ts';

/** One row per row of every financing table, for Swedish Excel (views/csv.ts). */
export const GET: APIRoute = async () => new Response(await financingCsv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
