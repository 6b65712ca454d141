import type { APIRoute } from 'astro';
import { buildTime } from '../../views/build-time.ts';
import { loadBank } from '../../views/collection.ts';
import { openDataFiles } from '../../views/data-page.ts';
import { dcatCatalogue } from '../../views/dcat.ts';
import { urls } from '../../urls.ts';

/** The DCAT-AP-SE catalogue of the files on /data/, for data portals to harvest. */
export const GET: APIRoute = async () => {
	const bank = await loadBank();
	const files = openDataFiles(bank, buildTime).filter((f) => f.href !== urls.dcatCatalogue);
	return new Response(dcatCatalogue(bank, files, buildTime), { headers: { 'Content-Type': 'application/rdf+xml; charset=utf-8' } });
};
