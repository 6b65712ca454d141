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
