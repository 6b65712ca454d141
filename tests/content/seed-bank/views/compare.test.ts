import { describe, expect, it, vi } from 'vitest';
import { comparePage, defaultPair, placeFilePaths } from '../../../../src/views/compare.ts';
import type { ComparedPlace } from '../../../../src/client/comparison.ts';
import { shippedProjects } from '../../../helpers/shipped.ts';

vi.mock('astro:content', async () => (await import('../../../helpers/astro-content.ts')).shippedContent());

const files = await placeFilePaths();
const place = (kind: string, slug: string) =>
	JSON.parse(files.find((f) => f.params.kind === kind && f.params.slug === slug)!.props.content) as ComparedPlace;
const total = (categories: ComparedPlace['byFund']) => categories.reduce((a, c) => a + c.measures.evenShareGranted!, 0);

describe('the files of the places', () => {
	it('are one per municipality and county, at /jamfor/<kind>/<slug>.json', () => {
		expect(files.filter((f) => f.params.kind === 'kommun')).toHaveLength(290);
		expect(files.filter((f) => f.params.kind === 'lan')).toHaveLength(21);
		expect(place('kommun', 'malmo')).toMatchObject({
			name: 'Malmö',
			path: '/kommun/malmo/',
			measures: { projects: 0 },
			byFund: [],
			byYear: [],
		});
	});

	it('hold the place’s own even share, split by fund, priority area and year so that the parts add up to it (each rounded to kronor)', () => {
		for (const [kind, slug] of [
			['kommun', 'umea'],
			['kommun', 'skelleftea'],
			['lan', 'norrbotten'],
		] as const) {
			const p = place(kind, slug);
			expect(p.measures.evenShareGranted).toBeGreaterThan(0);
			for (const split of [p.byFund, p.byPriority, p.byYear])
				expect(Math.abs(total(split) - p.measures.evenShareGranted!)).toBeLessThanOrEqual(split.length);
		}
	});

	it('count only granted projects in the splits, and put the grants the source does not date in a row of their own', () => {
		const umea = place('kommun', 'umea');
		const granted = shippedProjects().filter((p) => p.data.status === 'granted' && p.data.municipalities.includes('Umeå'));
		expect(umea.byYear.reduce((a, c) => a + c.measures.granted, 0)).toBe(granted.length);
		expect(umea.byYear.reduce((a, c) => a + c.measures.projects, 0)).toBe(granted.length);
		expect(umea.byYear.find((c) => c.unstated)?.category).toBe('Beslutsdatum anges inte i källan');
		const norrbotten = place('lan', 'norrbotten');
		expect(norrbotten.byYear.map((c) => c.category)).toContain('2020');
	});
});

describe('the compare page', () => {
	it('shows the two municipalities with most projects without a choice, and offers every municipality and county in its forms', async () => {
		const page = await comparePage();
		const pair = defaultPair(files.map((f) => JSON.parse(f.props.content) as ComparedPlace));
		expect(pair).toHaveLength(2);
		expect(pair[0]!.measures.projects).toBeGreaterThanOrEqual(pair[1]!.measures.projects);
		const others = files
			.map((f) => JSON.parse(f.props.content) as ComparedPlace)
			.filter((p) => p.kind === 'kommun' && !pair.some((q) => q.name === p.name));
		expect(Math.max(...others.map((p) => p.measures.projects))).toBeLessThanOrEqual(pair[1]!.measures.projects);
		expect(page.defaultNames).toEqual(pair.map((p) => p.name));
		expect(page.comparison.heading).toBe(`${pair[0]!.name} och ${pair[1]!.name}`);
		const [municipalities, counties] = page.forms;
		expect(municipalities!.options).toHaveLength(290);
		expect(municipalities!.options.find((o) => o.name === 'Umeå')!.src).toBe('/jamfor/kommun/umea.json');
		expect(municipalities!.selects.map((s) => s.selected)).toEqual([...page.defaultNames, '', '']);
		expect(counties!.options).toHaveLength(21);
		expect(counties!.selects.map((s) => s.label)).toEqual(['Län 1', 'Län 2', 'Län 3', 'Län 4']);
	});
});
