import { describe, expect, it } from 'vitest';
import {
	defaultSortOrder,
	listOrders,
	paginate,
	searchOrders,
	sortLinkFor,
	sortOrders,
	sortProjects,
	sortValue,
	type SortSlug,
} from '../../../src/domain/listing.ts';
import { granted, project } from '../../helpers/fixtures.ts';

/** The order a list address names. */
const sortOrder = (slug: SortSlug) => sortOrders.find((o) => o.slug === slug)!;

const a = granted('10000001', 'Åsele växer', 300, '2020-03-24');
const b = granted('10000002', 'Arctic', 100, '2025-01-01');
const c = granted('10000003', 'Zeta', 200);
const rejected = project(); // INDI: no granted money, undated
const titles = (order: { key: any; direction: any }) => sortProjects([a, b, c, rejected], order).map((p) => p.data.title);

describe('the sort vocabulary', () => {
	it('has one slug per order, lists and search drawing on it', () => {
		expect(new Set(sortOrders.map((o) => o.slug)).size).toBe(sortOrders.length);
		expect(listOrders.map((o) => o.slug)).toEqual([
			'belopp-storst',
			'belopp-minst',
			'budget-storst',
			'budget-minst',
			'datum-nyast',
			'datum-aldst',
			'titel-a-o',
			'titel-o-a',
		]);
		expect(searchOrders.map((o) => o.slug)).toEqual([
			'belopp-storst',
			'belopp-minst',
			'budget-storst',
			'budget-minst',
			'datum-nyast',
			'datum-aldst',
			'start-nyast',
			'start-aldst',
		]);
		expect(defaultSortOrder.slug).toBe('belopp-storst');
		expect(sortOrder('datum-aldst')).toMatchObject({ key: 'date', direction: 'asc' });
	});

	it('sorts by granted money of granted projects, budgets, dates and names, or nothing where the source is silent', () => {
		expect(sortValue(a.data, 'granted')).toBe(300);
		expect(sortValue(rejected.data, 'granted')).toBeUndefined();
		expect(sortValue(rejected.data, 'budget')).toBe(9_397_435);
		expect(sortValue(a.data, 'date')).toBe(202003242);
		expect(sortValue(c.data, 'date')).toBeUndefined();
		expect(sortValue(rejected.data, 'start')).toBe(202607012);
		expect(sortValue(project((e) => (e.period = { start: '2020-06', end: '2023-06' })).data, 'start')).toBe(202006011);
		expect(sortValue(a.data, 'title')).toBe('Åsele växer');
	});
});

describe('sorting projects', () => {
	it('puts values the source lacks last in either direction', () => {
		expect(titles({ key: 'granted', direction: 'desc' })).toEqual(['Åsele växer', 'Zeta', 'Arctic', rejected.data.title]);
		expect(titles({ key: 'granted', direction: 'asc' })).toEqual(['Arctic', 'Zeta', 'Åsele växer', rejected.data.title]);
		expect(titles({ key: 'date', direction: 'desc' })).toEqual(['Arctic', 'Åsele växer', rejected.data.title, 'Zeta']);
		expect(titles({ key: 'date', direction: 'asc' })).toEqual(['Åsele växer', 'Arctic', rejected.data.title, 'Zeta']);
		// A month sorts with the days of that month, before them.
		const june = granted('10000004', 'Juni', 1, '2020-06');
		const midJune = granted('10000005', 'Mitt i juni', 1, '2020-06-15');
		const july = granted('10000006', 'Juli', 1, '2020-07-01');
		expect(sortProjects([july, midJune, june], { key: 'date', direction: 'asc' }).map((p) => p.data.title)).toEqual([
			'Juni',
			'Mitt i juni',
			'Juli',
		]);
	});

	it('orders names the Swedish way and breaks ties by name, then key', () => {
		expect(titles({ key: 'title', direction: 'asc' })).toEqual(['Arctic', rejected.data.title, 'Zeta', 'Åsele växer']);
		expect(titles({ key: 'title', direction: 'desc' })).toEqual(['Åsele växer', 'Zeta', rejected.data.title, 'Arctic']);
		const twin = { ...a, key: '10000000' };
		expect(sortProjects([a, twin], { key: 'granted', direction: 'desc' }).map((p) => p.key)).toEqual(['10000000', '10000001']);
		const cheap = granted('10000009', 'Öland', 300);
		expect(sortProjects([cheap, a], { key: 'granted', direction: 'asc' }).map((p) => p.data.title)).toEqual(['Åsele växer', 'Öland']);
	});

	it('leaves its input as it was', () => {
		const input = [a, b, c];
		sortProjects(input, { key: 'granted', direction: 'asc' });
		expect(input).toEqual([a, b, c]);
	});
});

describe('column headers', () => {
	it('lead to the other direction of the current column, else to its natural one', () => {
		const desc = sortOrder('belopp-storst');
		expect(sortLinkFor('granted', desc).slug).toBe('belopp-minst');
		expect(sortLinkFor('granted', sortOrder('belopp-minst')).slug).toBe('belopp-storst');
		expect(sortLinkFor('title', desc).slug).toBe('titel-a-o');
		expect(sortLinkFor('title', sortOrder('titel-a-o')).slug).toBe('titel-o-a');
		expect(sortLinkFor('date', desc).slug).toBe('datum-nyast');
	});
});

describe('pages', () => {
	it('cut a list into pages of 50, an empty list into one empty page', () => {
		const pages = paginate(Array.from({ length: 120 }, (_, i) => i));
		expect(pages.map((p) => [p.pageNumber, p.items.length, p.firstIndex, p.lastPage, p.total])).toEqual([
			[1, 50, 1, 3, 120],
			[2, 50, 51, 3, 120],
			[3, 20, 101, 3, 120],
		]);
		expect(pages[2]!.items[0]).toBe(100);
		expect(paginate([], 10)).toEqual([{ pageNumber: 1, lastPage: 1, items: [], firstIndex: 1, total: 0 }]);
		expect(paginate([1, 2, 3], 3)).toHaveLength(1);
	});
});
