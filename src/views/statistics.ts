/** /statistik/: money per priority area, fund, decider, county, decision year and period start year, the largest owners, and a map. */
import { measure } from '../domain/measures.ts';
import { allMunicipalities } from '../domain/registry.ts';
import { formatNumber } from '../format.ts';
import { loadBank } from './collection.ts';
import {
	chartFigure,
	countyChart,
	fundChart,
	largestOwnersChart,
	priorityChart,
	deciderChart,
	startYearChart,
	yearChart,
	type ChartSpec,
} from './charts.ts';
import { municipalityFacets } from './facets.ts';
import { municipalityMap } from './map-geometry.ts';
import { municipalityMoneyMap, type MapSection } from './maps.ts';
import { measureStats } from './measures.ts';
import { cell, type TableModel } from './table.ts';
import { moneyCells } from './tables.ts';

export async function model() {
	const bank = await loadBank();
	const charts = [
		priorityChart(bank),
		fundChart(bank),
		deciderChart(bank),
		countyChart(bank),
		yearChart(bank.projects),
		startYearChart(bank.projects),
		largestOwnersChart(bank),
	]
		.filter((c): c is ChartSpec => c !== undefined && c.labels.length > 0)
		.map((spec) => chartFigure(spec));
	const places = municipalityFacets(bank)
		.filter((m) => m.projects.length > 0)
		// Largest first; a place whose figure is unknown goes last.
		.sort((a, b) => (b.measures.evenShareBudget ?? -1) - (a.measures.evenShareBudget ?? -1));
	const table: TableModel = {
		caption: 'Kommuner med projekt: beräknad jämn andel av de beviljade projektens budgetar och av det beviljade',
		captionId: 'kommuntabell',
		columns: [
			{ label: 'Kommun' },
			{ label: 'Projekt', numeric: true },
			{ label: 'Beräknad jämn andel av budgetarna', numeric: true },
			{ label: 'Beräknad jämn andel av beviljat', numeric: true },
		],
		rows: places.map((m) => ({
			cells: [
				cell(m.name, { href: m.path }),
				cell(formatNumber(m.projects.length)),
				moneyCells.evenShareBudget(m.measures),
				moneyCells.evenShareGranted(m.measures),
			],
		})),
	};
	const measures = measure(bank.projects);
	return {
		measures,
		stats: measureStats(measures, 'i banken', bank.config.funds),
		countyLevel: bank.projects.filter((p) => p.data.counties.length > 0).length,
		charts,
		map: { geometry: municipalityMap(), ...municipalityMoneyMap(bank) } satisfies MapSection,
		table,
		withoutProjects: allMunicipalities.length - places.length,
	};
}
