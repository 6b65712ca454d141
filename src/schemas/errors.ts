/**
 * Error messages an editor can act on: what was expected and what was found. Zod adds the field
 * path; the validator adds the file.
 */
export function describeFound(input: unknown): string {
	if (input === undefined) return 'nothing (the field is missing)';
	if (input === null) return 'an empty value';
	if (input instanceof Date) return Number.isNaN(input.getTime()) ? 'an invalid date' : input.toISOString().slice(0, 10);
	if (typeof input === 'string') return JSON.stringify(input);
	if (typeof input === 'number' || typeof input === 'boolean') return String(input);
	if (Array.isArray(input)) return `a list of ${input.length}`;
	return 'an object';
}

export function expectedFound(expected: string, input: unknown): string {
	return `expected ${expected}, found ${describeFound(input)}`;
}

/** A zod `error` option: "expected …, found …". */
export function expected(what: string) {
	return (issue: { input?: unknown }) => expectedFound(what, issue.input);
}

/** A zod issue path as an editor reads it: `financing[5].amount`. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** One line per issue: `file: field: message`. */
export function formatIssues(file: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]): string[] {
	return issues.map((issue) => `${file}: ${formatPath(issue.path) || '(frontmatter)'}: ${issue.message}`);
}
