import { describe, expect, it } from 'vitest';
import { createBank } from '../../../../src/views/bank.ts';
import { countyCountMap, municipalityCountMap, municipalityMoneyMap } from '../../../../src/views/maps.ts';
import { siteConfig } from '../../../../src/site.config.ts';
import { shippedProjects } from '../../../helpers/shipped.ts';

const bank = createBank(shippedProjects(), siteConfig);

describe('maps', () => {
	it('say each area’s figure in words and lead to its page', () => {
		const counts = municipalityCountMap(bank);
		expect(counts.areas).toHaveLength(290);
		expect(counts.areas.find((a) => a.code === '2480')).toMatchObject({ label: 'Umeå: 14 projekt', href: '/kommun/umea/' });
		expect(counts.areas.find((a) => a.code === '1280')).toMatchObject({ label: 'Malmö: inga projekt', shade: 0 });
		expect(counts.legend[0]).toEqual({ text: 'Inga projekt', shade: 0 });
		expect(Math.max(...counts.areas.map((a) => a.shade as number))).toBe(counts.legend.length - 1);
		const money = municipalityMoneyMap(bank);
		expect(money.legend[0]).toEqual({ text: 'Inga beviljade projekt', shade: 0 });
		expect(money.areas.find((a) => a.code === '2480')!.label).toMatch(
			/^Umeå: [\d\u00a0]+\u00a0kr \(beräknad jämn andel av budgetarna(; \d+ av \d+ beviljade projekt anger budget)?\)$/,
		);
		expect(money.areas.find((a) => a.code === '1280')!.label).toBe('Malmö: inga beviljade projekt');
		const counties = countyCountMap(bank);
		expect(counties.areas).toHaveLength(21);
		expect(counties.areas.find((a) => a.code === '24')!.href).toBe('/lan/vasterbotten/');
	});
});
