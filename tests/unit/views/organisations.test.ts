import { expect, it, vi } from 'vitest';
import { indexModel, paths } from '../../../src/views/organisations.ts';

vi.mock('astro:content', async () => (await import('../../helpers/astro-content.ts')).shippedContent());

it('/organisation/ lists every organisation with what it owns and co-finances', async () => {
	const page = await indexModel();
	expect(page.table.rows).toHaveLength(page.count);
	const ltu = page.table.rows.find((r) => r.cells[0]!.text === 'Luleå tekniska universitet')!;
	expect(ltu.cells.map((c) => c.text)).toEqual(['Luleå tekniska universitet', '3 projekt', '2 projekt']);
	expect(ltu.cells[0]!.href).toBe('/organisation/lulea-tekniska-universitet/');
});

it('an organisation’s page keeps owned and co-financed projects apart', async () => {
	const all = await paths();
	const ltu = all.find((p) => p.params.slug === 'lulea-tekniska-universitet')!.props;
	expect(ltu.spellings).toHaveLength(2);
	expect(ltu.owned!.rows).toHaveLength(3);
	expect(ltu.coFinanced!.caption).toMatch(/^Luleå tekniska universitet finns i finansieringen för 2 projekt, sammanlagt [\d\u00a0]+\u00a0kr$/);
	const amounts = ltu.coFinanced!.rows.map((r) => Number(r.cells[2]!.text.replace(/\D/g, '')));
	expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
	const financierOnly = all.find((p) => p.params.slug === 'sparbanken-nord')!.props;
	expect(financierOnly.owned).toBeUndefined();
	expect(financierOnly.spellings).toEqual([]);
	expect(financierOnly.coFinanced!.rows.find((r) => r.cells[0]!.text === 'Intersective Innovation 2.0')!.cells.map((c) => c.text)).toEqual(['Intersective Innovation 2.0', 'Sparbanken Nord', '538\u00a0838\u00a0kr', 'Beviljat']);
	const ownerOnly = all.find((p) => p.props.owned && !p.props.coFinanced)!;
	expect(ownerOnly.props.coFinanced).toBeUndefined();
});
