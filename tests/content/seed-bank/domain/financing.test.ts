import { describe, expect, it } from 'vitest';
import { correctedFigure, correctedRowAmounts, correctionOf, financingLines } from '../../../../src/domain/financing.ts';
import { shippedProject } from '../../../helpers/shipped.ts';

describe('financing lines', () => {
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
});
