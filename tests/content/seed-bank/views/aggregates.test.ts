import { parse } from 'csv-parse/sync';
import { expect, it } from 'vitest';
import { statedBudget, statedGranted } from '../../../../src/domain/measures.ts';
import { siteConfig } from '../../../../src/site.config.ts';
import { aggregateFiles, PLACE_METHOD, WHOLE_METHOD } from '../../../../src/views/aggregates.ts';
import { createBank } from '../../../../src/views/bank.ts';
import { countyFacets, fundFacets, municipalityFacets } from '../../../../src/views/facets.ts';
import { shippedProjects } from '../../../helpers/shipped.ts';

const bank = createBank(shippedProjects(), siteConfig);
const rows = (name: string) =>
	parse(
		aggregateFiles(bank)
			.find((f) => f.name === name)!
			.csv(),
		{ bom: true, delimiter: ';', columns: true },
	) as Record<string, string>[];

it('has a file per kind of facet', () => {
	expect(aggregateFiles(bank).map((f) => f.name)).toEqual(['kommuner', 'lan', 'beslutande', 'fonder', 'prioriteringar', 'organisationer']);
});

it('carries the figures of the municipality and county pages, with the attribution method named in every row', () => {
	const kommuner = rows('kommuner');
	expect(kommuner).toHaveLength(290);
	for (const f of municipalityFacets(bank)) {
		const row = kommuner.find((r) => r.Kod === f.municipality.code)!;
		expect(row, f.name).toMatchObject({
			Namn: f.name,
			Län: f.county.name,
			Projekt: String(f.measures.projects),
			'Beviljat (kr)': String(statedGranted(f.measures) ?? ''),
			'Total budget, beviljade projekt (kr)': String(statedBudget(f.measures) ?? ''),
			'Beräknad jämn andel av budgetarna (kr)': String(f.measures.evenShareBudget ?? ''),
			Fördelning: PLACE_METHOD,
		});
	}
	const norrbotten = rows('lan').find((r) => r.Namn === 'Norrbottens län')!;
	expect(norrbotten['Beräknad jämn andel av beviljat (kr)']).toBe(
		String(countyFacets(bank).find((f) => f.name === 'Norrbottens län')!.measures.evenShareGranted),
	);
});

it('keeps what rejected and undecided applications asked apart from what was granted', () => {
	const eruf = rows('fonder').find((r) => r.Namn === 'ERUF')!;
	const facet = fundFacets(bank).find((f) => f.name === 'ERUF')!;
	expect(eruf).toMatchObject({
		'Beviljat (kr)': String(facet.measures.grantedMoney),
		'Sökt, inte beviljat (kr)': String(facet.measures.appliedMoney),
		Fördelning: WHOLE_METHOD,
	});
	expect(facet.measures.appliedMoney).toBeGreaterThan(0);
});

// Published files: each one's columns, what the /data/ page says of them, and its first rows are pinned.
it('writes every aggregate file with its documented columns', () => {
	for (const file of aggregateFiles(bank)) {
		expect([
			file.name,
			file.rows,
			file.columns.map((c) => [c.header, c.description]),
			file.csv().split('\r\n').slice(0, 4),
		]).toMatchSnapshot(file.name);
	}
});
