import { expect, it, vi } from 'vitest';
import { model } from '../../../../src/views/statistics.ts';

vi.mock('astro:content', async () => (await import('../../../helpers/astro-content.ts')).shippedContent());

it('shows seven charts (money by decision year and by start year side by side) with tables, a money map and the municipalities with projects by even share', async () => {
	const page = await model();
	expect(page.charts.map((c) => c.spec.id)).toEqual([
		'diagram-prioriteringar',
		'diagram-fonder',
		'diagram-beslutande',
		'diagram-lan',
		'diagram-ar',
		'diagram-startar',
		'diagram-agare',
	]);
	expect(page.charts.every((c) => c.table !== undefined)).toBe(true);
	expect(page.map.areas).toHaveLength(290);
	const shares = page.table.rows.map((r) => Number(r.cells[2]!.text.replace(/\D/g, '')));
	expect(shares).toEqual([...shares].sort((a, b) => b - a));
	expect(page.table.captionId).toBe('kommuntabell');
	expect(page.withoutProjects + page.table.rows.length).toBe(290);
	expect(page.measures.projects).toBe(29);
});

// Every chart's words and table, the map's legend and the municipality table, pinned (not the outlines).
it('renders every chart, table and legend of the statistics page', async () => {
	const { map, ...page } = await model();
	const { geometry, ...legendAndAreas } = map;
	expect(geometry).toBeDefined();
	expect({ ...page, map: legendAndAreas }).toMatchSnapshot();
});
