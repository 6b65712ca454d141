/**
 * The official registry of Sweden's 290 municipalities and 21 counties, built from the Swedish
 * Election Authority's reference data (see scripts/build-registry.mjs).
 */
import municipalities from '../data/municipalities.json' with { type: 'json' };
import counties from '../data/counties.json' with { type: 'json' };

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

export function findMunicipality(name: string): Municipality | undefined {
	return municipalityByName.get(name);
}

export function countyOf(municipality: Municipality): County {
	const county = countyByCode.get(municipality.countyCode);
	if (!county) throw new Error(`no county with code ${municipality.countyCode}`);
	return county;
}

/** The counties the named municipalities lie in, each once, in county-code order. */
export function countiesOf(municipalityNames: readonly string[]): County[] {
	const codes = new Set<string>();
	for (const name of municipalityNames) {
		const m = findMunicipality(name);
		if (m) codes.add(m.countyCode);
	}
	return allCounties.filter((c) => codes.has(c.code));
}

/** Closest official names to a misspelt one, for error messages ("did you mean …"). */
export function suggestMunicipalities(name: string, limit = 3): string[] {
	const fold = (s: string) => s.toLocaleLowerCase('sv').normalize('NFD').replace(/\p{M}/gu, '');
	const wanted = fold(name.trim());
	const candidates = allMunicipalities
		.map((m) => ({ name: m.name, distance: editDistance(fold(m.name), wanted) }))
		.filter((c) => c.distance <= Math.max(2, Math.floor(wanted.length / 3)));
	const best = Math.min(...candidates.map((c) => c.distance));
	return candidates
		.filter((c) => c.distance === best)
		.sort((a, b) => a.name.localeCompare(b.name, 'sv'))
		.slice(0, limit)
		.map((c) => c.name);
}

function editDistance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
			diagonal = above;
		}
	}
	return row[b.length]!;
}
