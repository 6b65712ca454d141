import { expect, it, vi } from 'vitest';
import { model } from '../../../src/views/statistics.ts';

vi.mock('../../../src/views/collection.ts', async () => (await import('../../helpers/bank.ts')).mockedCollection());

it('shows the fixture bank’s charts with tables, a map of every municipality, and the municipalities with projects', async () => {
	const page = await model();
	expect(page.charts.map((c) => c.spec.id)).toMatchInlineSnapshot(`
		[
		  "diagram-prioriteringar",
		  "diagram-fonder",
		  "diagram-beslutande",
		  "diagram-lan",
		  "diagram-ar",
		  "diagram-startar",
		  "diagram-agare",
		]
	`);
	expect(page.charts.every((c) => c.table !== undefined)).toBe(true);
	expect(page.map.areas).toHaveLength(290);
	expect(page.measures.projects).toBe(7);
	expect(page.withoutProjects + page.table.rows.length).toBe(290);
	expect(page.table.rows.map((r) => r.cells.map((c) => c.text))).toMatchInlineSnapshot(`
		[
		  [
		    "Umeå",
		    "2",
		    "1 250 000 kr",
		    "500 000 kr",
		  ],
		  [
		    "Skellefteå",
		    "2",
		    "1 250 000 kr",
		    "500 000 kr",
		  ],
		  [
		    "Luleå",
		    "2",
		    "450 000 kr",
		    "200 000 kr",
		  ],
		  [
		    "Piteå",
		    "1",
		    "450 000 kr",
		    "200 000 kr",
		  ],
		  [
		    "Kalix",
		    "1",
		    "inget beviljat",
		    "inget beviljat",
		  ],
		  [
		    "Lycksele",
		    "1",
		    "uppgift saknas",
		    "uppgift saknas",
		  ],
		]
	`);
	const fund = page.charts.find((c) => c.spec.id === 'diagram-fonder')!;
	expect(fund.table!.rows.map((r) => r.cells.map((c) => c.text))).toMatchInlineSnapshot(`
		[
		  [
		    "ERUF (EU-medel)",
		    "1 000 000 kr",
		    "2 500 000 kr",
		  ],
		  [
		    "1:1-anslaget (statliga medel)",
		    "1 200 000 kr",
		    "1 900 000 kr",
		  ],
		]
	`);
});

it('marks every stated sum in the statistics tables that leaves out projects stating no figure, as the other tables do', async () => {
	const page = await model();
	const rowsOf = (id: string) =>
		page.charts
			.find((c) => c.spec.id === id)!
			.table!.rows.map((r) => r.cells.map((c) => [c.text, ...(c.details ?? [])].join(' / ').replaceAll('\u00a0', ' ')));
	// Lycksele bygdeprojekt (granted, no amount, no budget) is counted by Region Västerbotten and its priority area.
	expect(rowsOf('diagram-beslutande')).toEqual([
		['Region Västerbotten', '1 000 000 kr / uppgift saknas för 1 av 2', '2 500 000 kr / uppgift saknas för 1 av 2'],
		['Region Norrbotten', '1 200 000 kr', '1 900 000 kr'],
		['Tillväxtverket', '250 000 euro / bara i euro: inte omräknat', 'uppgift saknas'],
	]);
	expect(rowsOf('diagram-prioriteringar')[0]).toEqual([
		'Region Västerbotten: Prioritering 1: Västerbotten - en nytänkande och smart region',
		'1 000 000 kr / uppgift saknas för 1 av 2',
		'2 500 000 kr / uppgift saknas för 1 av 2',
	]);
	// Even shares per county: Västerbottens län counts Lycksele bygdeprojekt too.
	expect(rowsOf('diagram-lan')[0]).toEqual([
		'Västerbottens län',
		'1 000 000 kr / uppgift saknas för 1 av 2',
		'2 500 000 kr / uppgift saknas för 1 av 2',
	]);
	// ERUF counts Arktisk testbädd (euro only, no budget) and Lycksele bygdeprojekt too; 1:1-anslaget's two grants state both.
	expect(rowsOf('diagram-fonder')).toEqual([
		[
			'ERUF (EU-medel)',
			'1 000 000 kr / uppgift saknas för 1 av 3 / och 250 000 euro för 1 av 3, bara i euro: inte omräknat, inte i summan',
			'2 500 000 kr / uppgift saknas för 2 av 3',
		],
		['1:1-anslaget (statliga medel)', '1 200 000 kr', '1 900 000 kr'],
	]);
	// The municipality table: Luleå's sums leave out Arktisk testbädd (no budget, no amount in kronor).
	const lulea = page.table.rows.find((r) => r.cells[0]!.text === 'Luleå')!;
	expect(lulea.cells.slice(2).map((c) => c.details)).toEqual([['uppgift saknas för 1 av 2'], ['uppgift saknas för 1 av 2']]);
	// The counts are for the tables: the chart's data carries the figures only.
	expect(page.charts.every((c) => !c.data.includes('counts'))).toBe(true);
});

it('says under a chart that a grant stated in euro only is in the table in euro, not in the kronor bars, and not missing', async () => {
	const page = await model();
	const note = (id: string) => page.charts.find((c) => c.spec.id === id)!.spec.note;
	expect(note('diagram-fonder')).toBe(
		'Summorna räknar bara de projekt som anger beloppet: 1 beviljat projekt anger inget beviljat belopp och 2 beviljade projekt anger ingen total budget. 1 beviljat projekt anger beloppet bara i euro: det står i tabellen i euro och ingår inte i staplarna, som är i kronor.',
	);
});
