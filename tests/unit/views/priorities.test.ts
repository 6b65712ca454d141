import { expect, it, vi } from 'vitest';
import { measure } from '../../../src/domain/measures.ts';
import { model, prioritySummary } from '../../../src/views/priorities.ts';
import { bankProject } from '../../helpers/bank.ts';

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
	// Granted money as far as stated: one of the two grants states no amount, and the sentence says so of the sum alone.
	expect(first.summary).toBe(
		'4 projekt, varav 2 beviljade. Beviljat: 1\u00a0000\u00a0000\u00a0kr för 1 av 2 beviljade projekt; uppgift saknas för 1. Total budget för de beviljade projekten, alla finansiärer: 2\u00a0500\u00a0000\u00a0kr för 1 av 2 beviljade projekt; uppgift saknas för 1.',
	);
	expect(first.subs).toEqual([
		{
			anchor: 'region-vasterbotten-1-1-2-digitalisering-och-nya-losningar',
			text: 'Delprioritering 1.2 Digitalisering och nya lösningar: 4 projekt, varav 2 beviljade. Beviljat: 1\u00a0000\u00a0000\u00a0kr för 1 av 2 beviljade projekt; uppgift saknas för 1. Total budget för de beviljade projekten, alla finansiärer: 2\u00a0500\u00a0000\u00a0kr för 1 av 2 beviljade projekt; uppgift saknas för 1.',
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

it('words a priority area’s sums for one project and for several, stated or not, never as a count of projects the sum went to', () => {
	const summary = (...keys: string[]) => prioritySummary(measure(keys.map(bankProject))).replaceAll('\u00a0', ' ');
	expect(summary('10000005')).toBe(
		'1 projekt, varav 1 beviljat. Beviljat: uppgift saknas. Total budget för det beviljade projektet, alla finansiärer: uppgift saknas.',
	);
	expect(summary('10000001')).toBe(
		'1 projekt, varav 1 beviljat. Beviljat: 1 000 000 kr. Total budget för det beviljade projektet, alla finansiärer: 2 500 000 kr.',
	);
	expect(summary('10000006', '10000007', '10000005')).toBe(
		'3 projekt, varav 3 beviljade. Beviljat: 1 200 000 kr för 2 av 3 beviljade projekt; uppgift saknas för 1. Total budget för de beviljade projekten, alla finansiärer: 1 900 000 kr för 2 av 3 beviljade projekt; uppgift saknas för 1.',
	);
	expect(summary('10000002', '10000003')).toBe('2 projekt, inget beviljat.');
	expect(summary('10000001', '10000005')).not.toMatch(/ till \d/);
});
