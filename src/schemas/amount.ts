import { z } from 'astro/zod';
import { expected, expectedFound } from './errors.ts';

const EXPECTED_AMOUNT = 'whole kronor such as 2219230, "2 219 230", "2 219 230 kr" or "2 000 tkr"';

/**
 * Parses an amount written as the sources write it into whole kronor.
 * Accepts digits with spaces as thousands separators (groups of three), an optional "kr"/"kronor"
 * or "tkr" (thousands of kronor). Returns undefined for anything ambiguous: decimals, words,
 * misplaced separators.
 */
export function parseAmount(text: string): number | undefined {
	const match = /^\s*(\d{1,3}(?:[ \u00a0\u202f]\d{3})*|\d+)\s*(kr|kronor|tkr)?\s*$/i.exec(text);
	if (!match) return undefined;
	const kronor = Number(match[1]!.replace(/\D/g, ''));
	const value = match[2]?.toLowerCase() === 'tkr' ? kronor * 1000 : kronor;
	return Number.isSafeInteger(value) ? value : undefined;
}

/** An amount in whole kronor; see parseAmount for what editors may write. */
export const amountSchema = z
	.union([z.number(), z.string()], { error: expected(EXPECTED_AMOUNT) })
	.transform((input, ctx) => {
		const value = typeof input === 'number' ? (Number.isSafeInteger(input) && input >= 0 ? input : undefined) : parseAmount(input);
		if (value === undefined) {
			ctx.addIssue({ code: 'custom', message: expectedFound(EXPECTED_AMOUNT, input), input });
			return z.NEVER;
		}
		return value;
	});
