import { z } from 'astro/zod';
import { describeFound, quote } from './errors.ts';

const AMOUNT_ACTION = 'Skriv hela kronor med siffror och mellanslag mellan tusentalen, t.ex. 1500, "1 500", "1 500 kr" eller "2 000 tkr".';

/** An amount as editors may write it: see parseAmount. No leading zero: "0600000" is no way to write 600 000. */
export const AMOUNT_PATTERN = /^\s*(0|[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})*|[1-9]\d*)\s*(kr|kronor|tkr)?\s*$/i;

/**
 * Parses an amount written as the sources write it into whole kronor.
 * Accepts digits with spaces as thousands separators (groups of three), an optional "kr"/"kronor"
 * or "tkr" (thousands of kronor). Returns undefined for anything ambiguous: decimals, words,
 * misplaced separators, a leading zero (YAML 1.1 and some tools read "0600000" as octal).
 */
export function parseAmount(text: string): number | undefined {
	const match = AMOUNT_PATTERN.exec(text);
	if (!match) return undefined;
	const kronor = Number(match[1]!.replace(/\D/g, ''));
	const value = match[2]?.toLowerCase() === 'tkr' ? kronor * 1000 : kronor;
	return Number.isSafeInteger(value) ? value : undefined;
}

function amountProblem(input: unknown): string {
	if (typeof input === 'string' && input.trim() !== '') {
		const text = input.trim();
		const why = text.startsWith('-')
			? ': ett belopp har inget minustecken'
			: /^0[\d\s]*\d/.test(text)
				? ': ett belopp börjar inte med en nolla'
				: /\d[.,]\d/.test(text)
					? ': punkt och komma används varken för decimaler eller för tusental'
					: ' skrivet med siffror';
		return `${quote(input)} är inget belopp i hela kronor${why}. ${AMOUNT_ACTION}`;
	}
	return `väntade ett belopp i hela kronor, men ${describeFound(input)}. ${AMOUNT_ACTION}`;
}

/**
 * An amount in whole kronor; see parseAmount for what editors may write. The reader keeps every
 * number not written as plain digits as the text it is (files.ts), so `1e6`, `-0` and `1.500` reach
 * this schema as written and are refused.
 */
export const amountSchema = z
	.union([z.number(), z.string()], { error: (issue) => amountProblem(issue.input) })
	.transform((input, ctx) => {
		const value = typeof input === 'number' ? (Number.isSafeInteger(input) && input >= 0 ? input : undefined) : parseAmount(input);
		if (value === undefined) {
			ctx.addIssue({ code: 'custom', message: amountProblem(typeof input === 'number' ? String(input) : input), input });
			return z.NEVER;
		}
		return value;
	})
	.meta({ kind: 'amount' });

const EURO_PATTERN = /^\s*(0|[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})*|[1-9]\d*)\s*(euro|eur|€)?\s*$/i;
const EURO_ACTION = 'Skriv hela euro med siffror och mellanslag mellan tusentalen, t.ex. 250000, "250 000" eller "250 000 euro".';

/** Parses an amount in whole euro, written like an amount in kronor but with "euro", "EUR" or "€". */
export function parseEuro(text: string): number | undefined {
	const match = EURO_PATTERN.exec(text);
	if (!match) return undefined;
	const value = Number(match[1]!.replace(/\D/g, ''));
	return Number.isSafeInteger(value) ? value : undefined;
}

/** An amount in whole euro, as a source that decides in euro (an EU programme) gives it; never converted to kronor. */
export const euroAmountSchema = z
	.union([z.number(), z.string()], {
		error: (issue) => `väntade ett belopp i hela euro, men ${describeFound(issue.input)}. ${EURO_ACTION}`,
	})
	.transform((input, ctx) => {
		const value = typeof input === 'number' ? (Number.isSafeInteger(input) && input >= 0 ? input : undefined) : parseEuro(input);
		if (value === undefined) {
			ctx.addIssue({ code: 'custom', message: `${quote(String(input))} är inget belopp i hela euro. ${EURO_ACTION}`, input });
			return z.NEVER;
		}
		return value;
	})
	.meta({ kind: 'amount' });
