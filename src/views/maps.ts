/** What each map shows: per area its link, accessible name and shade, plus the legend in words. */
import { countProjects, formatKronor, formatNumber } from '../format.ts';
import type { Bank } from './bank.ts';
import { countyFacets, municipalityFacets, type PlaceFacet } from './facets.ts';
import { choropleth, type MapGeometry } from './map-geometry.ts';

/** A class of the map: 0 for none, 1… for the ranges, 'missing' where the sources state no figure (unlike 0). */
export type Shade = number | 'missing';

export interface MapModel {
	areas: { code: string; href: string; label: string; shade: Shade }[];
	legend: { text: string; shade: Shade }[];
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

/** The words of the class of areas whose figure the sources do not state. */
export const MISSING_LEGEND = 'Uppgift saknas: projekt finns, men källorna anger inget belopp (inte 0 kr)';

function model<F extends PlaceFacet>(
	facets: (F & { code: string })[],
	value: (f: F) => number | undefined,
	describe: (n: number, f: F) => string,
	describeMissing: (f: F) => string,
	none: string,
	range: (lo: number, hi?: number) => string,
): MapModel {
	const { breaks, classOf } = choropleth(facets.flatMap((f) => value(f) ?? []));
	const areas = facets.map((f) => {
		const v = value(f);
		return {
			code: f.code,
			href: f.path,
			label: `${f.name}: ${v === undefined ? describeMissing(f) : describe(v, f)}`,
			shade: v === undefined ? ('missing' as const) : classOf(v),
		};
	});
	const legend: MapModel['legend'] = legendFor(breaks, none, range).map((text, shade) => ({ text, shade }));
	return { areas, legend: areas.some((a) => a.shade === 'missing') ? [...legend, { text: MISSING_LEGEND, shade: 'missing' }] : legend };
}

export const countRange = (lo: number, hi?: number) =>
	hi === undefined
		? `${formatNumber(lo)} projekt eller fler`
		: lo === hi
			? countProjects(lo)
			: `${formatNumber(lo)}–${formatNumber(hi)} projekt`;
export const moneyRange = (lo: number, hi?: number) =>
	hi === undefined ? `mer än ${formatKronor(lo - 1)}` : `upp till ${formatKronor(hi)}`;

export function municipalityCountMap(bank: Bank): MapModel {
	const facets = municipalityFacets(bank).map((f) => ({ ...f, code: f.municipality.code }));
	return model(
		facets,
		(f) => f.projects.length,
		(n) => (n ? countProjects(n) : 'inga projekt'),
		() => '',
		'Inga projekt',
		countRange,
	);
}

export function municipalityMoneyMap(bank: Bank): MapModel {
	const facets = municipalityFacets(bank).map((f) => ({ ...f, code: f.municipality.code }));
	return model(
		facets,
		(f) => f.measures.evenShareBudget,
		(n, f) => {
			const m = f.measures;
			if (m.granted === 0) return 'inga beviljade projekt';
			const partial =
				m.grantedWithBudget < m.granted
					? `; ${formatNumber(m.grantedWithBudget)} av ${formatNumber(m.granted)} beviljade projekt anger budget`
					: '';
			return `${formatKronor(n)} (beräknad jämn andel av budgetarna${partial})`;
		},
		(f) =>
			`uppgift saknas: ${f.measures.granted === 1 ? 'det beviljade projektet anger ingen budget' : `inget av de ${formatNumber(f.measures.granted)} beviljade projekten anger någon budget`}`,
		'Inga beviljade projekt',
		moneyRange,
	);
}

export function countyCountMap(bank: Bank): MapModel {
	const facets = countyFacets(bank).map((f) => ({ ...f, code: f.county.code }));
	return model(
		facets,
		(f) => f.projects.length,
		(n) => (n ? countProjects(n) : 'inga projekt'),
		() => '',
		'Inga projekt',
		countRange,
	);
}
