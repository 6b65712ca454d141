/** Build input, not a page: which search shards there are, in the order the search page searches them. */
import type { APIRoute } from 'astro';
import { manifest } from '../../views/search-page.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(await manifest()));
