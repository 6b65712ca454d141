import { expect, it } from 'vitest';
import { describeFound, didYouMean, expectedFound, formatIssues, formatPath, listOr, quote } from '../../../src/schemas/errors.ts';

it('describes what the file says in words an editor reads', () => {
	expect(describeFound(undefined)).toBe('fältet saknas');
	expect(describeFound(null)).toBe('fältet är tomt');
	expect(describeFound('  ')).toBe('fältet är tomt');
	expect(describeFound('Umea')).toBe('det står "Umea"');
	expect(describeFound(12)).toBe('det står 12');
	expect(describeFound(false)).toBe('det står false');
	expect(describeFound([])).toBe('det står en tom lista');
	expect(describeFound([1])).toBe('det står en lista med 1 värde');
	expect(describeFound([1, 2])).toBe('det står en lista med 2 värden');
	expect(describeFound({ a: 1 })).toBe('det står en grupp av fält');
	expect(expectedFound('ett tal', 'x', 'Skriv siffror.')).toBe('väntade ett tal, men det står "x". Skriv siffror.');
});

it('quotes text on one line, cutting long text short', () => {
	expect(quote('a "b"\n  c')).toBe('"a "b" c"');
	expect(quote('x'.repeat(100))).toBe(`"${'x'.repeat(79)}…"`);
});

it('lists choices and suggests the closest', () => {
	expect(listOr(['a'])).toBe('a');
	expect(listOr(['a', 'b', 'c'])).toBe('a, b eller c');
	expect(didYouMean('Region Västerbottten', ['Region Västerbotten', 'Region Norrbotten'])).toBe(' Menade du "Region Västerbotten"?');
	expect(didYouMean('Något helt annat', ['Region Västerbotten'])).toBe('');
});

it('names fields as an editor finds them, rows counted from 1', () => {
	expect(formatPath(['financing', 5, 'amount'])).toBe('financing, rad 6, amount');
	expect(formatPath(['municipalities', 0])).toBe('municipalities, rad 1');
	expect(formatPath(['owner', 'name'])).toBe('owner.name');
	expect(formatPath(['decisions', 0, 'summary'])).toBe('decisions, rad 1, summary');
	expect(formatPath([])).toBe('');
	expect(
		formatIssues('a.ts', [
			{ path: ['title'], message: 'm' },
			{ path: [], message: 'n' },
		]),
	).toEqual(['a.ts: title – m', 'a.ts: inställningarna – n']);
});
