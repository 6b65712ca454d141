import { expect, it, vi } from 'vitest';
import { defaultSortOrder } from '../../../../src/domain/listing.ts';
import { firstPage, paths } from '../../../../src/views/project-list.ts';
import { shippedProjects } from '../../../helpers/shipped.ts';

// The shipped bank fits on one page: 80 fixtures more make three.
const EXTRA = 80;
vi.mock('astro:content', async () => {
	const { mockedContent } = await import('../../../helpers/astro-content.ts');
	const { granted } = await import('../../../helpers/fixtures.ts');
	const shipped = (await import('../../../helpers/shipped.ts')).shippedProjects();
	const extra = Array.from({ length: 80 }, (_, i) => granted(String(90_000_000 + i), `Fixturprojekt ${i}`, 1000 + i));
	for (const entry of extra) entry.data.source = shipped[0]!.data.source;
	return mockedContent([...shipped, ...extra]);
});

it('/projekt/ is the first page in the default order', async () => {
	const page = await firstPage();
	expect(page.title).toBe('Alla projekt');
	expect(page.breadcrumb).toBe('Alla projekt');
	expect(page.listing.page.total).toBe(shippedProjects().length + EXTRA);
	expect(page.listing.rest).toBeUndefined();
});

it('further pages are in the default order only; the other orders are the search page’s', async () => {
	const all = await paths();
	expect(all.map((p) => p.params)).toEqual([
		{ sort: defaultSortOrder.slug, page: '2' },
		{ sort: defaultSortOrder.slug, page: '3' },
	]);
	expect(all[0]!.props.title).toBe('Alla projekt, sorterade efter beviljat belopp, störst först, sida 2');
	expect(all[0]!.props.breadcrumb).toBe('Sida 2');
	const { listing } = await firstPage();
	expect(listing.table.columns.flatMap((c) => (c.sort ? [c.sort.href] : []))).toEqual([
		'/sok/?sortera=belopp-minst',
		'/sok/?sortera=budget-storst',
		'/sok/?sortera=datum-nyast',
	]);
	// The search index sorts by figures and dates, not by title.
	expect(listing.table.columns[0]!.sort).toBeUndefined();
	expect(listing.orders.filter((o) => !o.current).every((o) => o.href.startsWith('/sok/?sortera='))).toBe(true);
	expect(listing.sortHint).toBe('Välj en kolumnrubrik för att sortera: listan visas då i sökningen.');
});
