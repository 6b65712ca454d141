import type { APIRoute, GetStaticPaths } from 'astro';
import { placeFilePaths } from '../../../views/compare.ts';

/** /jamfor/<kommun|lan>/<slug>.json: one place's figures, read by the compare page's script. */
export const getStaticPaths = (() => placeFilePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(props.content as string, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
