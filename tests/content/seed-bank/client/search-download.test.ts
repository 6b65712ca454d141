import { parse } from 'csv-parse/sync';
import { expect, it } from 'vitest';
import { hitsCsv } from '../../../../src/client/search-download.ts';
import { siteConfig } from '../../../../src/site.config.ts';
import { createBank } from '../../../../src/views/bank.ts';
import { searchRows } from '../../../../src/views/slices.ts';
import { shippedProjects } from '../../../helpers/shipped.ts';

const projects = createBank(shippedProjects(), siteConfig).projects;
const shards = [searchRows(projects.slice(0, 10)), searchRows(projects.slice(10))];

it('makes a CSV of the hits in their order, from the rows of every shard', () => {
	const hits = [projects[12]!, projects[3]!].map((p) => `/projekt/${p.key}/`);
	const csv = hitsCsv(shards, hits);
	expect(csv.startsWith('\uFEFFNyckel;Projektnamn;')).toBe(true);
	const rows = parse(csv, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
	expect(rows.map((r) => r.Nyckel)).toEqual([projects[12]!.key, projects[3]!.key]);
});

it('never leaves a hit out silently', () => {
	expect(() => hitsCsv(shards, ['/projekt/finns-inte/'])).toThrow('no row for /projekt/finns-inte/');
});
