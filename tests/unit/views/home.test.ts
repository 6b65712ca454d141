import { expect, it, vi } from 'vitest';
import { model } from '../../../src/views/home.ts';
import { siteConfig } from '../../../src/site.config.ts';

vi.mock('astro:content', async () => (await import('../../helpers/astro-content.ts')).shippedContent());

it('says what the bank holds, per deciding region, and lists the latest decisions', async () => {
	const home = await model();
	expect(home.name).toBe(siteConfig.name);
	expect(home.measures).toMatchObject({ projects: 29, granted: 26, rejected: 2, applied: 1 });
	expect(home.funds).toEqual(siteConfig.funds.map((f) => f.name));
	expect(home.byRegion.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
		['Region Västerbotten', '19', '72\u00a0750\u00a0869\u00a0kr', expect.stringMatching(/kr$/)],
		['Region Norrbotten', '9', expect.stringMatching(/kr$/), expect.stringMatching(/kr$/)],
		['Region Västernorrland', '1', '–', '–'], // HSO: an application without a total budget
	]);
	expect(home.latest.caption).toBe('De 5 projekt med senast daterade beslut');
	expect(home.latest.rows[0]!.cells[0]!.text).toBe('Digital omställning i Västerbottens industrier DOVI');
});
