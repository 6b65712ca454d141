import { expect, it } from 'vitest';
import { searchRecord } from '../../../src/views/search.ts';
import { bankProject, fixtureBank } from '../../helpers/bank.ts';

const bank = fixtureBank();

it('a search record of the fixture bank’s euro grant carries its filters, and no kronor figure sorts it as zero: last in both directions', () => {
	const record = searchRecord(bankProject('10000004'), bank);
	expect(record.filters).toMatchInlineSnapshot(`
		{
		  "agare": [
		    "Luleå tekniska universitet",
		  ],
		  "ar": [
		    "2023",
		  ],
		  "arbete": [
		    "Avslutat enligt projektperioden",
		  ],
		  "beslutande": [
		    "Tillväxtverket",
		  ],
		  "finansiar": [],
		  "fond": [
		    "ERUF",
		  ],
		  "kommun": [
		    "Luleå",
		  ],
		  "lan": [
		    "Norrbottens län",
		  ],
		  "prioritering": [],
		  "status": [
		    "Beviljat",
		  ],
		}
	`);
	expect(record.sort).toMatchInlineSnapshot(`
		{
		  "budget": "a",
		  "budget_asc": "z",
		  "date": "2023-09-01",
		  "date_asc": "2023-09-01",
		  "granted": "a",
		  "granted_asc": "z",
		  "start": "2023-10-01",
		  "start_asc": "2023-10-01",
		}
	`);
	// The card states the euro amount as the source does, never converted and never "Belopp anges inte".
	expect(record.meta).toMatchObject({
		amount: 'Beviljat belopp: 250\u00a0000 euro (som källan anger det; inte omräknat)',
		decision: 'Beslut om stöd 1 september 2023',
		owner: 'Luleå tekniska universitet',
		places: 'Kommuner: Luleå',
		status: 'Beviljat',
		tone: 'granted',
	});
});

it('a county-wide project is found under its county and no municipality; an undated grant under no year', () => {
	const county = searchRecord(bankProject('10000006'), bank);
	expect(county.filters.kommun).toEqual([]);
	expect(county.filters.lan).toEqual(['Norrbottens län']);
	expect(county.filters.ar).toEqual(['2024', '2023']); // amended in 2024, granted in 2023
	expect(county.meta.places).toMatchInlineSnapshot(`"Län (utan namngivna kommuner): Norrbottens län"`);
	expect(searchRecord(bankProject('10000005'), bank).filters.ar).toEqual(['Beslutsdatum anges inte i källan']);
});

it('a search card says "Belopp anges inte" only where the source states no amount at all', () => {
	expect(searchRecord(bankProject('10000005'), bank).meta.amount).toBe('Belopp anges inte');
	expect(searchRecord(bankProject('10000007'), bank).meta.amount).toBe('Beviljat belopp: 400\u00a0000\u00a0kr');
});
