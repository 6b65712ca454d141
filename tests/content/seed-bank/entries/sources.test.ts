import { expect, it } from 'vitest';
import { readSources } from '../../../../src/entries/sources.ts';
import { shippedProjects } from '../../../helpers/shipped.ts';

it('reads the shipped documents, each with its text, and every shipped project cites one by its exact title', () => {
	const sources = readSources();
	expect(sources.map((s) => [s.slug, s.kind, s.date])).toEqual([
		['harnosand-ansokan-hso', 'application', undefined],
		['norrbotten-protokoll-2020-03-24', 'minutes', '2020-03-24'],
		['vasterbotten-andringsbeslut-dovi', 'decision', '2025-08-29'],
		['vasterbotten-beviljade-projekt', 'list', undefined],
		['vasterbotten-pm-indi', 'pm', undefined],
	]);
	for (const s of sources) expect(s.text?.length, s.slug).toBeGreaterThan(10_000);
	const titles = new Set(sources.map((s) => s.title));
	for (const p of shippedProjects()) expect(titles.has(p.data.source.document), p.key).toBe(true);
});
