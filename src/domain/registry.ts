/**
 * The official registry of Sweden's 290 municipalities and 21 counties, built from the Swedish
 * Election Authority's reference data (see scripts/build-registry.mjs).
 */
import municipalities from '../data/municipalities.json' with { type: 'json' };
import counties from '../data/counties.json' with { type: 'json' };
import { closestMatches, fold, swedishCollator } from './text.ts';

export interface Municipality {
	/** Official 4-digit municipality code, e.g. "2480" for Umeå. */
	code: string;
	/** Official name, e.g. "Umeå". */
	name: string;
	/** 2-digit county code, e.g. "24". */
	countyCode: string;
}

export interface County {
	code: string;
	/** Full name, e.g. "Västerbottens län". */
	name: string;
	/** Name without "län", e.g. "Västerbotten". */
	shortName: string;
}

export const allMunicipalities: readonly Municipality[] = municipalities;
export const allCounties: readonly County[] = counties;

const municipalityByName = new Map(allMunicipalities.map((m) => [m.name, m]));
const countyByCode = new Map(allCounties.map((c) => [c.code, c]));
const countyByName = new Map(allCounties.map((c) => [c.name, c]));

export function findMunicipality(name: string): Municipality | undefined {
	return municipalityByName.get(name);
}

export function findCounty(code: string): County | undefined {
	return countyByCode.get(code);
}

/** A county by its official name, e.g. "Norrbottens län". */
export function findCountyByName(name: string): County | undefined {
	return countyByName.get(name);
}

export function countyOf(municipality: Municipality): County {
	const county = countyByCode.get(municipality.countyCode);
	if (!county) throw new Error(`no county with code ${municipality.countyCode}`);
	return county;
}

/** The municipalities of a county, in Swedish order. */
export function municipalitiesIn(county: County): Municipality[] {
	return allMunicipalities.filter((m) => m.countyCode === county.code).sort((a, b) => swedishCollator.compare(a.name, b.name));
}

/** Closest official names to a misspelt one, for error messages and search ("did you mean …"). */
export function suggestMunicipalities(name: string, limit = 3): string[] {
	return closestMatches(
		name,
		allMunicipalities.map((m) => m.name),
		limit,
	);
}

/** Closest official county names; "Norrbotten" and "Norrbottens lan" both find "Norrbottens län". */
export function suggestCounties(name: string, limit = 3): string[] {
	const byShortName = allCounties.filter((c) => fold(c.shortName) === fold(name.trim())).map((c) => c.name);
	return byShortName.length
		? byShortName
		: closestMatches(
				name,
				allCounties.map((c) => c.name),
				limit,
			);
}
