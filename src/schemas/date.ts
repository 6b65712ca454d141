import { z } from 'astro/zod';
import { isPartialDate, isPlausibleDate, PLAUSIBLE_YEARS } from '../domain/dates.ts';
import { expected, expectedFound, quote } from './errors.ts';

const EXPECTED_DATE = 'ett datum så exakt som källan anger det: ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM (en månad) eller ÅÅÅÅ (ett år)';
const DATE_ACTION = 'Skriv t.ex. 2026-08-31, 2020-06 eller 2020.';

/**
 * A date kept as ISO text at the precision of the source: "2026-08-31", "2020-06" or "2020". Text
 * is checked strictly (2026-02-30 is an error, not March 2), and the year must be plausible
 * (1990–2100); a bare year may be written unquoted.
 */
export const partialDateSchema = z
	.union([z.string(), z.number()], { error: expected(EXPECTED_DATE, DATE_ACTION) })
	.transform((input, ctx) => {
		const text = String(input).trim();
		if (!isPartialDate(text)) {
			const message = /^\d{4}-\d{2}(-\d{2})?$/.test(text)
				? `${quote(input)} är inget riktigt datum. Kontrollera dagen och månaden i källan.`
				: expectedFound(EXPECTED_DATE, input, DATE_ACTION);
			ctx.addIssue({ code: 'custom', message, input });
			return z.NEVER;
		}
		if (!isPlausibleDate(text)) {
			ctx.addIssue({
				code: 'custom',
				message: `${quote(input)} ligger utanför åren ${PLAUSIBLE_YEARS.first}–${PLAUSIBLE_YEARS.last}. Kontrollera årtalet i källan.`,
				input,
			});
			return z.NEVER;
		}
		return text;
	})
	.meta({ kind: 'date' });
