import { describe, expect, it } from 'vitest';
import { workStateOf } from '../../../src/domain/work-status.ts';
import { granted, project } from '../../helpers/fixtures.ts';

const withPeriod = (start: string, end: string) => {
	const p = granted('10000001', 'A', 300);
	return { ...p.data, period: { start, end } };
};

describe('the status of the work, apart from the decision', () => {
	it('is the source’s word where it gives one, with its date, whatever the period says', () => {
		const stated = { ...withPeriod('2020-01-01', '2021-12-31'), workStatus: 'terminated' as const, workStatusDate: '2021-03' };
		expect(workStateOf(stated, '2026-12-05')).toEqual({ status: 'terminated', basis: 'source', date: '2021-03' });
		expect(workStateOf({ ...stated, workStatusDate: undefined }, '2026-12-05')).toEqual({
			status: 'terminated',
			basis: 'source',
			date: undefined,
		});
	});

	it('is derived from a granted project’s period where the source is silent: closed after its last day, ongoing within it', () => {
		expect(workStateOf(withPeriod('2023-05-01', '2026-08-31'), '2026-12-05')).toEqual({
			status: 'closed',
			basis: 'period',
			periodEnd: '2026-08-31',
		});
		expect(workStateOf(withPeriod('2023-05-01', '2026-08-31'), '2026-08-31')).toEqual({
			status: 'ongoing',
			basis: 'period',
			periodEnd: '2026-08-31',
		});
		expect(workStateOf(withPeriod('2023-05-01', '2026-08-31'), '2023-05-01')).toMatchObject({ status: 'ongoing' });
	});

	it('reads a month or a year as the whole span it covers', () => {
		expect(workStateOf(withPeriod('2020-06', '2023-06'), '2023-06-30')).toMatchObject({ status: 'ongoing' });
		expect(workStateOf(withPeriod('2020-06', '2023-06'), '2023-07-01')).toMatchObject({ status: 'closed' });
		expect(workStateOf(withPeriod('2020', '2023'), '2023-12-31')).toMatchObject({ status: 'ongoing' });
		expect(workStateOf(withPeriod('2027-01', '2029'), '2026-12-31')).toBeUndefined(); // not begun: nothing to say
	});

	it('derives nothing for an application, a proposal or a rejection, nor without a period', () => {
		const rejected = project(); // period 2026-07-01 – 2029-03-31
		expect(workStateOf(rejected.data, '2030-01-01')).toBeUndefined();
		expect(workStateOf({ ...withPeriod('2020', '2021'), status: 'applied' }, '2026-12-05')).toBeUndefined();
		expect(workStateOf({ ...withPeriod('2020', '2021'), period: undefined }, '2026-12-05')).toBeUndefined();
	});
});
