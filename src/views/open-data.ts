/** /data/projekt.json: the public contract (README, "Open data"): every validated field of every entry. */
import { sortProjects } from '../domain/listing.ts';
import { correctedRowAmounts } from '../domain/financing.ts';
import { countiesOf, municipalitiesOf, worksAcrossCounty } from '../domain/places.ts';
import type { ProjectEntry } from '../domain/project.ts';
import { urls } from '../urls.ts';
import { loadBank } from './collection.ts';

/**
 * The open-data record: every validated field, the page URL, places with their official codes
 * (every county the project works in, `countyLevel` where the source names the county rather than
 * municipalities), and each financing row's amount as corrected beside the published one, so that
 * summing `correctedAmount` gives the totals the site shows.
 */
export function openDataRecord(entry: ProjectEntry, baseUrl: string) {
	const { data } = entry;
	const corrected = correctedRowAmounts(data);
	return {
		key: entry.key,
		url: urls.absolute(urls.project(entry.key), baseUrl),
		...data,
		financing: data.financing.map((row, i) => ({ ...row, correctedAmount: corrected[i]! })),
		municipalities: municipalitiesOf(data).map((m) => ({ name: m.name, code: m.code })),
		counties: countiesOf(data).map((c) => ({ name: c.name, code: c.code, countyLevel: worksAcrossCounty(data, c) })),
		summary: entry.body,
	};
}

export type OpenDataRecord = ReturnType<typeof openDataRecord>;

export async function projectsFile(generated: Date) {
	const bank = await loadBank();
	return {
		generated: generated.toISOString(),
		licence: bank.config.dataLicence,
		projects: sortProjects(bank.projects, { key: 'title', direction: 'asc' }).map((p) => openDataRecord(p, bank.config.baseUrl)),
	};
}
