import { expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { sv } from '../../../src/i18n/sv.ts';

/** Every key path of a catalogue, with whether its value is text, a function (and its arity) or a group. */
function shape(value: unknown, path = ''): string[] {
	if (typeof value === 'function') return [`${path}()`];
	if (value && typeof value === 'object')
		return Object.entries(value)
			.sort(([a], [b]) => a.localeCompare(b))
			.flatMap(([k, v]) => shape(v, `${path}.${k}`));
	return [`${path}:${typeof value}`];
}

/**
 * The catalogue without `openData.descriptions`: a table of translations keyed by the Swedish words of the data's
 * definitions (empty in Swedish, which has them there), not words of the page's own; tests/content's data-page test checks it.
 */
const own = (c: typeof sv) => ({ ...c, openData: { ...c.openData, descriptions: {} } });

it('has every Swedish key in English and no other, each of the same kind', () => {
	expect(shape(own(en))).toEqual(shape(own(sv)));
	expect(sv.openData.descriptions).toEqual({});
	expect(shape(sv).length).toBeGreaterThan(50);
});

it('translates: no English text is the Swedish text, apart from names and words the same in both', () => {
	const texts = (value: unknown): string[] =>
		typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(texts) : [];
	const same = texts(own(en)).filter((text, i) => text === texts(own(sv))[i] && text.length > 6);
	expect(same).toEqual(['Total budget', 'true/false']);
});

it('gives the English functions their arguments, and words of their own', () => {
	expect(en.list.showing('1', '50', 1, 3)).toBe('Showing 1–50 (page 1 of 3).');
	expect(sv.list.showing('1', '50', 1, 3)).toBe('Visar 1–50 (sida 1 av 3).');
	expect(en.labels.workBySource('Completed', '31 March 2024')).toBe('Completed according to the source (as of 31 March 2024)');
});
