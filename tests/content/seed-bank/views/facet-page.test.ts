import { describe, expect, it, vi } from 'vitest';
import { deciderLead, nationwideNote, paths } from '../../../../src/views/facet-page.ts';
import { siteConfig } from '../../../../src/site.config.ts';
import { allMunicipalities } from '../../../../src/domain/registry.ts';
import { granted } from '../../../helpers/fixtures.ts';

vi.mock('astro:content', async () => (await import('../../../helpers/astro-content.ts')).shippedContent());

const firstPage = async (kind: Parameters<typeof paths>[0], slug: string) =>
	(await paths(kind)).find((p) => p.params.slug === slug && !p.params.rest)!.props;

describe('municipality pages', () => {
	it('exist for every municipality: one page without projects, every order of a list with them', async () => {
		const all = await paths('kommun');
		expect(new Set(all.map((p) => p.params.slug)).size).toBe(290);
		const malmo = all.filter((p) => p.params.slug === 'malmo');
		expect(malmo).toHaveLength(1);
		expect(malmo[0]!.props).toMatchObject({
			title: 'Malmö',
			listing: undefined,
			charts: [],
			place: true,
			countyLevel: undefined,
			asFinancier: undefined,
		});
		const umea = all.filter((p) => p.params.slug === 'umea');
		expect(umea.map((p) => p.params.rest)).toEqual([undefined]); // one order pre-rendered; 14 projects fit one page
		const first = umea[0]!.props;
		expect(first).toMatchObject({
			name: 'Umeå',
			title: 'Umeå',
			description: 'Projekt med offentlig finansiering: Umeå. 14 projekt.',
			lead: { text: 'Kommun i ', link: { href: '/lan/vasterbotten/', label: 'Västerbottens län' } },
		});
		expect(first.breadcrumbs).toEqual([{ href: '/', label: 'Start' }, { href: '/kommun/', label: 'Kommuner' }, { label: 'Umeå' }]);
		expect(first.charts.map((c) => c.spec.id)).toEqual(['diagram-fond', 'diagram-prioritering', 'diagram-ar']);
		expect(new Set(all.map((p) => p.cacheKey)).size).toBe(all.length);
	});

	it('link the compare page with the place chosen; counties too, deciders and funds not', async () => {
		expect((await firstPage('kommun', 'umea')).compare).toEqual({ href: '/jamfor/?kommun=Ume%C3%A5', label: 'Jämför med en annan kommun' });
		expect((await firstPage('lan', 'norrbotten')).compare).toEqual({
			href: '/jamfor/?lan=Norrbottens+l%C3%A4n',
			label: 'Jämför med ett annat län',
		});
		expect((await firstPage('fond', 'eruf')).compare).toBeUndefined();
	});

	it('link the other orders to the search page with the place’s filter', async () => {
		const umea = await firstPage('kommun', 'umea');
		expect(umea.listing!.table.columns.map((c) => c.sort?.href)).toEqual([
			undefined, // the search has no order by name
			'/sok/?kommun=Ume%C3%A5&sortera=belopp-minst',
			'/sok/?kommun=Ume%C3%A5&sortera=budget-storst',
			'/sok/?kommun=Ume%C3%A5&sortera=datum-nyast',
			undefined,
			undefined,
			undefined,
		]);
		expect(umea.listing!.orders.map((o) => o.href)).toEqual([
			'/kommun/umea/',
			'/sok/?kommun=Ume%C3%A5&sortera=belopp-minst',
			'/sok/?kommun=Ume%C3%A5&sortera=budget-storst',
			'/sok/?kommun=Ume%C3%A5&sortera=budget-minst',
			'/sok/?kommun=Ume%C3%A5&sortera=datum-nyast',
			'/sok/?kommun=Ume%C3%A5&sortera=datum-aldst',
		]);
		expect(umea.listing!.sortHint).toBe('Välj en kolumnrubrik för att sortera: listan visas då i sökningen.');
	});

	it('say what each figure counts, and keep the undecided INDI’s money out of Skellefteå’s granted figures', async () => {
		const skelleftea = await firstPage('kommun', 'skelleftea');
		expect(skelleftea.stats.map((s) => s.text)).toEqual([
			'som verkar i Skellefteå, varav 13 beviljade och 1 som inte är avgjort',
			'beviljat av de beslutande organen till 13 beviljade projekt, varav',
			'i total budget för de beviljade projekten, alla finansiärer',
			'sökt i 1 ansökan som avslogs eller inte är avgjord: inte beviljat',
			expect.stringMatching(/^beräknad jämn andel av de beviljade projektens budgetar/),
		]);
		expect(skelleftea.stats[3]!.figure).toBe('2\u00a0219\u00a0230\u00a0kr');
		// EU, national and regional money named apart, never one regional figure.
		expect(skelleftea.stats[1]!.parts).toEqual([
			'ERUF (EU-medel): 25\u00a0862\u00a0475\u00a0kr i 8 projekt',
			'Regionala medel: 21\u00a0065\u00a0100\u00a0kr i 1 projekt', // the name says whose money it is
			'ESF+ (EU-medel): 5\u00a0360\u00a0890\u00a0kr i 3 projekt',
			'Interreg Aurora (EU-medel): 1\u00a0546\u00a0564\u00a0kr i 1 projekt',
		]);
		expect(skelleftea.stats[1]!.figure).toBe('53\u00a0835\u00a0029\u00a0kr'); // the parts' sum
	});

	it('list the county’s county-level projects apart, and the municipality’s own money as a financier', async () => {
		const skelleftea = await firstPage('kommun', 'skelleftea');
		expect(skelleftea.countyLevel!.heading).toBe('Projekt för hela Västerbottens län');
		expect(skelleftea.countyLevel!.text).toBe(
			'6 projekt verkar i Västerbottens län utan att källan namnger några kommuner. De kan röra Skellefteå men räknas inte i siffrorna ovan.',
		);
		expect(skelleftea.countyLevel!.table.rows).toHaveLength(6);
		expect(skelleftea.countyLevel!.more).toBeUndefined();
		expect(skelleftea.asFinancier!.heading).toBe('Skellefteå kommun som finansiär');
		expect(skelleftea.asFinancier!.text).toBe(
			'Skellefteå kommun har satt 1\u00a0234\u00a0571\u00a0kr i 3 projekt som beviljats, enligt projektens finansieringstabeller.',
		);
		expect(skelleftea.asFinancier!.link).toEqual({
			href: '/organisation/skelleftea-kommun/',
			label: 'Allt om Skellefteå kommun som projektägare och finansiär',
		});
		const lycksele = await firstPage('kommun', 'lycksele');
		expect(lycksele.asFinancier!.text).toMatch(/Kommunen äger själv 1 projekt\.$/);
		// Umeå's projects date no decision: no feed, and no link to one.
		const umea = await firstPage('kommun', 'umea');
		expect(umea.downloads.feed).toBeUndefined();
		expect(umea.alternates.map((a) => a.type)).not.toContain('application/atom+xml');
		const lulea = await firstPage('kommun', 'lulea');
		expect(lulea.downloads.feed).toBe('/kommun/lulea/beslut.xml');
		// Printed only as "VILHELMINA KOMMUN", owning one project and financing none: no "0 kr i 0 projekt".
		const vilhelmina = await firstPage('kommun', 'vilhelmina');
		expect(vilhelmina.asFinancier).toMatchObject({
			heading: 'Vilhelmina kommun som projektägare',
			text: 'Vilhelmina kommun finns inte i någon finansieringstabell i banken. Kommunen äger själv 1 projekt.',
		});
	});
});

