import { z } from 'astro/zod';
import { expected, expectedFound } from './errors.ts';

const EXPECTED_DATE = 'a real date written YYYY-MM-DD';

/**
 * A calendar date, kept as an ISO string ("2026-08-31"). Strings are checked strictly (2026-02-30
 * is an error, not March 2). YAML parsers that turn dates into Date objects (Astro's) are accepted
 * too; the pre-build validator reads dates as strings, so impossible dates never get that far.
 */
export const isoDateSchema = z
	.union([z.string(), z.date()], { error: expected(EXPECTED_DATE) })
	.transform((input, ctx) => {
		const iso = typeof input === 'string' ? input.trim() : Number.isNaN(input.getTime()) ? '' : input.toISOString().slice(0, 10);
		if (!isRealDate(iso)) {
			ctx.addIssue({ code: 'custom', message: expectedFound(EXPECTED_DATE, input), input });
			return z.NEVER;
		}
		return iso;
	});

export function isRealDate(iso: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
