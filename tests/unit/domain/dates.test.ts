import { describe, expect, it } from 'vitest';
import {
	compareDates,
	dateSortKey,
	endsOnOrAfter,
	firstDay,
	isPartialDate,
	isPlausibleDate,
	lastDay,
	latestOf,
	precisionOf,
	swedishDay,
	yearOf,
} from '../../../src/domain/dates.ts';

describe('dates as precise as the source', () => {
	it('are real days, months or years', () => {
		for (const ok of ['2026-08-31', '2024-02-29', '2000-02-29', '2020-06', '2020']) expect(isPartialDate(ok), ok).toBe(true);
		for (const bad of [
			'2026-02-30',
			'2025-02-29',
			'1900-02-29',
			'2026-13-01',
			'2026-13',
			'2026-00',
			'2026-00-10',
			'2026-01-00',
			'2026-8-31',
			'20',
			'31 augusti 2026',
			'20201101',
			' 2026-08-31',
			'2026-06-',
		])
			expect(isPartialDate(bad), bad).toBe(false);
	});

	it('know their precision and year', () => {
		expect(['2020-06-15', '2020-06', '2020'].map(precisionOf)).toEqual(['day', 'month', 'year']);
		expect(yearOf('2020-06')).toBe('2020');
	});

	it('cover a span without inventing a day', () => {
		expect([firstDay('2020-06'), lastDay('2023-06')]).toEqual(['2020-06-01', '2023-06-30']);
		expect([firstDay('2020'), lastDay('2020')]).toEqual(['2020-01-01', '2020-12-31']);
		expect(lastDay('2024-02')).toBe('2024-02-29');
		expect(lastDay('2023-02')).toBe('2023-02-28');
		expect(lastDay('2023-12')).toBe('2023-12-31');
		expect([firstDay('2020-06-15'), lastDay('2020-06-15')]).toEqual(['2020-06-15', '2020-06-15']);
	});

	it('let a period end in the month it starts', () => {
		expect(endsOnOrAfter('2020-06', '2020-06-15')).toBe(true);
		expect(endsOnOrAfter('2020-06-14', '2020-06-15')).toBe(false);
		expect(endsOnOrAfter('2020-06-15', '2020-06-15')).toBe(true);
		expect(endsOnOrAfter('2019', '2020-01')).toBe(false);
	});

	it('order across precisions: a coarser date before the finer ones it holds', () => {
		const sorted = ['2020-06-15', '2021', '2020-06', '2020', '2019-12-31'].sort(compareDates);
		expect(sorted).toEqual(['2019-12-31', '2020', '2020-06', '2020-06-15', '2021']);
		expect(compareDates('2020-06', '2020-06')).toBe(0);
		expect(sorted.map(dateSortKey)).toEqual([...sorted.map(dateSortKey)].sort((a, b) => a - b));
		expect(dateSortKey('2020-06')).toBe(202006011);
		expect(dateSortKey('2020-06-15')).toBe(202006152);
		expect(dateSortKey('2020')).toBe(202001010);
		expect(latestOf(['2020-06', '2020-06-15', '2019'])).toBe('2020-06-15');
		expect(latestOf([])).toBeUndefined();
	});
});

describe('plausible dates', () => {
	it('fall in 1990–2100, at any precision', () => {
		expect(['1990', '1990-01-01', '2026-06', '2100-12-31'].map(isPlausibleDate)).toEqual([true, true, true, true]);
		expect(['1989-12-31', '1850', '2101-01'].map(isPlausibleDate)).toEqual([false, false, false]);
	});
});

describe('the day in Sweden', () => {
	it('is the Swedish calendar day of an instant, not UTC’s', () => {
		expect(swedishDay(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
		expect(swedishDay(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
		expect(swedishDay(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
	});
});
