/** /data/projekt.json: the public contract (README, "Open data"): every validated field of every entry. */
import { sortProjects } from '../domain/listing.ts';
import { countiesOf, municipalitiesOf } from '../domain/places.ts';
import type { ProjectEntry } from '../domain/project.ts';
import { urls } from '../urls.ts';
import { loadBank } from './collection.ts';

/** The open-data record: every validated field, derived counties and the page URL. */
export function openDataRecord(entry: ProjectEntry, baseUrl: string) {
	const { data } = entry;
	return {
		key: entry.key,
		url: urls.absolute(urls.project(entry.key), baseUrl),
		...data,
		municipalities: municipalitiesOf(data).map((m) => ({ name: m.name, code: m.code })),
		counties: countiesOf(data).map((c) => ({ name: c.name, code: c.code })),
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
