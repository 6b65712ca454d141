import { parse } from 'csv-parse/sync';
import { expect, it } from 'vitest';
import { sliceCsv, slices } from '../../../src/views/slices.ts';
import { fixtureBank } from '../../helpers/bank.ts';

const all = slices(fixtureBank());
const find = (kind: string, name: string) => all.find((s) => s.kind === kind && s.name === name)!;
const rows = (kind: string, name: string) =>
	parse(sliceCsv(find(kind, name)), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];

it('gives every municipality, county, decider, fund and organisation of the fixture bank with projects a slice', () => {
	expect(all.every((s) => s.projects.length > 0)).toBe(true);
	expect(find('kommun', 'Luleå').projects.map((p) => p.key)).toEqual(expect.arrayContaining(['10000004', '10000007']));
	expect(find('kommun', 'Luleå').projects).toHaveLength(2); // the county-wide project names no municipality
	expect(find('lan', 'Norrbottens län').projects).toHaveLength(4);
	expect(find('beslutande', 'Tillväxtverket').projects.map((p) => p.key)).toEqual(['10000004']);
});

it('leaves a figure the source lacks empty in the CSV, never 0, and never writes euro as kronor', () => {
	const tvv = rows('beslutande', 'Tillväxtverket');
	expect(tvv).toHaveLength(1);
	expect(tvv[0]).toMatchObject({ Nyckel: '10000004', 'Beviljat belopp (kr)': '', 'Total projektbudget (kr)': '' });
	const lycksele = rows('kommun', 'Lycksele');
	expect(lycksele[0]).toMatchObject({ Nyckel: '10000005', 'Beviljat belopp (kr)': '', 'Total projektbudget (kr)': '' });
	const umea = Object.fromEntries(rows('kommun', 'Umeå').map((r) => [r.Nyckel, [r['Beviljat belopp (kr)'], r['Sökt belopp (kr)']]]));
	expect(umea).toEqual({ '10000001': ['1000000', ''], '10000002': ['', '2219230'] });
});
