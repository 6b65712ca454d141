import { expect, it } from 'vitest';
import { formatDate, formatKronor, formats } from '../../../src/format.ts';

it('writes Swedish figures and dates as the Swedish pages always have', () => {
	const f = formats('sv');
	expect(f.kronor(2_219_230)).toBe('2\u00a0219\u00a0230\u00a0kr');
	expect(f.kronor(2_219_230)).toBe(formatKronor(2_219_230));
	expect(f.number(1_234_567)).toBe('1\u00a0234\u00a0567');
	expect(f.share(0.125)).toBe('12,5\u00a0%');
	expect(f.date('2026-08-31')).toBe('31 augusti 2026');
	expect(f.date('2026-08-31')).toBe(formatDate('2026-08-31'));
	expect(f.date('2020-06')).toBe('juni 2020');
	expect(f.period('2020-06-01', '2023-04-30')).toBe('1 juni 2020 – 30 april 2023');
	expect(f.listAnd(['Umeå', 'Luleå', 'Kiruna'])).toBe('Umeå, Luleå och Kiruna');
});

it('writes English figures and dates in British English, the currency before the figure', () => {
	const f = formats('en');
	expect(f.kronor(2_219_230)).toBe('SEK\u00a02,219,230');
	expect(f.kronor(0)).toBe('SEK\u00a00');
	expect(f.number(1_234_567)).toBe('1,234,567');
	expect(f.share(0.125)).toBe('12.5%');
	expect(f.share(0.00742)).toBe('0.7%');
	expect(f.date('2026-08-31')).toBe('31 August 2026');
	expect(f.date('2020-06')).toBe('June 2020');
	expect(f.date('2020')).toBe('2020');
	expect(f.period('2020-06-01', '2023-04-30')).toBe('1 June 2020 – 30 April 2023');
	expect(f.listAnd(['Umeå', 'Luleå', 'Kiruna'])).toBe('Umeå, Luleå and Kiruna');
});

it('reads the same figure in both languages: only the separators and the currency differ', () => {
	const digits = (text: string) => text.replace(/\D/g, '');
	for (const amount of [0, 850, 135_000, 72_750_869])
		expect(digits(formats('en').kronor(amount))).toBe(digits(formats('sv').kronor(amount)));
});
