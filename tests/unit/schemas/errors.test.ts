import { expect, it } from 'vitest';
import { describeFound, expectedFound, formatIssues, formatPath } from '../../../src/schemas/errors.ts';

it('describes what was found in words an editor reads', () => {
	expect(describeFound(undefined)).toBe('nothing (the field is missing)');
	expect(describeFound(null)).toBe('an empty value');
	expect(describeFound(new Date(Date.UTC(2020, 2, 24)))).toBe('2020-03-24');
	expect(describeFound(new Date(Number.NaN))).toBe('an invalid date');
	expect(describeFound('Umea')).toBe('"Umea"');
	expect(describeFound(12)).toBe('12');
	expect(describeFound(false)).toBe('false');
	expect(describeFound([1, 2])).toBe('a list of 2');
	expect(describeFound({ a: 1 })).toBe('an object');
	expect(expectedFound('a number', 'x')).toBe('expected a number, found "x"');
});

it('names fields by their path and files by their path', () => {
	expect(formatPath(['financing', 5, 'amount'])).toBe('financing[5].amount');
	expect(formatPath(['owner', 'name'])).toBe('owner.name');
	expect(formatPath([])).toBe('');
	expect(formatIssues('a.md', [{ path: ['title'], message: 'm' }, { path: [], message: 'n' }])).toEqual(['a.md: title: m', 'a.md: (frontmatter): n']);
});
