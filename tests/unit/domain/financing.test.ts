import { describe, expect, it } from 'vitest';
import { figureAt, financingAmountPath, financingLines, isDeciderRow, deciderRows } from '../../../src/domain/financing.ts';
import { project } from '../../helpers/fixtures.ts';

describe('figures by path', () => {
	it('reads the figure a correction names, and nothing else', () => {
		const data = { financing: [{ amount: 5 }, { amount: 7 }], totalBudget: 12, title: 'x' };
		expect(figureAt(data, 'financing[1].amount')).toBe(7);
		expect(figureAt(data, 'totalBudget')).toBe(12);
		expect(figureAt(data, 'title')).toBeUndefined();
		expect(figureAt(data, 'financing[2].amount')).toBeUndefined();
		expect(figureAt(data, 'totalBudget.amount')).toBeUndefined();
		expect(figureAt(null, 'totalBudget')).toBeUndefined();
		expect(financingAmountPath(5)).toBe('financing[5].amount');
	});
});

describe('the deciding region’s rows', () => {
	it('are those whose financier starts with the region’s name, in any case', () => {
		expect(isDeciderRow({ financier: 'Region Norrbotten (1:1)' }, 'Region Norrbotten')).toBe(true);
		expect(isDeciderRow({ financier: 'REGION NORRBOTTEN' }, 'Region Norrbotten')).toBe(true);
		expect(isDeciderRow({ financier: 'Region Västerbotten' }, 'Region Norrbotten')).toBe(false);
		expect(isDeciderRow({ financier: 'Kommuner i Region Norrbotten' }, 'Region Norrbotten')).toBe(false);
		expect(deciderRows([{ financier: 'A' }, { financier: 'Region X' }, { financier: 'Region X 1:1' }], 'Region X')).toHaveLength(2);
	});
});

describe('financing lines', () => {
	it('compute shares of the total budget and mark the deciding region', () => {
		const lines = financingLines(project().data);
		expect(lines.map((l) => [l.financier, l.amount, l.byDecider, l.inKind])).toEqual([
			['TILLVÄXTVERKET', 3_758_975, false, false],
			['REGION NORRBOTTEN', 2_219_230, false, false],
			['LULEÅ TEKNISKA UNIVERSITET', 1_200_000, false, false],
			['Region Västerbotten', 2_219_230, true, false],
		]);
		expect(lines[0]!.share).toBeCloseTo(3_758_975 / 9_397_435, 10);
		expect(lines.reduce((s, l) => s + l.share!, 0)).toBeCloseTo(1, 10);
		expect(lines.every((l) => l.corrected === undefined && l.correctionIndex === undefined)).toBe(true);
	});

	it('have no share without a total budget', () => {
		const p = project((e) => {
			e.financing = [];
			e.totalBudget = undefined;
		});
		expect(financingLines(p.data)).toEqual([]);
		expect(financingLines({ ...p.data, financing: [{ financier: 'A', amount: 1, inKind: true }] })[0]).toMatchObject({
			share: undefined,
			inKind: true,
		});
	});
});
