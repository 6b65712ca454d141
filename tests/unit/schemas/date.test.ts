import { describe, expect, it } from 'vitest';
import { partialDateSchema } from '../../../src/schemas/date.ts';

describe('partialDateSchema', () => {
	it('keeps a date as ISO text at the precision the source gives', () => {
		expect(partialDateSchema.parse('2026-08-31')).toBe('2026-08-31');
		expect(partialDateSchema.parse(' 2026-08-31 ')).toBe('2026-08-31');
		expect(partialDateSchema.parse('2020-06')).toBe('2020-06');
		expect(partialDateSchema.parse(2020)).toBe('2020');
	});

	it('says what it expected and what it found', () => {
		expect(partialDateSchema.safeParse('2026-02-30').error?.issues[0]?.message).toMatchInlineSnapshot(`"expected a real date as precise as the source gives it: YYYY-MM-DD, YYYY-MM (a month) or YYYY (a year), found "2026-02-30""`);
		expect(partialDateSchema.safeParse('juni 2020').error?.issues[0]?.message).toMatchInlineSnapshot(`"expected a real date as precise as the source gives it: YYYY-MM-DD, YYYY-MM (a month) or YYYY (a year), found "juni 2020""`);
		expect(partialDateSchema.safeParse(20200324).error?.issues[0]?.message).toMatchInlineSnapshot(`"expected a real date as precise as the source gives it: YYYY-MM-DD, YYYY-MM (a month) or YYYY (a year), found 20200324"`);
		expect(partialDateSchema.safeParse(true).error?.issues[0]?.message).toMatchInlineSnapshot(`"expected a real date as precise as the source gives it: YYYY-MM-DD, YYYY-MM (a month) or YYYY (a year), found true"`);
	});
});
