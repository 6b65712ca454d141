import { describe, expect, it } from 'vitest';
import { listOrders, sortOrders, type SortSlug } from '../../../src/domain/listing.ts';
import { listingModels, pagination } from '../../../src/views/listing.ts';
import { granted } from '../../helpers/fixtures.ts';

/** The order a list address names. */
const sortOrder = (slug: SortSlug) => sortOrders.find((o) => o.slug === slug)!;

const byAmount = sortOrder('belopp-storst');

describe('pagination', () => {
	it('is absent for a list of one page', () => {
		expect(pagination('/projekt/', byAmount, { pageNumber: 1, lastPage: 1 })).toBeUndefined();
	});

	it('links the first, the last and two pages either side of the current one, marking gaps', () => {
		const p = pagination('/projekt/', byAmount, { pageNumber: 5, lastPage: 10 })!;
		expect(p.previous).toBe('/projekt/lista/belopp-storst/4/');
		expect(p.next).toBe('/projekt/lista/belopp-storst/6/');
		expect(p.items.map((i) => ('gap' in i ? '…' : i.current ? `[${i.number}]` : String(i.number)))).toEqual([
			'1',
			'…',
			'3',
			'4',
			'[5]',
			'6',
			'7',
			'…',
			'10',
		]);
		expect(p.items[0]).toEqual({ number: 1, href: '/projekt/', current: false });
		const first = pagination('/projekt/', byAmount, { pageNumber: 1, lastPage: 4 })!;
		expect(first.previous).toBeUndefined();
		expect(first.items.map((i) => ('gap' in i ? '…' : i.number))).toEqual([1, 2, 3, 4]);
		expect(pagination('/projekt/', byAmount, { pageNumber: 4, lastPage: 4 })!.next).toBeUndefined();
	});
});

describe('list pages', () => {
	const projects = Array.from({ length: 60 }, (_, i) => granted(String(10_000_000 + i), `Projekt ${i}`, 1000 + i));

	it('exist for every page of every order, each with its table, sort links and pagination', () => {
		const pages = listingModels(projects, '/kommun/umea/', 'Projekt i Umeå');
		expect(pages).toHaveLength(listOrders.length * 2);
		const [first, second] = pages;
		expect(first!.rest).toBeUndefined();
		expect(second!.rest).toBe('lista/belopp-storst/2');
		expect(first!.table.rows.map((r) => r.cells[1]!.text)).toEqual(
			projects
				.map((p) => `${p.data.grantedAmount!.toLocaleString('sv-SE')}\u00a0kr`)
				.reverse()
				.slice(0, 50),
		);
		expect(first!.page).toEqual({ pageNumber: 1, lastPage: 2, firstIndex: 1, total: 60, count: 50 });
		expect(first!.table.caption).toBe('Projekt i Umeå, sorterade efter beviljat belopp, störst först');
		expect(first!.table.rows).toHaveLength(50);
		expect(second!.table.rows).toHaveLength(10);
		expect(first!.orders.filter((o) => o.current).map((o) => o.label)).toEqual(['beviljat belopp, störst först']);
		expect(first!.orders[1]).toEqual({
			label: 'beviljat belopp, minst först',
			href: '/kommun/umea/lista/belopp-minst/',
			current: false,
			scripted: false,
		});
		expect(first!.scriptedSort).toBe(false);
		expect(first!.pagination!.next).toBe('/kommun/umea/lista/belopp-storst/2/');
		expect(pages.map((p) => p.rest)).toContain('lista/titel-o-a/2');
	});

	it('can offer fewer orders', () => {
		const pages = listingModels(projects.slice(0, 3), '/x/', 'X', [byAmount]);
		expect(pages).toHaveLength(1);
		expect(pages[0]!.orders).toHaveLength(1);
		expect(pages[0]!.pagination).toBeUndefined();
	});

	it('mark the orders shown by the search page, which needs JavaScript, so that they are offered only when scripts run', () => {
		const [page] = listingModels(projects.slice(0, 3), '/x/', 'X', [byAmount], {}, (o) => `/sok/?sortera=${o.slug}`);
		expect(page!.scriptedSort).toBe(true);
		expect(page!.orders.filter((o) => !o.scripted).map((o) => o.label)).toEqual([byAmount.label]);
		expect(page!.orders.filter((o) => o.scripted)).toHaveLength(listOrders.length - 1);
		expect(page!.table.columns.flatMap((c) => (c.sort?.href ? [[c.sort.href, c.sort.scripted ?? false]] : []))).toEqual([
			['/sok/?sortera=titel-a-o', true],
			['/sok/?sortera=belopp-minst', true],
			['/sok/?sortera=budget-storst', true],
			['/sok/?sortera=datum-nyast', true],
		]);
		// A header leading to another list page is a link with or without scripts.
		const [listed] = listingModels(projects.slice(0, 3), '/x/', 'X');
		expect(listed!.table.columns.filter((c) => c.sort?.href).every((c) => c.sort!.scripted === undefined)).toBe(true);
	});
});
