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
		expect(partialDateSchema.safeParse('2026-02-30').error?.issues[0]?.message).toMatchInlineSnapshot(
			`""2026-02-30" är inget riktigt datum. Kontrollera dagen och månaden i källan."`,
		);
		expect(partialDateSchema.safeParse('juni 2020').error?.issues[0]?.message).toMatchInlineSnapshot(
			`"väntade ett datum så exakt som källan anger det: ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM (en månad) eller ÅÅÅÅ (ett år), men det står "juni 2020". Skriv t.ex. 2026-08-31, 2020-06 eller 2020."`,
		);
		expect(partialDateSchema.safeParse(20200324).error?.issues[0]?.message).toMatchInlineSnapshot(
			`"väntade ett datum så exakt som källan anger det: ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM (en månad) eller ÅÅÅÅ (ett år), men det står 20200324. Skriv t.ex. 2026-08-31, 2020-06 eller 2020."`,
		);
		expect(partialDateSchema.safeParse(true).error?.issues[0]?.message).toMatchInlineSnapshot(
			`"väntade ett datum så exakt som källan anger det: ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM (en månad) eller ÅÅÅÅ (ett år), men det står true. Skriv t.ex. 2026-08-31, 2020-06 eller 2020."`,
		);
	});
});
