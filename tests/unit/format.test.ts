import { expect, it } from 'vitest';
import { countProjects, decisionKindLabels, formatDate, formatKronor, formatNumber, formatShare, indicatorKindLabels, statusLabels } from '../../src/format.ts';

it('formats kronor with non-breaking spaces, dates in words and shares with a decimal comma', () => {
	expect(formatKronor(2_219_230)).toBe('2\u00a0219\u00a0230\u00a0kr');
	expect(formatKronor(0)).toBe('0\u00a0kr');
	expect(formatNumber(1_234_567)).toBe('1\u00a0234\u00a0567');
	expect(formatDate('2026-08-31')).toBe('31 augusti 2026');
	expect(formatDate('2020-03-01')).toBe('1 mars 2020');
	expect(formatShare(0.15)).toBe('15,0\u00a0%');
	expect(formatShare(0.00742)).toBe('0,7\u00a0%');
	expect(countProjects(1)).toBe('1 projekt');
	expect(countProjects(1200)).toBe('1\u00a0200 projekt');
});

it('names statuses, decisions and indicators in Swedish', () => {
	expect(statusLabels).toEqual({ applied: 'Ansökt', granted: 'Beviljat', rejected: 'Avslaget' });
	expect(decisionKindLabels).toEqual({ application: 'Ansökan', grant: 'Beslut om stöd', rejection: 'Avslag', amendment: 'Ändringsbeslut' });
	expect(indicatorKindLabels.result).toBe('Resultatindikator');
});
