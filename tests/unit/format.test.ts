import { expect, it } from 'vitest';
import {
	byCount,
	counted,
	notGrantedClause,
	countProjects,
	formatDate,
	formatKronor,
	formatKronorShort,
	formatNumber,
	formatPeriod,
	formatShare,
} from '../../src/format.ts';

it('formats kronor with non-breaking spaces, and shares with a decimal comma', () => {
	expect(formatKronor(2_219_230)).toBe('2\u00a0219\u00a0230\u00a0kr');
	expect(formatKronor(0)).toBe('0\u00a0kr');
	expect(formatNumber(1_234_567)).toBe('1\u00a0234\u00a0567');
	expect(formatShare(0.15)).toBe('15,0\u00a0%');
	expect(formatShare(0.00742)).toBe('0,7\u00a0%');
	expect(countProjects(1)).toBe('1 projekt');
	expect(countProjects(1200)).toBe('1\u00a0200 projekt');
	expect([
		counted(1, 'ansökan', 'ansökningar'),
		counted(2, 'ansökan', 'ansökningar'),
		counted(1234, 'träff', 'träffar'),
		counted(0, 'träff', 'träffar'),
	]).toEqual(['1 ansökan', '2 ansökningar', '1\u00a0234 träffar', '0 träffar']);
	expect([byCount(1, 'avgjord', 'avgjorda'), byCount(3, 'avgjord', 'avgjorda')]).toEqual(['avgjord', 'avgjorda']);
	expect([notGrantedClause(1), notGrantedClause(1, 'ansökan'), notGrantedClause(2, 'ansökan')]).toEqual([
		'som avslogs eller inte är avgjort',
		'som avslogs eller inte är avgjord',
		'som avslogs eller inte är avgjorda',
	]);
});

it('shortens amounts for charts as Swedish readers write them: tkr, mn kr, md kr', () => {
	expect(formatKronorShort(850)).toBe('850\u00a0kr');
	expect(formatKronorShort(135_000)).toBe('135\u00a0tkr');
	expect(formatKronorShort(999_499)).toBe('999\u00a0tkr');
	expect(formatKronorShort(4_490_304)).toBe('4,5\u00a0mn\u00a0kr');
	expect(formatKronorShort(21_065_100)).toBe('21,1\u00a0mn\u00a0kr');
	expect(formatKronorShort(1_234_000_000)).toBe('1,2\u00a0md\u00a0kr');
	expect(formatKronorShort(1_000)).toBe('1\u00a0tkr');
	expect(formatKronorShort(1_000_000)).toBe('1\u00a0mn\u00a0kr');
});

it('writes a date at its own precision, never inventing a day', () => {
	expect(formatDate('2026-08-31')).toBe('31 augusti 2026');
	expect(formatDate('2020-03-01')).toBe('1 mars 2020');
	expect(formatDate('2020-06')).toBe('juni 2020');
	expect(formatDate('2020')).toBe('2020');
	expect(formatPeriod('2020-06', '2023-06')).toBe('juni 2020 – juni 2023');
});
