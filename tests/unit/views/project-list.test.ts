import { expect, it, vi } from 'vitest';
import { defaultSortOrder } from '../../../src/domain/listing.ts';
import { firstPage, paths } from '../../../src/views/project-list.ts';

// The fixture bank's 7 projects and 80 more: two pages of 50.
vi.mock('../../../src/views/collection.ts', async () => {
	const { granted } = await import('../../helpers/fixtures.ts');
	const extra = Array.from({ length: 80 }, (_, i) => granted(String(90_000_000 + i), `Fixturprojekt ${i}`, 1000 + i));
	return (await import('../../helpers/bank.ts')).mockedCollection(extra);
});

it('/projekt/ is the first page in the default order, largest grant first', async () => {
	const page = await firstPage();
	expect(page.title).toBe('Alla projekt');
	expect(page.listing.page.total).toBe(87);
	expect(page.listing.table.rows.slice(0, 3).map((r) => r.cells[0]!.text)).toEqual(['Solel i Umeå', 'Norrbotten rundar', 'Piteå hamnlyft']);
});

it('further pages are in the default order only; the other orders are the search page’s', async () => {
	const all = await paths();
	expect(all.map((p) => p.params)).toEqual([{ sort: defaultSortOrder.slug, page: '2' }]);
	expect(all[0]!.props.title).toBe('Alla projekt, sorterade efter beviljat belopp, störst först, sida 2');
	expect(all[0]!.props.listing.table.rows).toHaveLength(37);
	const { listing } = await firstPage();
	expect(listing.orders.filter((o) => !o.current).every((o) => o.href.startsWith('/sok/?sortera='))).toBe(true);
});
