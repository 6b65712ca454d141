import { expect, it, vi } from 'vitest';
import { indexModel } from '../../../src/views/organisations.ts';

vi.mock('../../../src/views/collection.ts', async () => (await import('../../helpers/bank.ts')).mockedCollection());

it('/organisation/ lists every organisation of the fixture bank with its money, largest first, "uppgift saknas" apart from "–"', async () => {
	const page = await indexModel();
	expect(page.table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
		['Region Norrbotten', '1\u00a0200\u00a0000\u00a0kr', '–', '–', '–', '–'],
		['Region Västerbotten', '1\u00a0000\u00a0000\u00a0kr', '–', '–', '–', '–'],
		['Tillväxtverket', '250\u00a0000 euro', '–', '–', '1 projekt', '1\u00a0000\u00a0000\u00a0kr'], // in euro only, as stated
		['Umeå universitet', '–', '1 projekt', '1\u00a0000\u00a0000\u00a0kr', '–', '–'],
		['Norrbottens kommunförbund', '–', '1 projekt', '800\u00a0000\u00a0kr', '–', '–'],
		['Piteå kommun', '–', '1 projekt', '400\u00a0000\u00a0kr', '1 projekt', '300\u00a0000\u00a0kr'],
		['Umeå kommun', '–', '–', '–', '1 projekt', '500\u00a0000\u00a0kr'],
		['Luleå kommun', '–', '–', '–', '1 projekt', '200\u00a0000\u00a0kr'],
		['Sparbanken Nord', '–', '–', '–', '1 projekt', '200\u00a0000\u00a0kr'],
		['Luleå tekniska universitet', '–', '1 projekt', '250\u00a0000 euro', '–', '–'],
		['Lycksele kommun', '–', '1 projekt', 'uppgift saknas', '–', '–'],
		['Skellefteå kommun', '–', '–', '–', '–', '–'], // owns and co-finances only a proposal
	]);
	expect(page.table.rows[0]!.cells[0]!.href).toBe('/organisation/region-norrbotten/');
});
