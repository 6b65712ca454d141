/**
 * The ways into the bank: every municipality, county, deciding region and fund with its projects
 * and measures. Places also carry the even per-municipality share of their money.
 */
import { measure, type Measures } from '../domain/measures.ts';
import { measurePlace, type PlaceMeasures } from '../domain/places.ts';
import type { ProjectEntry } from '../domain/project.ts';
import { allCounties, allMunicipalities, type County, type Municipality } from '../domain/registry.ts';
import { countySlug, fundSlug, municipalitySlug, regionSlug, urls } from '../urls.ts';
import type { Bank } from './bank.ts';

export type FacetKind = 'kommun' | 'lan' | 'region' | 'fond';

export interface Facet {
	kind: FacetKind;
	name: string;
	/** The last segment of its address, e.g. "umea". */
	slug: string;
	/** The facet's page, e.g. "/kommun/umea/". */
	path: string;
	projects: ProjectEntry[];
	measures: Measures;
}

export interface PlaceFacet extends Facet {
	measures: PlaceMeasures;
}

/** Every one of the 290 municipalities, with or without projects. */
export function municipalityFacets(bank: Bank): (PlaceFacet & { municipality: Municipality })[] {
	return allMunicipalities.map((municipality) => {
		const here = bank.byMunicipality.get(municipality.code) ?? [];
		return {
			kind: 'kommun' as const,
			name: municipality.name,
			slug: municipalitySlug(municipality),
			path: urls.municipality(municipality),
			projects: here,
			measures: measurePlace(here, (m) => m.code === municipality.code),
			municipality,
		};
	});
}

/** Every county; a project counts where any of its municipalities lies. */
export function countyFacets(bank: Bank): (PlaceFacet & { county: County })[] {
	return allCounties.map((county) => {
		const here = bank.byCounty.get(county.code) ?? [];
		return {
			kind: 'lan' as const,
			name: county.name,
			slug: countySlug(county),
			path: urls.county(county),
			projects: here,
			measures: measurePlace(here, (m) => m.countyCode === county.code),
			county,
		};
	});
}

export function regionFacets(bank: Pick<Bank, 'projects' | 'config'>): Facet[] {
	return bank.config.regions.map((region) => {
		const here = bank.projects.filter((p) => p.data.region === region.name);
		return { kind: 'region' as const, name: region.name, slug: regionSlug(region.name), path: urls.region(region.name), projects: here, measures: measure(here) };
	});
}

export function fundFacets(bank: Pick<Bank, 'projects' | 'config'>): (Facet & { description: string })[] {
	return bank.config.funds.map((fund) => {
		const here = bank.projects.filter((p) => p.data.fund === fund.name);
		return { kind: 'fond' as const, name: fund.name, slug: fundSlug(fund.name), path: urls.fund(fund.name), projects: here, measures: measure(here), description: fund.description };
	});
}
