import { describe, expect, it } from 'vitest';
import { createBank } from '../../../src/views/bank.ts';
import { countRange, legendFor, MISSING_LEGEND, moneyRange, municipalityMoneyMap } from '../../../src/views/maps.ts';
import { granted, project, testConfig } from '../../helpers/fixtures.ts';

describe('legends', () => {
	it('give each class its range in words, from none to above the last break', () => {
		expect(legendFor([2, 5, 10], 'Inga projekt', countRange)).toEqual([
			'Inga projekt',
			'1–2 projekt',
			'3–5 projekt',
			'6–10 projekt',
			'11 projekt eller fler',
		]);
		expect(legendFor([1, 3], 'Inga', countRange)).toEqual(['Inga', '1 projekt', '2–3 projekt', '4 projekt eller fler']);
		expect(legendFor([], 'Inga', countRange)).toEqual(['Inga', '1 projekt eller fler']);
		expect(legendFor([1_000_000], 'Inga', moneyRange)).toEqual([
			'Inga',
			'upp till 1\u00a0000\u00a0000\u00a0kr',
			'mer än 1\u00a0000\u00a0000\u00a0kr',
		]);
	});
});

describe('the money map where the sources state no budget', () => {
	const noBudget = project((e) => {
		Object.assign(e, {
			id: '10000003',
			status: 'granted',
			financing: [],
			municipalities: ['Kiruna'],
			decisions: [{ kind: 'grant', summary: 'Beviljas.' }],
		});
		delete e.appliedAmount;
		delete e.totalBudget;
	});
	const map = municipalityMoneyMap(createBank([noBudget, granted('10000004', 'B', 400, undefined, ['Umeå'])], testConfig));

	it('gives an unknown figure a class and a legend entry of its own, unlike 0', () => {
		expect(map.areas.find((a) => a.code === '2584')).toMatchObject({
			shade: 'missing',
			label: 'Kiruna: uppgift saknas: det beviljade projektet anger ingen budget',
		});
		expect(map.areas.find((a) => a.code === '1280')).toMatchObject({ shade: 0, label: 'Malmö: inga beviljade projekt' });
		expect(map.areas.find((a) => a.code === '2480')!.shade).toBeGreaterThan(0);
		expect(map.legend.at(-1)).toEqual({ text: MISSING_LEGEND, shade: 'missing' });
		expect(map.legend[0]).toEqual({ text: 'Inga beviljade projekt', shade: 0 });
	});

	it('has no such entry where every figure is known', () => {
		expect(municipalityMoneyMap(createBank([granted('10000004', 'B', 400)], testConfig)).legend.map((l) => l.shade)).not.toContain(
			'missing',
		);
	});
});
