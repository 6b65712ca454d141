/**
 * The ways into the bank: every municipality, county, decider and fund with its projects
 * and measures. Places also carry the even share of their money; a municipality knows its county's
 * county-level projects (kept apart, never in its sums) and its own organisation as a financier.
 */
import { measure, type Measures } from '../domain/measures.ts';
import { countyShare, measurePlace, municipalityShare, worksAcrossCounty, type PlaceMeasures } from '../domain/places.ts';
import { municipalityOrganisationKeys } from '../domain/organisation-names.ts';
import type { Organisation } from '../domain/organisations.ts';
import type { ProjectEntry } from '../domain/project.ts';
import { allCounties, allMunicipalities, countyOf, type County, type Municipality } from '../domain/registry.ts';
import { countySlug, fundSlug, municipalitySlug, deciderSlug, urls } from '../urls.ts';
import type { FundKind } from '../schemas/site.ts';
import type { Bank } from './bank.ts';

export type FacetKind = 'kommun' | 'lan' | 'beslutande' | 'fond';

export interface Facet {
	kind: FacetKind;
	name: string;
	/** The last segment of its address, e.g. "umea". */
	slug: string;
	/** The facet's page, e.g. "/kommun/umea/". */
	path: string;
	/** The projects counted here. */
	projects: ProjectEntry[];
	measures: Measures;
}

export interface PlaceFacet extends Facet {
	measures: PlaceMeasures;
}

export interface MunicipalityFacet extends PlaceFacet {
	municipality: Municipality;
	county: County;
	/** Projects the source places in the whole county, not in named municipalities: shown apart, not counted here. */
	countyLevel: ProjectEntry[];
	/** The municipality's own organisation ("Skellefteå kommun"), where it owns or co-finances a project. */
	organisation: Organisation | undefined;
}

export interface CountyFacet extends PlaceFacet {
	county: County;
	/** Of its projects, those the source places in the county as a whole. */
	countyLevel: ProjectEntry[];
}

/** Every one of the 290 municipalities, with or without projects. */
export function municipalityFacets(bank: Bank): MunicipalityFacet[] {
	const organisationsByKey = new Map(bank.organisations.map((o) => [o.key, o]));
	return allMunicipalities.map((municipality) => {
		const county = countyOf(municipality);
		const here = bank.byMunicipality.get(municipality.code) ?? [];
		return {
			kind: 'kommun' as const,
			name: municipality.name,
			slug: municipalitySlug(municipality),
			path: urls.municipality(municipality),
			projects: here,
			measures: measurePlace(here, (p) => municipalityShare(p, municipality)),
			municipality,
			county,
			countyLevel: (bank.byCounty.get(county.code) ?? []).filter((p) => worksAcrossCounty(p.data, county)),
			organisation: municipalityOrganisationKeys(municipality)
				.map((key) => organisationsByKey.get(key))
				.find((o) => o !== undefined),
		};
	});
}

/** Every county; a project counts where any of its municipalities lies and where the source names the county. */
export function countyFacets(bank: Bank): CountyFacet[] {
	return allCounties.map((county) => {
		const here = bank.byCounty.get(county.code) ?? [];
		return {
			kind: 'lan' as const,
			name: county.name,
			slug: countySlug(county),
			path: urls.county(county),
			projects: here,
			measures: measurePlace(here, (p) => countyShare(p, county)),
			county,
			countyLevel: here.filter((p) => worksAcrossCounty(p.data, county)),
		};
	});
}

export function deciderFacets(bank: Pick<Bank, 'projects' | 'config'>): Facet[] {
	return bank.config.deciders.map((decider) => {
		const here = bank.projects.filter((p) => p.data.decider === decider.name);
		return {
			kind: 'beslutande' as const,
			name: decider.name,
			slug: deciderSlug(decider.name),
			path: urls.decider(decider.name),
			projects: here,
			measures: measure(here),
		};
	});
}

/** The row of projects whose source names no fund, so a column of sums adds up to the total. */
export const NO_FUND_LABEL = 'Ingen fond angiven';

/** The projects whose source names no fund, measured like a fund; undefined where every project names one. */
export function withoutFund(bank: Pick<Bank, 'projects'>): { name: string; projects: ProjectEntry[]; measures: Measures } | undefined {
	const here = bank.projects.filter((p) => !p.data.fund);
	return here.length ? { name: NO_FUND_LABEL, projects: here, measures: measure(here) } : undefined;
}

export function fundFacets(bank: Pick<Bank, 'projects' | 'config'>): (Facet & { description: string; fundKind: FundKind })[] {
	return bank.config.funds.map((fund) => {
		const here = bank.projects.filter((p) => p.data.fund === fund.name);
		return {
			kind: 'fond' as const,
			name: fund.name,
			slug: fundSlug(fund.name),
			path: urls.fund(fund.name),
			projects: here,
			measures: measure(here),
			description: fund.description,
			fundKind: fund.kind,
		};
	});
}
