/**
 * Error messages an editor can act on, in Swedish: what was expected, what the file says, and what
 * to do. Zod adds the field path; the validator adds the file and the line.
 */
import { closestMatches } from '../domain/text.ts';

/** A value as an editor wrote it: text in quotes (on one line, long text cut short), anything else as is. */
export function quote(value: unknown): string {
	if (typeof value === 'string') {
		const line = value.replace(/\s*\n\s*/g, ' ');
		return `"${line.length > 80 ? `${line.slice(0, 79)}…` : line}"`;
	}
	if (Array.isArray(value))
		return value.length === 0 ? 'en tom lista' : `en lista med ${value.length} ${value.length === 1 ? 'värde' : 'värden'}`;
	if (value !== null && typeof value === 'object') return 'en grupp av fält';
	return String(value);
}

/** What the file says, as the second half of "väntade …, men …". */
export function describeFound(input: unknown): string {
	if (input === undefined) return 'fältet saknas';
	if (input === null || (typeof input === 'string' && input.trim() === '')) return 'fältet är tomt';
	return `det står ${quote(input)}`;
}

/** "väntade …, men det står …. <what to do>" */
export function expectedFound(expected: string, input: unknown, action?: string): string {
	return `väntade ${expected}, men ${describeFound(input)}.${action ? ` ${action}` : ''}`;
}

/** A zod `error` option: "väntade …, men …". */
export function expected(what: string, action?: string) {
	return (issue: { input?: unknown }) => expectedFound(what, issue.input, action);
}

/** "a, b eller c" */
export function listOr(items: readonly string[]): string {
	return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} eller ${items.at(-1)}`;
}

/** ' Menade du "x"?' for the closest of the candidates, or '' when none is close. */
export function didYouMean(input: unknown, candidates: readonly string[]): string {
	const suggestions = typeof input === 'string' ? closestMatches(input, candidates) : [];
	return suggestions.length ? ` Menade du ${listOr(suggestions.map((s) => JSON.stringify(s)))}?` : '';
}

/**
 * A field as an editor finds it in the file: keys as written, list rows counted from 1:
 * `financing, rad 6, amount`, `owner.orgNumber`.
 */
export function formatPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((out, key, i) => {
		if (typeof key === 'number') return `${out}${out ? ', ' : ''}rad ${key + 1}`;
		const separator = i === 0 ? '' : typeof path[i - 1] === 'number' ? ', ' : '.';
		return `${out}${separator}${String(key)}`;
	}, '');
}

/** One line per issue, for settings checked without line numbers: `file: field – message`. */
export function formatIssues(file: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]): string[] {
	return issues.map((issue) => `${file}: ${formatPath(issue.path) || 'inställningarna'} – ${issue.message}`);
}
