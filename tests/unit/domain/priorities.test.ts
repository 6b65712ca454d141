import { describe, expect, it } from 'vitest';
import { priorityLabel, samePriority } from '../../../src/domain/priorities.ts';

describe('priority areas', () => {
	it('are labelled with their number where the strategy numbers them', () => {
		expect(priorityLabel({ code: '1', name: 'Smart' })).toBe('Prioritering 1: Smart');
		expect(priorityLabel({ name: 'Smart' })).toBe('Smart');
	});

	it('are the same when name and number agree', () => {
		expect(samePriority({ code: '1', name: 'A' }, { code: '1', name: 'A' })).toBe(true);
		expect(samePriority({ name: 'A' }, { code: undefined, name: 'A' })).toBe(true);
		expect(samePriority({ code: '1', name: 'A' }, { code: '2', name: 'A' })).toBe(false);
		expect(samePriority({ code: '1', name: 'A' }, { code: '1', name: 'B' })).toBe(false);
	});
});
