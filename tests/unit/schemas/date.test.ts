import { describe, expect, it } from 'vitest';
import { isoDateSchema, isRealDate } from '../../../src/schemas/date.ts';

describe('isRealDate', () => {
	it('accepts real calendar dates, leap days included', () => {
		expect(isRealDate('2026-08-31')).toBe(true);
		expect(isRealDate('2024-02-29')).toBe(true);
		expect(isRealDate('2000-02-29')).toBe(true);
	});
	it.each(['2026-02-30', '2025-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-01-00', '2026-8-31', '31 augusti 2026', '20201101', ' 2026-08-31'])('rejects %j', (text) => {
		expect(isRealDate(text)).toBe(false);
	});
});

describe('isoDateSchema', () => {
	it('keeps dates as ISO text, from text or from a YAML date', () => {
		expect(isoDateSchema.parse('2026-08-31')).toBe('2026-08-31');
		expect(isoDateSchema.parse(' 2026-08-31 ')).toBe('2026-08-31');
		expect(isoDateSchema.parse(new Date(Date.UTC(2020, 2, 24)))).toBe('2020-03-24');
	});

	it('says what it expected and what it found', () => {
		expect(isoDateSchema.safeParse('2026-02-30').error?.issues[0]?.message).toMatchInlineSnapshot(`"expected a real date written YYYY-MM-DD, found "2026-02-30""`);
		expect(isoDateSchema.safeParse(new Date(Number.NaN)).error?.issues[0]?.message).toMatchInlineSnapshot(`"expected a real date written YYYY-MM-DD, found an invalid date"`);
		expect(isoDateSchema.safeParse(20200324).error?.issues[0]?.message).toMatchInlineSnapshot(`"expected a real date written YYYY-MM-DD, found 20200324"`);
	});
});
