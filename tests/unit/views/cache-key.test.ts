import { expect, it } from 'vitest';
import { cacheKey } from '../../../src/views/cache-key.ts';

it('is the same for the same model and differs for any change', () => {
	const model = { title: 'A', rows: [1, 2] };
	expect(cacheKey(model)).toBe(cacheKey({ title: 'A', rows: [1, 2] }));
	expect(cacheKey(model)).not.toBe(cacheKey({ title: 'A', rows: [1, 3] }));
	expect(cacheKey(model, 'body')).not.toBe(cacheKey(model, 'other body'));
	expect(cacheKey('ab', 'c')).not.toBe(cacheKey('a', 'bc'));
	expect(cacheKey(model)).toMatch(/^[\w-]{27}$/);
});
