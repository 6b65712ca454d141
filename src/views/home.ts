/** The home page: what the bank holds, ways in, money per deciding region and the latest decisions. */
import { sortProjects } from '../domain/listing.ts';
import { measure, type Measures } from '../domain/measures.ts';
import { countProjects, formatKronor, formatNumber } from '../format.ts';
import { urls } from '../urls.ts';
import { loadBank } from './collection.ts';
import { cell, type TableModel } from './table.ts';
import { projectTable } from './tables.ts';

export interface HomeModel {
	name: string;
	tagline: string;
	measures: Measures;
	funds: string[];
	byRegion: TableModel;
	latest: TableModel;
}

export async function model(): Promise<HomeModel> {
	const bank = await loadBank();
	const latest = sortProjects(bank.projects, { key: 'date', direction: 'desc' }).slice(0, 5);
	const byRegion: TableModel = {
		caption: 'Projekt och belopp per beslutande region',
		captionId: 'per-region-tabell',
		columns: [{ label: 'Region' }, { label: 'Projekt', numeric: true }, { label: 'Beviljat', numeric: true }, { label: 'Total budget', numeric: true }],
		rows: bank.config.regions.map((region) => {
			const m = measure(bank.projects.filter((p) => p.data.region === region.name));
			return {
				cells: [
					cell(region.name, { href: urls.region(region.name) }),
					cell(formatNumber(m.projects)),
					cell(m.granted > 0 ? formatKronor(m.grantedMoney) : '–'),
					cell(m.withBudget > 0 ? formatKronor(m.combinedBudget) : '–'),
				],
			};
		}),
	};
	return {
		name: bank.config.name,
		tagline: bank.config.tagline,
		measures: measure(bank.projects),
		funds: bank.config.funds.map((f) => f.name),
		byRegion,
		latest: projectTable(latest, `De ${countProjects(latest.length)} med senast daterade beslut`),
	};
}
