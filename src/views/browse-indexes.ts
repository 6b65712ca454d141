/** The index pages of the ways in: municipalities, counties, deciders and funds. */
import { measure } from '../domain/measures.ts';
import { countiesOf } from '../domain/places.ts';
import { allCounties } from '../domain/registry.ts';
import { bySwedishName } from '../domain/text.ts';
import { countProjects, formatNumber } from '../format.ts';
import { fundKindLabels } from '../schemas/site.ts';
import { urls } from '../urls.ts';
import { loadBank } from './collection.ts';
import { countyFacets, fundFacets, municipalityFacets, deciderFacets, withoutFund } from './facets.ts';
import { countyMap, municipalityMap } from './map-geometry.ts';
import { countyCountMap, municipalityCountMap, type MapSection } from './maps.ts';
import { facetTable, moneyCells, placeTable } from './tables.ts';
import { cell } from './table.ts';

/** /kommun/: all 290 on a map and A–Ö under their initial letters, each with its county and number of projects. */
export async function municipalityIndex() {
	const bank = await loadBank();
	const facets = municipalityFacets(bank).sort(bySwedishName((f) => f.name));
	const letters = new Map<string, typeof facets>();
	for (const f of facets) {
		const letter = f.name[0]!.toLocaleUpperCase('sv');
		letters.set(letter, [...(letters.get(letter) ?? []), f]);
	}
	return {
		withProjects: facets.filter((m) => m.projects.length > 0).length,
		/** Projects the source places in no municipality: county-level, or nowhere named. */
		unplaced: bank.projects.filter((p) => p.data.municipalities.length === 0).length,
		map: { geometry: municipalityMap(), ...municipalityCountMap(bank) } satisfies MapSection,
		letters: [...letters].map(([letter, group]) => ({
			letter,
			// Å, Ä and Ö are letters of their own: they keep them in the anchor (A and Å must not meet).
			anchor: `bokstav-${letter.toLocaleLowerCase('sv')}`,
			municipalities: group.map((f) => ({
				name: f.name,
				href: f.path,
				county: f.county.name,
				count: f.projects.length ? countProjects(f.projects.length) : 'inga projekt',
				none: f.projects.length === 0,
			})),
		})),
		counties: [...allCounties].sort(bySwedishName((c) => c.name)).map((c) => ({ name: c.name, href: urls.county(c) })),
	};
}

/** /lan/: the 21 counties on a map and in a table. */
export async function countyIndex() {
	const bank = await loadBank();
	return {
		map: { geometry: countyMap(), ...countyCountMap(bank) } satisfies MapSection,
		table: placeTable(countyFacets(bank).sort(bySwedishName((c) => c.name)), 'Projekt och belopp per län', 'Län', measure(bank.projects)),
		bank: measure(bank.projects),
		/** Projects the source places nowhere: in no county, so not in the even shares either. */
		unplaced: measure(bank.projects.filter((p) => countiesOf(p.data).length === 0)),
	};
}

/** /beslutande/: the deciders, each with its kind. */
export async function deciderIndex() {
	const bank = await loadBank();
	return { table: facetTable(deciderFacets(bank), 'Projekt per beslutande organ', 'Beslutande organ', undefined, bank.config.funds) };
}

/** /fond/: the funds and appropriations, and how many projects name none. */
export async function fundIndex() {
	const bank = await loadBank();
	const funds = fundFacets(bank);
	const table = facetTable(funds, 'Projekt per fond eller anslag', 'Fond eller anslag');
	// Whose money each fund is, under its name.
	table.rows.forEach((row, i) => (row.cells[0] = { ...row.cells[0]!, details: [fundKindLabels[funds[i]!.fundKind]] }));
	const without = withoutFund(bank);
	// The projects naming no fund get their own row (no page of their own), so the columns add up to the bank's figures.
	if (without)
		table.rows.push({
			cells: [
				cell(without.name),
				cell(formatNumber(without.measures.projects)),
				moneyCells.granted(without.measures),
				moneyCells.budget(without.measures),
				moneyCells.applied(without.measures),
			],
		});
	return { table, withoutFund: without?.projects.length ?? 0 };
}
