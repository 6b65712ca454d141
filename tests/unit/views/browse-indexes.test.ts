import { expect, it, vi } from 'vitest';
import { countyIndex, fundIndex, municipalityIndex, regionIndex } from '../../../src/views/browse-indexes.ts';

vi.mock('astro:content', async () => (await import('../../helpers/astro-content.ts')).shippedContent());

it('/kommun/ lists all 290 by county, with a map', async () => {
	const page = await municipalityIndex();
	expect(page.counties).toHaveLength(21);
	expect(page.counties[0]!.name).toBe('Blekinge län');
	expect(page.counties.flatMap((c) => c.municipalities)).toHaveLength(290);
	const vb = page.counties.find((c) => c.anchor === 'vasterbotten')!;
	expect(vb.href).toBe('/lan/vasterbotten/');
	expect(vb.municipalities.find((m) => m.name === 'Umeå')).toEqual({ name: 'Umeå', href: '/kommun/umea/', count: '14 projekt', none: false });
	expect(page.counties.flatMap((c) => c.municipalities).find((m) => m.name === 'Malmö')).toMatchObject({ count: 'inga projekt', none: true });
	expect(page.unplaced).toBe(9);
	expect(page.withProjects).toBeGreaterThan(20);
	expect(page.map.areas).toHaveLength(290);
	expect(page.map.geometry.shapes).toHaveLength(290);
});

it('/lan/, /region/ and /fond/ give their tables', async () => {
	const counties = await countyIndex();
	expect(counties.table.rows).toHaveLength(21);
	expect(counties.table.columns).toHaveLength(5);
	expect(counties.map.areas).toHaveLength(21);
	expect((await regionIndex()).table.rows).toHaveLength(3);
	const funds = await fundIndex();
	expect(funds.table.rows).toHaveLength(6);
	expect(funds.withoutFund).toBe(2); // DOVI and § 34 (god och nära vård) name no fund
});
