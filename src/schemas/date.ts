import { z } from 'astro/zod';
import { isPartialDate } from '../domain/dates.ts';
import { expected, expectedFound } from './errors.ts';

const EXPECTED_DATE = 'a real date as precise as the source gives it: YYYY-MM-DD, YYYY-MM (a month) or YYYY (a year)';

/**
 * A date kept as ISO text at the precision of the source: "2026-08-31", "2020-06" or "2020". Text
 * is checked strictly (2026-02-30 is an error, not March 2); a bare year may be written unquoted.
 */
export const partialDateSchema = z
	.union([z.string(), z.number()], { error: expected(EXPECTED_DATE) })
	.transform((input, ctx) => {
		const text = String(input).trim();
		if (!isPartialDate(text)) {
			ctx.addIssue({ code: 'custom', message: expectedFound(EXPECTED_DATE, input), input });
			return z.NEVER;
		}
		return text;
	});
