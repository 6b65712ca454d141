import { expect, it, vi } from 'vitest';
import { listOrders } from '../../../src/domain/listing.ts';
import { firstPage, paths } from '../../../src/views/project-list.ts';
import { shippedProjects } from '../../helpers/shipped.ts';

vi.mock('astro:content', async () => (await import('../../helpers/astro-content.ts')).shippedContent());

it('/projekt/ is the first page in the default order', async () => {
	const page = await firstPage();
	expect(page.title).toBe('Alla projekt');
	expect(page.breadcrumb).toBe('Alla projekt');
	expect(page.listing.page.total).toBe(shippedProjects().length);
	expect(page.listing.rest).toBeUndefined();
});

it('every other order has its page under /projekt/lista/, without the first page twice', async () => {
	const all = await paths();
	expect(all.map((p) => p.params)).toEqual(listOrders.slice(1).map((o) => ({ sort: o.slug, page: undefined })));
	expect(all[0]!.props.title).toBe('Alla projekt, sorterade efter beviljat belopp, minst först');
	expect(all[0]!.props.breadcrumb).toBe('Sida 1');
});
