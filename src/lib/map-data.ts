/** What each map shows: per area its link, accessible name and shade, plus the legend in words. */
import { countyFacets, municipalityFacets, type Facet } from './facets.ts';
import { countProjects, formatKronor, formatNumber } from './format.ts';
import { choropleth } from './map.ts';
import type { ProjectEntry } from './projects.ts';

export interface MapModel {
	areas: { code: string; href: string; label: string; shade: number }[];
	legend: string[];
}

function model(facets: (Facet & { code: string })[], value: (f: Facet) => number, describe: (n: number) => string, none: string, range: (lo: number, hi?: number) => string): MapModel {
	const values = facets.map(value);
	const { breaks, classOf } = choropleth(values);
	const legend = [none];
	let low = 1;
	for (const b of breaks) {
		legend.push(range(low, b));
		low = b + 1;
	}
	legend.push(range(low));
	return {
		areas: facets.map((f) => ({ code: f.code, href: f.path, label: `${f.name}: ${describe(value(f))}`, shade: classOf(value(f)) })),
		legend,
	};
}

const countRange = (lo: number, hi?: number) => (hi === undefined ? `${formatNumber(lo)} projekt eller fler` : lo === hi ? countProjects(lo) : `${formatNumber(lo)}–${formatNumber(hi)} projekt`);
const moneyRange = (lo: number, hi?: number) => (hi === undefined ? `mer än ${formatKronor(lo - 1)}` : `upp till ${formatKronor(hi)}`);

export function municipalityCountMap(projects: readonly ProjectEntry[]): MapModel {
	const facets = municipalityFacets(projects).map((f) => ({ ...f, code: f.municipality.code }));
	return model(facets, (f) => f.projects.length, (n) => (n ? countProjects(n) : 'inga projekt'), 'Inga projekt', countRange);
}

export function municipalityMoneyMap(projects: readonly ProjectEntry[]): MapModel {
	const facets = municipalityFacets(projects).map((f) => ({ ...f, code: f.municipality.code }));
	return model(
		facets,
		(f) => f.attribution.evenShareBudget ?? 0,
		(n) => (n ? `${formatKronor(n)} (beräknad jämn andel av budgetarna)` : 'inga projekt med budget'),
		'Inga projekt med budget',
		moneyRange,
	);
}

export function countyCountMap(projects: readonly ProjectEntry[]): MapModel {
	const facets = countyFacets(projects).map((f) => ({ ...f, code: f.county.code }));
	return model(facets, (f) => f.projects.length, (n) => (n ? countProjects(n) : 'inga projekt'), 'Inga projekt', countRange);
}
