import { describe, expect, it } from 'vitest';
import { activityLines } from '../../../src/domain/activities.ts';
import { project } from '../../helpers/fixtures.ts';

describe('activities', () => {
	it('nest sub-activities by their code', () => {
		const p = project((e) => {
			e.activities = [
				{ code: '1', name: 'Huvud', cost: 300, start: '2024-01-01', end: '2024-12-31', description: 'Text.' },
				{ code: '1.1', name: 'Del', cost: 100 },
				{ code: '1.1.1', name: 'Deldel', cost: 50 },
				{ code: '2', name: 'Annan' },
				{ name: 'Utan nummer', cost: 50 },
			];
		});
		const lines = activityLines(p.data);
		expect(lines.map((a) => a.depth)).toEqual([0, 1, 2, 0, 0]);
		expect(lines[0]).toEqual({
			code: '1',
			name: 'Huvud',
			start: '2024-01-01',
			end: '2024-12-31',
			cost: 300,
			description: 'Text.',
			depth: 0,
		});
	});
});
