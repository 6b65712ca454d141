/** What each map shows: per area its link, accessible name and shade, plus the legend in words. */
import { countProjects, formatKronor, formatNumber } from '../format.ts';
import type { Bank } from './bank.ts';
import { countyFacets, municipalityFacets, type PlaceFacet } from './facets.ts';
import { choropleth, type MapGeometry } from './map-geometry.ts';

export interface MapModel {
	areas: { code: string; href: string; label: string; shade: number }[];
	legend: string[];
}

/** A map as a page shows it: the outlines and what each area shows. */
export interface MapSection extends MapModel {
	geometry: MapGeometry;
}

/** Legend entries for classes split at `breaks`: "none", then each range, then "above the last". */
export function legendFor(breaks: readonly number[], none: string, range: (lo: number, hi?: number) => string): string[] {
	const legend = [none];
	let low = 1;
	for (const b of breaks) {
		legend.push(range(low, b));
		low = b + 1;
	}
	legend.push(range(low));
	return legend;
}

function model<F extends PlaceFacet>(facets: (F & { code: string })[], value: (f: F) => number, describe: (n: number) => string, none: string, range: (lo: number, hi?: number) => string): MapModel {
	const { breaks, classOf } = choropleth(facets.map(value));
	return {
		areas: facets.map((f) => ({ code: f.code, href: f.path, label: `${f.name}: ${describe(value(f))}`, shade: classOf(value(f)) })),
		legend: legendFor(breaks, none, range),
	};
}

export const countRange = (lo: number, hi?: number) => (hi === undefined ? `${formatNumber(lo)} projekt eller fler` : lo === hi ? countProjects(lo) : `${formatNumber(lo)}–${formatNumber(hi)} projekt`);
export const moneyRange = (lo: number, hi?: number) => (hi === undefined ? `mer än ${formatKronor(lo - 1)}` : `upp till ${formatKronor(hi)}`);

export function municipalityCountMap(bank: Bank): MapModel {
	const facets = municipalityFacets(bank).map((f) => ({ ...f, code: f.municipality.code }));
	return model(facets, (f) => f.projects.length, (n) => (n ? countProjects(n) : 'inga projekt'), 'Inga projekt', countRange);
}

export function municipalityMoneyMap(bank: Bank): MapModel {
	const facets = municipalityFacets(bank).map((f) => ({ ...f, code: f.municipality.code }));
	return model(
		facets,
		(f) => f.measures.evenShareBudget,
		(n) => (n ? `${formatKronor(n)} (beräknad jämn andel av budgetarna)` : 'inga projekt med budget'),
		'Inga projekt med budget',
		moneyRange,
	);
}

export function countyCountMap(bank: Bank): MapModel {
	const facets = countyFacets(bank).map((f) => ({ ...f, code: f.county.code }));
	return model(facets, (f) => f.projects.length, (n) => (n ? countProjects(n) : 'inga projekt'), 'Inga projekt', countRange);
}
