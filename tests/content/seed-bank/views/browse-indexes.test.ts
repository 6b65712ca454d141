import { expect, it, vi } from 'vitest';
import { countyIndex, fundIndex, municipalityIndex, deciderIndex } from '../../../../src/views/browse-indexes.ts';

vi.mock('astro:content', async () => (await import('../../../helpers/astro-content.ts')).shippedContent());

it('/kommun/ lists all 290 A–Ö under their initial letters, with a map and the counties', async () => {
	const page = await municipalityIndex();
	const all = page.letters.flatMap((l) => l.municipalities);
	expect(all).toHaveLength(290);
	expect(page.letters.map((l) => l.letter).join('')).toBe('ABDEFGHJKLMNOPRSTUVYÅÄÖ');
	expect(page.letters[0]).toMatchObject({ letter: 'A', anchor: 'bokstav-a' });
	expect(page.letters.find((l) => l.letter === 'Å')!.anchor).toBe('bokstav-å');
	expect(new Set(page.letters.map((l) => l.anchor)).size).toBe(page.letters.length);
	expect(all.find((m) => m.name === 'Umeå')).toEqual({
		name: 'Umeå',
		href: '/kommun/umea/',
		county: 'Västerbottens län',
		count: '14 projekt',
		none: false,
	});
	expect(all.find((m) => m.name === 'Malmö')).toMatchObject({ count: 'inga projekt', none: true });
	expect(page.unplaced).toBe(9);
	expect(page.withProjects).toBeGreaterThan(20);
	expect(page.map.areas).toHaveLength(290);
	expect(page.counties).toHaveLength(21);
});

it('/lan/, /beslutande/ and /fond/ give their tables', async () => {
	const counties = await countyIndex();
	expect(counties.table.rows).toHaveLength(21);
	expect(counties.table.columns).toHaveLength(7);
	expect(counties.table.foot).toHaveLength(2);
	expect(counties.map.areas).toHaveLength(21);
	expect((await deciderIndex()).table.rows).toHaveLength(4); // Tillväxtverket decides none of the shipped projects: listed with 0
	const funds = await fundIndex();
	expect(funds.table.rows).toHaveLength(7); // six funds and the projects naming none
	expect(funds.withoutFund).toBe(2); // DOVI and § 34 (god och nära vård) name no fund
	expect(funds.table.rows.map((r) => [r.cells[0]!.text, r.cells[0]!.details])).toEqual([
		['ERUF', ['EU-medel']],
		['ESF+', ['EU-medel']],
		['Interreg Aurora', ['EU-medel']],
		['Regionala medel', ['regionala medel']],
		['1:1-anslaget', ['statliga medel']],
		['Region Norrbottens kulturram', ['regionala medel']],
		['Ingen fond angiven', undefined],
	]);
});
