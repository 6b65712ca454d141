import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../src/schemas/amount.ts';
import { isRealDate } from '../../src/schemas/date.ts';

describe('parseAmount', () => {
	it.each([
		['2 219 230', 2_219_230],
		['2 219 230 kr', 2_219_230],
		['2\u00a0219\u00a0230\u00a0kr', 2_219_230],
		['1 399 732 kronor', 1_399_732],
		['2 000 tkr', 2_000_000],
		['75 tkr', 75_000],
		['2219230', 2_219_230],
		['0', 0],
	])('reads %j as %d kronor', (text, expected) => {
		expect(parseAmount(text)).toBe(expected);
	});

	it.each(['2,5 miljoner', '2.5', '2 219 230,50', '66 6030 kr', '22 19230', '', 'kr', '-500', '1 00 000', '2 000 000 000 000 000 000'])(
		'rejects %j as ambiguous',
		(text) => {
			expect(parseAmount(text)).toBeUndefined();
		},
	);
});

describe('isRealDate', () => {
	it('accepts real calendar dates, leap days included', () => {
		expect(isRealDate('2026-08-31')).toBe(true);
		expect(isRealDate('2024-02-29')).toBe(true);
	});
	it('rejects impossible or malformed dates', () => {
		for (const text of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-8-31', '31 augusti 2026', '20201101']) {
			expect(isRealDate(text)).toBe(false);
		}
	});
});
