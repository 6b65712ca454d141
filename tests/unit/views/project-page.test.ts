import { describe, expect, it, vi } from 'vitest';
import { financingTable, keyFacts } from '../../../src/views/project-page.ts';
import { bankProject, fixtureBank } from '../../helpers/bank.ts';

vi.mock('../../../src/views/collection.ts', async () => (await import('../../helpers/bank.ts')).mockedCollection());

const bank = fixtureBank();
const facts = (key: string) => keyFacts(bankProject(key), bank).map((f) => [f.term, f.value]);

describe('key facts of the fixture bank’s projects', () => {
	it('give a euro grant in euro, never as kronor, and the deciding agency', () => {
		expect(facts('10000004')).toEqual([
			['Status', 'Beviljat'],
			['Beviljat belopp', 'Anges inte i källan'],
			['Beviljat belopp i euro', '250\u00a0000 euro (som källan anger det; inte omräknat)'],
			['Projektägare', 'Luleå tekniska universitet'],
			['Projektperiod', '1 oktober 2023 – 30 september 2025'],
			['Arbetets status', 'Avslutat enligt projektperioden, som slutade 30 september 2025 (härlett: källan anger inte arbetets status)'],
			['Var projektet verkar', 'Luleå (Norrbottens län)'],
			['Beslutande organ', 'Tillväxtverket'],
			['Beslutsdatum', '1 september 2023'],
			['Ärende-id', '10000004'],
			['Diarienummer', 'TVV-2023-4'],
			['Fond eller anslag', 'ERUF (EU-medel)'],
		]);
	});

	it('say what the source lacks instead of leaving gaps or writing 0', () => {
		expect(facts('10000005')).toEqual([
			['Status', 'Beviljat'],
			['Beviljat belopp', 'Anges inte i källan'],
			['Projektägare', 'Lycksele kommun'],
			['Projektperiod', 'Anges inte i källan'],
			['Arbetets status', 'Anges inte i källan'],
			['Var projektet verkar', 'Lycksele (Västerbottens län)'],
			['Beslutande organ', 'Region Västerbotten'],
			['Beslutsdatum', 'Anges inte i källan'],
			['Ärende-id', '10000005'],
			['Diarienummer', 'RUN-2024-5'],
			['Fond eller anslag', 'ERUF (EU-medel)'],
			[
				'Prioritering (RUS)',
				'Prioritering 1: Västerbotten - en nytänkande och smart region, delprioritering 1.2 Digitalisering och nya lösningar',
			],
		]);
	});

	it('place a county-wide project in its county without naming municipalities, and name its latest amendment', () => {
		const county = facts('10000006');
		expect(county).toContainEqual(['Var projektet verkar', 'Norrbottens län (inga kommuner namngivna)']);
		expect(county).toContainEqual(['Senaste ändring', 'Ändringsbeslut, 20 januari 2024']);
		expect(county).toContainEqual(['Fond eller anslag', '1:1-anslaget (statliga medel)']);
	});
});

it('shows financing with each financier’s share of the budget', () => {
	const table = financingTable(bankProject('10000001'), bank)!;
	expect(table.rows.map((r) => r.cells.map((c) => c.text))).toMatchInlineSnapshot(`
		[
		  [
		    "Region Västerbotten",
		    "1 000 000 kr",
		    "40,0 %",
		  ],
		  [
		    "Tillväxtverket (ERUF)",
		    "1 000 000 kr",
		    "40,0 %",
		  ],
		  [
		    "Umeå kommun",
		    "500 000 kr",
		    "20,0 %",
		  ],
		]
	`);
});
