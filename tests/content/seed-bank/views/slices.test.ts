import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../../../src/site.config.ts';
import { createBank } from '../../../../src/views/bank.ts';
import { municipalityFacets } from '../../../../src/views/facets.ts';
import { searchRows, sliceCsv, sliceFiles, sliceJson, slices } from '../../../../src/views/slices.ts';
import { shippedProjects } from '../../../helpers/shipped.ts';

const bank = createBank(shippedProjects(), siteConfig);
const all = slices(bank);
const find = (kind: string, name: string) => all.find((s) => s.kind === kind && s.name === name)!;

describe('slices', () => {
	it('every place, region, fund, priority area and organisation with projects has one, beside its page', () => {
		expect(new Set(all.map((s) => s.kind))).toEqual(new Set(['kommun', 'lan', 'beslutande', 'fond', 'prioritering', 'organisation']));
		expect(all.every((s) => s.projects.length > 0)).toBe(true);
		const umea = find('kommun', 'Umeå');
		expect(umea.base).toBe('/kommun/umea/');
		expect(umea.projects.map((p) => p.key).sort()).toEqual(
			municipalityFacets(bank)
				.find((f) => f.name === 'Umeå')!
				.projects.map((p) => p.key)
				.sort(),
		);
		expect(find('prioritering', 'Region Västerbotten: Prioritering 1: Västerbotten - en nytänkande och smart region')).toMatchObject({
			page: '/prioritering/#region-vasterbotten-1',
			base: '/prioritering/region-vasterbotten-1/',
		});
	});

	it('write a CSV row per project with the list columns, and a JSON naming the projects by key', () => {
		const umea = find('kommun', 'Umeå');
		const rows = parse(sliceCsv(umea), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
		expect(Object.keys(rows[0]!)).toEqual([
			'Nyckel',
			'Projektnamn',
			'Status',
			'Beviljat belopp (kr)',
			'Sökt belopp (kr)',
			'Total projektbudget (kr)',
			'Beslutsdatum',
			'Beslutande organ',
			'Arbetets status',
		]);
		expect(rows.map((r) => r.Nyckel)).toEqual(umea.projects.map((p) => p.key));
		const vrisp = rows.find((r) => r.Nyckel === '20372556')!;
		expect(vrisp).toMatchObject({
			Status: 'Beviljat',
			'Beviljat belopp (kr)': '10000000',
			'Total projektbudget (kr)': '20000000',
			Beslutsdatum: '',
		});
		expect(sliceJson(umea, 'https://x.se')).toEqual({
			kind: 'kommun',
			name: 'Umeå',
			page: 'https://x.se/kommun/umea/',
			count: umea.projects.length,
			projectFile: 'https://x.se/projekt/{nyckel}.json',
			projects: umea.projects.map((p) => p.key),
		});
	});

	it('say which role an organisation has in each of its projects', () => {
		const region = find('organisation', 'Region Norrbotten');
		const rows = parse(sliceCsv(region), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
		expect(rows).toHaveLength(10);
		// Its own rows in the nine decisions of its minutes are its decisions, not co-financing; INDI (Västerbotten's) is co-financing.
		expect(rows.find((r) => r.Nyckel === 'dnr-00031-2020')?.Roll).toBe('beslutande organ och projektägare');
		expect(rows.filter((r) => r.Roll === 'beslutande organ')).toHaveLength(8);
		expect(rows.filter((r) => r.Roll === 'medfinansiär').map((r) => r.Nyckel)).toEqual(['20378916']);
		const json = sliceJson(region, 'https://x.se');
		expect(json.decided).toHaveLength(9);
		expect(json.owned).toEqual(['dnr-00031-2020']);
		expect(json.coFinanced).toEqual(['20378916']);
	});

	it('give the search page a line per project, by its page', () => {
		const rows = searchRows(bank.projects.slice(0, 2));
		expect(rows.header).toBe(
			'Nyckel;Projektnamn;Status;Beviljat belopp (kr);Sökt belopp (kr);Total projektbudget (kr);Beslutsdatum;Beslutande organ;Arbetets status\r\n',
		);
		expect(Object.keys(rows.rows)).toEqual(bank.projects.slice(0, 2).map((p) => `/projekt/${p.key}/`));
		expect(Object.values(rows.rows).every((line) => line.endsWith('\r\n'))).toBe(true);
	});

	it('are written as two files each', () => {
		const files = sliceFiles(bank);
		expect(Object.keys(files)).toHaveLength(all.length * 2);
		expect(files['/kommun/umea/projekt.csv']!.startsWith('\uFEFFNyckel;')).toBe(true);
		expect(JSON.parse(files['/organisation/region-vasterbotten/projekt.json']!).kind).toBe('organisation');
	});
});