describe('county, region and fund pages', () => {
	it('find every one of Region Norrbotten’s nine decisions under Norrbottens län', async () => {
		const county = await firstPage('lan', 'norrbotten');
		expect(county.lead).toEqual({
			text: 'Län med 14 kommuner. Se även ',
			link: { href: '/lan/norrbotten/#kommuner', label: 'länets kommuner' },
		});
		expect(county.municipalities).toHaveLength(14);
		expect(county.municipalities![0]).toEqual({ name: 'Arjeplog', href: '/kommun/arjeplog/', count: '4 projekt' });
		expect(county.place).toBe(true);
		const rows = (await paths('lan')).filter((p) => p.params.slug === 'norrbotten').flatMap((p) => p.props.listing!.table.rows);
		expect(rows.filter((r) => r.cells[6]!.text === 'Region Norrbotten')).toHaveLength(9);
		expect(county.stats[0]!.text).toContain('(8 av dem på länsnivå, utan namngivna kommuner)');
		expect(
			county.listing!.table.rows.filter((r) => r.cells[0]!.details?.includes('På länsnivå: källan namnger länet, inga kommuner')),
		).toHaveLength(8);
		expect(county.countyLevel).toBeUndefined();
	});

	it('have their own words', async () => {
		const region = await firstPage('beslutande', 'region-norrbotten');
		expect(region.stats[0]!.text).toBe('beslutade av eller sökta hos Region Norrbotten, varav 8 beviljade och 1 avslaget');
		expect(region.stats[1]!.figure).toBe('14\u00a0644\u00a0555\u00a0kr');
		expect(region.lead.link).toEqual({ href: '/prioritering/', label: 'prioriteringar' });
		expect(region.breadcrumbs[1]).toEqual({ href: '/beslutande/', label: 'Beslutande organ' });
		expect(region.place).toBe(false);
		expect(region.lead.text).toBe('Region som beslutar för Norrbottens län. Se även organets ');
		// Tillväxtverket decided none of the shipped projects; it co-finances several, on its organisation page.
		const agency = await firstPage('beslutande', 'tillvaxtverket');
		expect(agency.lead).toEqual({
			text: 'Förvaltande myndighet för ett EU-program som beslutar för hela landet. Projekt där Tillväxtverket finansierar eller äger utan att ha beslutat står på ',
			link: { href: '/organisation/tillvaxtverket/', label: 'organisationens sida' },
		});
		expect(agency.listing).toBeUndefined();
		expect(agency.empty).toBe('Banken har inga projekt som Tillväxtverket har beslutat om eller har att avgöra än.');
		expect((await firstPage('kommun', 'malmo')).empty).toBe('Banken har inga projekt som namnger Malmö än.');
		const fund = await firstPage('fond', 'esf');
		expect(fund.lead.link).toBeUndefined();
		expect(fund.stats[0]!.text).toMatch(/^med ESF\+ som fond eller anslag/);
		expect(fund.lead.text).toBe(`EU-medel. ${siteConfig.funds.find((f) => f.name === 'ESF+')!.description}`);
		expect(fund.charts.map((c) => c.spec.id)).not.toContain('diagram-fond');
		expect(fund.breadcrumbs[1]).toEqual({ href: '/fond/', label: 'Fonder och anslag' });
	});
});

