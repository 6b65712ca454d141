import type { APIRoute, GetStaticPaths } from 'astro';
import { buildTime } from '../../views/build-time.ts';
import { loadBank } from '../../views/collection.ts';
import { threeSixtyGivingExport } from '../../views/threesixty-giving.ts';

/** /data/360giving.json: made only where the bank has a 360Giving prefix and a grant the standard can hold. */
export const getStaticPaths = (async () => {
	const giving = threeSixtyGivingExport(await loadBank(), buildTime);
	return giving.package ? [{ params: { file: '360giving' }, props: { content: JSON.stringify(giving.package) } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(props.content as string, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
