import { expect, it } from 'vitest';
import { groupBy } from '../../../src/domain/grouping.ts';

it('puts an item under every key it belongs to, once each, in order', () => {
	const groups = groupBy(['a1', 'b2', 'ab3'], (s) => [...s.replace(/\d/, ''), ...s.replace(/\d/, '')]);
	expect([...groups.entries()]).toEqual([
		['a', ['a1', 'ab3']],
		['b', ['b2', 'ab3']],
	]);
	expect(groupBy([], () => ['x']).size).toBe(0);
});