describe('deciderLead', () => {
	const decider = { name: 'X', kind: 'region' as const, counties: [] as string[], national: false, priorities: [] };
	it('says what kind of body it is and what it decides for', () => {
		expect(deciderLead({ ...decider, counties: ['25', '24'] }).text).toBe('Region som beslutar för Norrbottens län och Västerbottens län.');
		expect(deciderLead({ ...decider, kind: 'interreg' }).text).toBe('Interregprogram.');
		expect(deciderLead({ ...decider, kind: 'agency', national: true }, '/organisation/x/').link).toEqual({
			href: '/organisation/x/',
			label: 'organisationens sida',
		});
	});
});

describe('a place’s projects for the whole country', () => {
	it('are named with how they count: in full in the figures, one equal part in the even share', () => {
		const national = granted(
			'10000001',
			'Nationellt',
			2_900_000,
			undefined,
			allMunicipalities.map((m) => m.name),
		);
		expect(nationwideNote([national, granted('10000002', 'Lokalt', 100)])).toBe(
			'1 projekt av dem verkar i hela Sverige. Det räknas, 2\u00a0900\u00a0000\u00a0kr beviljat, med hela sitt belopp i siffrorna ovan, som i varje kommun och län, men i den beräknade jämna andelen bara med en lika del per plats som källan namnger (1/290 per kommun där alla kommuner namnges).',
		);
		expect(nationwideNote([granted('10000002', 'Lokalt', 100)])).toBeUndefined();
	});
});
