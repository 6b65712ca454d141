import { expect, it, vi } from 'vitest';
import { model } from '../../../src/views/home.ts';

vi.mock('../../../src/views/collection.ts', async () => (await import('../../helpers/bank.ts')).mockedCollection());

it('says what the fixture bank holds, granted and applied money apart, and how many lack a figure', async () => {
	const home = await model();
	expect(home.name).toBe('Testbanken');
	expect(home.stats).toEqual([
		{ figure: '7 projekt', text: 'i banken, varav 5 beviljade, 1 avslaget och 1 som inte är avgjort' },
		{
			figure: '2\u00a0200\u00a0000\u00a0kr',
			// Lycksele bygdeprojekt states no amount; Arktisk testbädd states it in euro only, given apart below.
			text: 'beviljat av de beslutande organen till 3 av 5 beviljade projekt; uppgift saknas för 1; 1 anger beloppet bara i euro (står för sig, inte omräknat), varav',
			parts: [
				'1:1-anslaget (statliga medel): 1\u00a0200\u00a0000\u00a0kr i 2 projekt',
				'ERUF (EU-medel): 1\u00a0000\u00a0000\u00a0kr i 1 projekt',
			],
		},
		{
			figure: '250\u00a0000 euro',
			text: 'beviljat i euro till 1 beviljat projekt vars källa anger beloppet bara i euro: som källan anger det, inte omräknat och inte med i någon summa i kronor',
		},
		{ figure: '4\u00a0400\u00a0000\u00a0kr', text: 'i total budget, alla finansiärer, för 3 av 5 beviljade projekt; uppgift saknas för 2' },
		{ figure: '2\u00a0519\u00a0230\u00a0kr', text: 'sökt i 2 ansökningar som avslogs eller inte är avgjorda: inte beviljat' },
	]);
});

it('gives each decider its projects and money, "uppgift saknas" where no kronor figure is stated', async () => {
	const home = await model();
	expect(home.byDecider.rows.map((r) => r.cells.map((c) => [c.text, c.details]))).toEqual([
		[
			['Region Västerbotten', undefined],
			['4', undefined],
			['1\u00a0000\u00a0000\u00a0kr', ['uppgift saknas för 1 av 2']],
			['2\u00a0500\u00a0000\u00a0kr', ['uppgift saknas för 1 av 2']],
			['2\u00a0519\u00a0230\u00a0kr', undefined],
		],
		[
			['Region Norrbotten', undefined],
			['2', undefined],
			['1\u00a0200\u00a0000\u00a0kr', undefined],
			['1\u00a0900\u00a0000\u00a0kr', undefined],
			['ingen ansökan', undefined],
		],
		// granted in euro only: the euro as stated, not 0 kr and not "uppgift saknas"
		[
			['Tillväxtverket', undefined],
			['1', undefined],
			['250\u00a0000 euro', ['bara i euro: inte omräknat']],
			['uppgift saknas', undefined],
			['ingen ansökan', undefined],
		],
	]);
});

it('lists the latest decisions, an undated grant placed by its source document’s date, an amendment as one', async () => {
	const home = await model();
	expect(home.latest.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
		['Beslut om avslag', '1 juni 2024', 'Digital industri', '2\u00a0219\u00a0230\u00a0kr sökt', 'Region Västerbotten'],
		['Beslut om stöd', '15 mars 2024', 'Solel i Umeå', '1\u00a0000\u00a0000\u00a0kr beviljat', 'Region Västerbotten'],
		['Beslut om stöd', '15 mars 2024', 'Lycksele bygdeprojekt', '–', 'Region Västerbotten'],
		['Ändringsbeslut', '20 januari 2024', 'Norrbotten rundar', '–', 'Region Norrbotten'],
		['Beslut om stöd', '1 september 2023', 'Arktisk testbädd', '–', 'Tillväxtverket'],
	]);
});
