import { expect, it, vi } from 'vitest';
import { model } from '../../../../src/views/search-page.ts';

vi.mock('astro:content', async () => (await import('../../../helpers/astro-content.ts')).shippedContent());

it('gives the search form its filters, sorts and the size of the bank', async () => {
	const page = await model();
	expect(page.projects).toBe(29);
	expect(page.filters).toHaveLength(10);
	expect(page.sorts).toHaveLength(8);
	expect(page.municipalities).toHaveLength(290);
	expect(page.municipalities[0]).toEqual({ name: 'Ale', href: '/kommun/ale/' });
	expect(page.counties.map((c) => c.name)).toContain('Norrbottens län');
});
