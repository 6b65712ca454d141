/**
 * Build input, not a page: a bundle of files (path → content) that the file-bundles integration
 * writes into the site and then removes (views/file-bundles.ts).
 */
import type { APIRoute } from 'astro';
import { content, paths } from '../../views/file-bundles.ts';

export const getStaticPaths = paths;

export const GET: APIRoute = async ({ params }) => new Response(await content(params.bundle!));
