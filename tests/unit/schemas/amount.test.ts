import { describe, expect, it } from 'vitest';
import { amountSchema, parseAmount } from '../../../src/schemas/amount.ts';

describe('parseAmount', () => {
	it.each([
		['2 219 230', 2_219_230],
		['2 219 230 kr', 2_219_230],
		['2\u00a0219\u00a0230\u00a0kr', 2_219_230],
		['2\u202f219\u202f230', 2_219_230],
		['1 399 732 kronor', 1_399_732],
		['1 399 732 KR', 1_399_732],
		['2 000 tkr', 2_000_000],
		['75 tkr', 75_000],
		['  2219230  ', 2_219_230],
		['2219230', 2_219_230],
		['0', 0],
	])('reads %j as %d kronor', (text, expected) => {
		expect(parseAmount(text)).toBe(expected);
	});

	it.each([
		'2,5 miljoner',
		'2.5',
		'2 219 230,50',
		'66 6030 kr',
		'22 19230',
		'',
		'kr',
		'-500',
		'1 00 000',
		'2 000 000 000 000 000 000',
		'9007199254741 tkr',
		'0600000',
		'0 600 000',
		'00',
		'012 tkr',
	])('rejects %j as ambiguous', (text) => {
		expect(parseAmount(text)).toBeUndefined();
	});
});

describe('amountSchema', () => {
	it('accepts whole non-negative numbers and amounts as the sources write them', () => {
		expect(amountSchema.parse(1200)).toBe(1200);
		expect(amountSchema.parse('1 200 kr')).toBe(1200);
	});

	it('says what it expected and what it found', () => {
		expect(amountSchema.safeParse(2.5).error?.issues[0]?.message).toMatchInlineSnapshot(
			`""2.5" är inget belopp i hela kronor: punkt och komma används varken för decimaler eller för tusental. Skriv hela kronor med siffror och mellanslag mellan tusentalen, t.ex. 1500, "1 500", "1 500 kr" eller "2 000 tkr"."`,
		);
		expect(amountSchema.safeParse(-1).error?.issues[0]?.message).toMatchInlineSnapshot(
			`""-1" är inget belopp i hela kronor: ett belopp har inget minustecken. Skriv hela kronor med siffror och mellanslag mellan tusentalen, t.ex. 1500, "1 500", "1 500 kr" eller "2 000 tkr"."`,
		);
		expect(amountSchema.safeParse('2,5 miljoner').error?.issues[0]?.message).toMatchInlineSnapshot(
			`""2,5 miljoner" är inget belopp i hela kronor: punkt och komma används varken för decimaler eller för tusental. Skriv hela kronor med siffror och mellanslag mellan tusentalen, t.ex. 1500, "1 500", "1 500 kr" eller "2 000 tkr"."`,
		);
		expect(amountSchema.safeParse('0600000').error?.issues[0]?.message).toMatchInlineSnapshot(
			`""0600000" är inget belopp i hela kronor: ett belopp börjar inte med en nolla. Skriv hela kronor med siffror och mellanslag mellan tusentalen, t.ex. 1500, "1 500", "1 500 kr" eller "2 000 tkr"."`,
		);
		expect(amountSchema.safeParse(true).error?.issues[0]?.message).toMatchInlineSnapshot(
			`"väntade ett belopp i hela kronor, men det står true. Skriv hela kronor med siffror och mellanslag mellan tusentalen, t.ex. 1500, "1 500", "1 500 kr" eller "2 000 tkr"."`,
		);
	});
});
