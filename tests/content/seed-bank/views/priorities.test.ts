import { expect, it, vi } from 'vitest';
import { model } from '../../../../src/views/priorities.ts';

vi.mock('astro:content', async () => (await import('../../../helpers/astro-content.ts')).shippedContent());

it('gives every region its priority areas with anchors, summaries and projects by granted amount', async () => {
	const regions = await model();
	expect(regions.map((r) => [r.name, r.anchor, r.href])).toEqual([
		['Region Västerbotten', 'region-vasterbotten', '/beslutande/region-vasterbotten/'],
		['Region Norrbotten', 'region-norrbotten', '/beslutande/region-norrbotten/'],
		['Region Västernorrland', 'region-vasternorrland', '/beslutande/region-vasternorrland/'],
	]);
	const first = regions[0]!.priorities[0]!;
	expect(first.anchor).toBe('region-vasterbotten-1');
	expect(first.summary).toMatch(
		/^7 projekt, varav 6 beviljade\. Beviljat: [\d\u00a0]+\u00a0kr\. Total budget för de beviljade projekten, alla finansiärer: [\d\u00a0]+\u00a0kr\.$/,
	);
	expect(first.subs).toEqual([
		{
			anchor: 'region-vasterbotten-1-1-2-digitalisering-och-nya-losningar',
			text: 'Delprioritering 1.2 Digitalisering och nya lösningar: 1 projekt, inget beviljat.',
		},
	]);
	const amounts = first.table!.rows.map((r) => Number(r.cells[1]!.text.replace(/\D/g, '')) || 0);
	expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
	expect(regions[0]!.withoutPriority).toBe('1 projekt från Region Västerbotten anger ingen prioritering i sin källa; se');
	expect(regions[2]!.priorities).toEqual([]);
	expect(regions[2]!.withoutPriority).toBeDefined();
});
