import { expect, it, vi } from 'vitest';
import { model } from '../../../src/views/priorities.ts';

vi.mock('../../../src/views/collection.ts', async () => (await import('../../helpers/bank.ts')).mockedCollection());

it('gives each region of the settings its priority areas, with what is granted and what is not stated', async () => {
	const regions = await model();
	expect(regions.map((r) => [r.name, r.anchor, r.href])).toMatchInlineSnapshot(`
		[
		  [
		    "Region Västerbotten",
		    "region-vasterbotten",
		    "/beslutande/region-vasterbotten/",
		  ],
		  [
		    "Region Norrbotten",
		    "region-norrbotten",
		    "/beslutande/region-norrbotten/",
		  ],
		  [
		    "Tillväxtverket",
		    "tillvaxtverket",
		    "/beslutande/tillvaxtverket/",
		  ],
		]
	`);
	const first = regions[0]!.priorities[0]!;
	expect(first.anchor).toBe('region-vasterbotten-1');
	// Granted money as far as stated: one of the two grants states no amount. (Not pinned word for word: the
	// sentence reads "uppgift saknas för 1 till 2 projekt", which a follow-up should reword.)
	expect(first.summary).toMatch(/^4 projekt, beviljat 1\u00a0000\u00a0000\u00a0kr för 1 av 2 beviljade projekt; uppgift saknas för 1 /);
	expect(first.subs).toEqual([
		{
			anchor: 'region-vasterbotten-1-1-2-digitalisering-och-nya-losningar',
			text: 'Delprioritering 1.2 Digitalisering och nya lösningar: 4 projekt, beviljat 1\u00a0000\u00a0000\u00a0kr för 1 av 2 beviljade projekt; uppgift saknas för 1.',
		},
	]);
	expect(first.table!.rows.map((r) => r.cells.map((c) => c.text))).toMatchInlineSnapshot(`
		[
		  [
		    "Solel i Umeå",
		    "1 000 000 kr",
		    "2 500 000 kr",
		    "15 mars 2024",
		    "Beviljat",
		    "Avslutat enligt projektperioden",
		    "Region Västerbotten",
		  ],
		  [
		    "Digital industri",
		    "–",
		    "9 397 435 kr",
		    "1 juni 2024",
		    "Avslaget",
		    "anges ej",
		    "Region Västerbotten",
		  ],
		  [
		    "Lycksele bygdeprojekt",
		    "–",
		    "–",
		    "anges ej",
		    "Beviljat",
		    "anges ej",
		    "Region Västerbotten",
		  ],
		  [
		    "Skogsnätverket",
		    "–",
		    "600 000 kr",
		    "inte avgjort",
		    "Föreslås avslag",
		    "anges ej",
		    "Region Västerbotten",
		  ],
		]
	`);
	expect(regions.map((r) => r.withoutPriority)).toMatchInlineSnapshot(`
		[
		  undefined,
		  "2 projekt från Region Norrbotten anger ingen prioritering i sin källa; se",
		  "1 projekt från Tillväxtverket anger ingen prioritering i sin källa; se",
		]
	`);
});
