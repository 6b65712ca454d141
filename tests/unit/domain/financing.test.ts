import { describe, expect, it } from 'vitest';
import {
	correctedFigure,
	correctedRowAmounts,
	correctionOf,
	figureAt,
	financingAmountPath,
	financingLines,
	isDeciderRow,
	deciderRows,
} from '../../../src/domain/financing.ts';
import { project } from '../../helpers/fixtures.ts';
import { shippedProject } from '../../helpers/shipped.ts';

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

	it('keep the published figure and compute the share from the corrected one (§ 40)', () => {
		const p = shippedProject('20204763');
		const lines = financingLines(p.data);
		const row = lines.find((l) => l.financier === 'Skellefteå Science City')!;
		expect(row).toMatchObject({ amount: 666_030, corrected: 66_603, correctionIndex: 0 });
		expect(row.share).toBeCloseTo(66_603 / 8_980_610, 10);
		expect(lines.reduce((s, l) => s + l.share!, 0)).toBeCloseTo(1, 10);
		expect(correctionOf(p.data, 'financing[5].amount')?.index).toBe(0);
		expect(correctionOf(p.data, 'financing[4].amount')).toBeUndefined();
		expect(correctedFigure(p.data, 'financing[5].amount', 666_030)).toBe(66_603);
		expect(correctedFigure(p.data, 'financing[4].amount', 538_838)).toBe(538_838);
		expect(correctedFigure(p.data, 'totalBudget', undefined)).toBeUndefined();
		const rows = correctedRowAmounts(p.data);
		expect(rows[5]).toBe(66_603);
		expect(rows.reduce((s, r) => s + r, 0)).toBe(8_980_610); // the printed total
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
