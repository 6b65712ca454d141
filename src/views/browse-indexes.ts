/** The index pages of the ways in: municipalities, counties, deciding regions and funds. */
import { municipalitiesIn } from '../domain/registry.ts';
import { bySwedishName } from '../domain/text.ts';
import { countProjects } from '../format.ts';
import { countySlug, urls } from '../urls.ts';
import { loadBank } from './collection.ts';
import { countyFacets, fundFacets, municipalityFacets, regionFacets } from './facets.ts';
import { countyMap, municipalityMap } from './map-geometry.ts';
import { countyCountMap, municipalityCountMap, type MapSection } from './maps.ts';
import { facetTable } from './tables.ts';

/** /kommun/: all 290 on a map and by county, each with its number of projects. */
export async function municipalityIndex() {
	const bank = await loadBank();
	const facets = municipalityFacets(bank);
	const byCode = new Map(facets.map((f) => [f.municipality.code, f]));
	const counties = countyFacets(bank)
		.sort(bySwedishName((c) => c.name))
		.map((county) => ({
			name: county.name,
			shortName: county.county.shortName,
			anchor: countySlug(county.county),
			href: county.path,
			municipalities: municipalitiesIn(county.county).map((m) => {
				const count = byCode.get(m.code)!.projects.length;
				return { name: m.name, href: urls.municipality(m), count: count ? countProjects(count) : 'inga projekt', none: count === 0 };
			}),
		}));
	return {
		withProjects: facets.filter((m) => m.projects.length > 0).length,
		unplaced: bank.projects.filter((p) => p.data.municipalities.length === 0).length,
		map: { geometry: municipalityMap(), ...municipalityCountMap(bank) } satisfies MapSection,
		counties,
	};
}

/** /lan/: the 21 counties on a map and in a table. */
export async function countyIndex() {
	const bank = await loadBank();
	return {
		map: { geometry: countyMap(), ...countyCountMap(bank) } satisfies MapSection,
		table: facetTable(countyFacets(bank).sort(bySwedishName((c) => c.name)), 'Projekt per län', 'Län', true),
	};
}

/** /region/: the deciding regions. */
export async function regionIndex() {
	return { table: facetTable(regionFacets(await loadBank()), 'Projekt per beslutande region', 'Region') };
}

/** /fond/: the funds and appropriations, and how many projects name none. */
export async function fundIndex() {
	const bank = await loadBank();
	return {
		table: facetTable(fundFacets(bank), 'Projekt per fond eller anslag', 'Fond eller anslag'),
		withoutFund: bank.projects.filter((p) => !p.data.fund).length,
	};
}
