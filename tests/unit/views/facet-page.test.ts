import { expect, it, vi } from 'vitest';
import { paths } from '../../../src/views/facet-page.ts';

vi.mock('../../../src/views/collection.ts', async () => (await import('../../helpers/bank.ts')).mockedCollection());

const firstPage = async (kind: Parameters<typeof paths>[0], slug: string) =>
	(await paths(kind)).find((p) => p.params.slug === slug && !p.params.rest)!.props;

it('a municipality page of the fixture bank: each figure says what it counts, and the county-wide project apart', async () => {
	const lulea = await firstPage('kommun', 'lulea');
	expect(lulea.stats.map((s) => [s.figure, s.text])).toMatchInlineSnapshot(`
		[
		  [
		    "2 projekt",
		    "som verkar i Luleå, varav 2 beviljade",
		  ],
		  [
		    "400 000 kr",
		    "beviljat av de beslutande organen till 1 av 2 beviljade projekt; 1 anger beloppet bara i euro (står för sig, inte omräknat), allt ur 1:1-anslaget (statliga medel)",
		  ],
		  [
		    "250 000 euro",
		    "beviljat i euro till 1 beviljat projekt vars källa anger beloppet bara i euro: som källan anger det, inte omräknat och inte med i någon summa i kronor",
		  ],
		  [
		    "900 000 kr",
		    "i total budget, alla finansiärer, för 1 av 2 beviljade projekt; uppgift saknas för 1",
		  ],
		  [
		    "450 000 kr",
		    "beräknad jämn andel av de beviljade projektens budgetar (av det beviljade: 200 000 kr); se metoden nedan",
		  ],
		]
	`);
	expect(lulea.countyLevel!.heading).toBe('Projekt för hela Norrbottens län');
	expect(lulea.countyLevel!.text).toMatchInlineSnapshot(
		`"1 projekt verkar i Norrbottens län utan att källan namnger några kommuner. De kan röra Luleå men räknas inte i siffrorna ovan."`,
	);
	expect(lulea.countyLevel!.table.rows.map((r) => r.cells[0]!.text)).toEqual(['Norrbotten rundar']);
	expect(lulea.asFinancier!.text).toMatchInlineSnapshot(
		`"Luleå kommun har satt 200 000 kr i 1 projekt som beviljats, enligt projektens finansieringstabeller."`,
	);
	expect(lulea.compare).toEqual({ href: '/jamfor/?kommun=Lule%C3%A5', label: 'Jämför med en annan kommun' });
});

it('a county page counts the county-wide project; a decider page its own projects', async () => {
	const norrbotten = await firstPage('lan', 'norrbotten');
	expect(norrbotten.stats.map((s) => [s.figure, s.text])).toMatchInlineSnapshot(`
		[
		  [
		    "4 projekt",
		    "som verkar i Norrbottens län (1 av dem på länsnivå, utan namngivna kommuner), varav 3 beviljade och 1 avslaget",
		  ],
		  [
		    "1 200 000 kr",
		    "beviljat av de beslutande organen till 2 av 3 beviljade projekt; 1 anger beloppet bara i euro (står för sig, inte omräknat), allt ur 1:1-anslaget (statliga medel)",
		  ],
		  [
		    "250 000 euro",
		    "beviljat i euro till 1 beviljat projekt vars källa anger beloppet bara i euro: som källan anger det, inte omräknat och inte med i någon summa i kronor",
		  ],
		  [
		    "1 900 000 kr",
		    "i total budget, alla finansiärer, för 2 av 3 beviljade projekt; uppgift saknas för 1",
		  ],
		  [
		    "2 219 230 kr",
		    "sökt i 1 ansökan som avslogs eller inte är avgjord: inte beviljat",
		  ],
		  [
		    "1 900 000 kr",
		    "beräknad jämn andel av de beviljade projektens budgetar (av det beviljade: 1 200 000 kr); se metoden nedan",
		  ],
		]
	`);
	const tvv = await firstPage('beslutande', 'tillvaxtverket');
	// Granted in euro only: the euro figure as stated, no kronor figure, never 0 kr and never "källan anger inget".
	expect(tvv.stats.map((s) => [s.figure.replaceAll('\u00a0', ' '), s.text])).toEqual([
		['1 projekt', 'beslutade av eller sökta hos Tillväxtverket, varav 1 beviljat'],
		[
			'250 000 euro',
			'beviljat i euro till 1 beviljat projekt vars källa anger beloppet bara i euro: som källan anger det, inte omräknat och inte med i någon summa i kronor',
		],
		['uppgift saknas', 'om total budget för 1 beviljat projekt: källan anger ingen'],
	]);
	expect(tvv.stats.some((s) => s.figure.endsWith('kr') || s.text.includes('källan anger inget'))).toBe(false);
	expect(tvv.compare).toBeUndefined();
});
