/** The source documents of the fixture bank (bank.ts): what each is, and a text holding every cited passage. */
import type { SourceDocument } from '../../src/entries/sources.ts';

export const BESLUTSLISTA = 'Testregionen, beslutslista 2024';
export const PM = 'Region Västerbotten, PM';
export const PROTOKOLL = 'Protokoll, Region Norrbotten 2023-05-10';

export const bankSources: SourceDocument[] = [
	{
		slug: 'norrbotten-protokoll-2023-05-10',
		title: PROTOKOLL,
		issuer: 'Region Norrbotten',
		date: '2023-05-10',
		kind: 'minutes',
		text: '§ 12 Norrbotten rundar\nNämnden beviljar 800 000 kr ur 1:1-anslaget.\n§ 13 Piteå hamnlyft\nNämnden beviljar 400 000 kr.\n',
	},
	{
		slug: 'vasterbotten-pm',
		title: PM,
		issuer: 'Region Västerbotten',
		kind: 'pm',
		text: 'Finansieringsbudget\nFörslag till beslut: avslag.\n',
	},
	{
		slug: 'testregionen-beslutslista-2024',
		title: BESLUTSLISTA,
		issuer: 'Region Västerbotten',
		date: '2024-03-15',
		kind: 'list',
		text: 'Beviljade projekt 2024\nSolel i Umeå 1 000 000 kr\nLycksele bygdeprojekt\n',
	},
];
