/**
 * The sorted lists in the built site (dist/sok/ordning/): every order holds every project once,
 * missing values last, each filter value's file where the search page looks for it; and the search
 * page stays small, with no list of every owner or financier.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFileName, membersOf, orderedPositions, type ListFile, type Row, type SortedListsInfo } from '../../src/client/sorted-lists.ts';
import { sortValue, type SortKey } from '../../src/domain/listing.ts';
import type { ProjectEntry } from '../../src/domain/project.ts';
import { urls } from '../../src/urls.ts';
import { shippedProjects } from '../helpers/shipped.ts';

let entries: ProjectEntry[];
let info: SortedListsInfo;
const html = () => readFileSync('dist/sok/index.html', 'utf8');
const json = <T>(path: string): T => JSON.parse(readFileSync(`dist${path}`, 'utf8')) as T;

beforeAll(() => {
	if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
	entries = shippedProjects();
	info = JSON.parse(parse(html()).querySelector('project-search')!.getAttribute('data-sorted')!) as SortedListsInfo;
});

function rowsOf(key: SortKey): Row[] {
	const slug = info.keys[key]!.slug;
	const rows: Row[] = [];
	for (let n = 0; n * info.chunk < info.total; n++) rows.push(...json<Row[]>(info.rows.replace('{k}', slug).replace('{n}', String(n))));
	return rows;
}

describe('sorted lists', () => {
	it('hold every project once per order, those with the value first and in order', () => {
		expect(info.total).toBe(entries.length);
		const byPath = new Map(entries.map((e) => [urls.project(e.key), e]));
		for (const key of ['granted', 'budget', 'date', 'start'] as const) {
			const rows = rowsOf(key);
			expect(rows.map((r) => r[0]).sort(), key).toEqual([...byPath.keys()].sort());
			const values = rows.map((r) => sortValue(byPath.get(r[0])!.data, key));
			const present = info.keys[key]!.present;
			expect(values.slice(0, present).every((v) => v !== undefined) && values.slice(present).every((v) => v === undefined), key).toBe(true);
			const known = values.slice(0, present) as (number | string)[];
			expect(known, key).toEqual([...known].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
		}
	});

	it('say where a filter value’s projects lie, at the path the search page computes', () => {
		const slug = info.keys.granted!.slug;
		const rows = rowsOf('granted');
		const file = json<ListFile>(info.list.replace('{k}', slug).replace('{f}', 'kommun').replace('{v}', listFileName('Piteå')));
		const positions = orderedPositions(membersOf(file, info.total), info.total, info.keys.granted!.present, 'desc');
		const pitea = entries.filter((e) => e.data.municipalities.includes('Piteå')).map((e) => urls.project(e.key));
		expect(positions.map((p) => rows[p]![0]).sort()).toEqual(pitea.sort());
		expect(file.n).toBe(pitea.length);
		const owners = readdirSync(`dist/sok/ordning/${slug}/agare`);
		expect(owners.length).toBeGreaterThan(3);
	});

	it('leave the search page small: no list of owners or financiers, under 30 KB gzip', () => {
		const page = parse(html());
		expect(page.querySelectorAll('select[name="agare"], select[name="finansiar"]')).toHaveLength(0);
		expect(page.querySelector('input[name="agare"]')?.getAttribute('list')).toBe('f-agare-namn');
		expect(page.querySelectorAll('#f-agare-namn option')).toHaveLength(0);
		expect(gzipSync(html()).length).toBeLessThan(30 * 1024);
	});
});
