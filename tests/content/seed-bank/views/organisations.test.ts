import { expect, it, vi } from 'vitest';
import { indexModel, paths } from '../../../../src/views/organisations.ts';

vi.mock('astro:content', async () => (await import('../../../helpers/astro-content.ts')).shippedContent());

it('/organisation/ lists every organisation with its money, largest first', async () => {
	const page = await indexModel();
	expect(page.table.rows).toHaveLength(page.count);
	expect(page.table.columns.map((c) => c.label)).toEqual([
		'Organisation',
		'Beviljat som beslutande organ',
		'Äger, beviljade projekt',
		'Beviljat till egna projekt',
		'Medfinansierar, beviljade projekt',
		'Medfinansiering i beviljade projekt',
	]);
	const money = page.table.rows.map((r) => [1, 3, 5].reduce((s, i) => s + (Number(r.cells[i]!.text.replace(/\D/g, '')) || 0), 0));
	expect(money).toEqual([...money].sort((a, b) => b - a));
	const ltu = page.table.rows.find((r) => r.cells[0]!.text === 'Luleå tekniska universitet')!;
	expect(ltu.cells[0]!.href).toBe('/organisation/lulea-tekniska-universitet/');
	expect(ltu.cells[2]!.text).toBe('2 projekt'); // of its three, INDI is a proposal
	expect(page.table.rows.some((r) => /företag$/i.test(r.cells[0]!.text))).toBe(false); // "Deltagande företag" is no organisation
});

it('an organisation’s page keeps owned and co-financed projects, and granted and applied money, apart', async () => {
	const all = await paths();
	const ltu = all.find((p) => p.params.slug === 'lulea-tekniska-universitet')!.props;
	expect(ltu.spellings).toHaveLength(2);
	expect(ltu.owned!.rows).toHaveLength(3);
	expect(ltu.ownedStats[0]).toEqual({
		figure: '3 projekt',
		text: 'med Luleå tekniska universitet som projektägare, varav 2 beviljade och 1 som inte är avgjort',
	});
	const tillvaxtverket = all.find((p) => p.params.slug === 'tillvaxtverket')!.props;
	expect(tillvaxtverket.coFinancingStats).toEqual([
		{ figure: '32\u00a0422\u00a0359\u00a0kr', text: 'i 7 projekt som beviljats, enligt deras finansieringstabeller' },
		{ figure: '15\u00a0758\u00a0975\u00a0kr', text: 'i finansieringen av 2 projekt som avslogs eller inte är avgjorda: inte beviljat' },
	]);
	const statuses = tillvaxtverket.coFinanced!.rows.map((r) => r.cells[3]!.tag!.tone);
	expect(statuses.slice(0, 7).every((s) => s === 'granted')).toBe(true);
	const ssc = all.find((p) => p.params.slug === 'skelleftea-science-city')!.props;
	expect(ssc.coFinanced!.rows[0]!.cells[2]).toEqual({ text: '66\u00a0603\u00a0kr', details: ['rättat belopp, se projektet'] });
	const financierOnly = all.find((p) => p.params.slug === 'sparbanken-nord')!.props;
	expect(financierOnly.owned).toBeUndefined();
	expect(financierOnly.ownedStats).toEqual([]);
	expect(financierOnly.spellings).toEqual([]);
	const ownerOnly = all.find((p) => p.props.owned && !p.props.coFinanced)!;
	expect(ownerOnly.props.coFinancingStats).toEqual([]);
});

// The index and every organisation page of the seed bank, pinned: owned and co-financed, granted and applied.
it('renders the index and every organisation page', async () => {
	expect(await indexModel()).toMatchSnapshot();
	for (const path of await paths()) expect(path.props, path.params.slug).toMatchSnapshot(path.params.slug);
});
