import { expect, it } from 'vitest';
import { passageLine } from '../../../src/domain/sources.ts';

const text = ' § 35 \n\nÄrendet\nText om § 36 i löptext\n § 36 \n\nBeslut\n 20372556\nVRISP\n';

it('finds the line a passage begins on: a line that starts with it, before one that mentions it', () => {
	expect(passageLine(text, '§ 36')).toBe(5);
	expect(passageLine(text, '§ 35')).toBe(1);
});

it('takes the first part of a passage of several, and a case number where the label is not printed', () => {
	expect(passageLine(text, 'Beslut; Motivering till beslut')).toBe(7);
	expect(passageLine(text, 'Ärende-id 20372556')).toBe(8);
});

it('finds nothing rather than guessing', () => {
	expect(passageLine(text, '§ 99')).toBeUndefined();
	expect(passageLine(text, '')).toBeUndefined();
});
