import { describe, expect, it } from 'vitest';
import type { ProjectEntry } from '../../../src/domain/project.ts';
import { decisionLine, decisionYears, searchSortOptions, searchSortValue } from '../../../src/views/search.ts';
import { granted } from '../../helpers/fixtures.ts';

describe('search cards and sorts', () => {
	const dated = (decisions: Omit<ProjectEntry['data']['decisions'][number], 'summary'>[]) => {
		const p = granted('10000001', 'A', 5);
		return { ...p, data: { ...p.data, decisions: decisions.map((d) => ({ summary: 'Beslut.', ...d })) } };
	};

	it('show the settling decision and a later amendment, each dated as precisely as the source', () => {
		expect(decisionLine(dated([{ kind: 'grant', date: '2020-03-24' }]))).toBe('Beslut om stöd 24 mars 2020');
		expect(
			decisionLine(
				dated([
					{ kind: 'grant', date: '2023' },
					{ kind: 'amendment', date: '2025-08-29' },
				]),
			),
		).toBe('Beslut om stöd 2023 · Ändringsbeslut 29 augusti 2025');
		expect(decisionLine(dated([{ kind: 'grant' }]))).toBe('Beslut om stöd (datum anges inte i källan)');
		expect(decisionLine(dated([{ kind: 'application', date: '2026-01' }]))).toBe('Ansökan januari 2026');
		expect(decisionLine(dated([]))).toBe('Inget beslut anges i källan');
	});

	it('find a project under every year it was decided or amended in', () => {
		expect(
			decisionYears(
				dated([
					{ kind: 'grant', date: '2023-05-01' },
					{ kind: 'amendment', date: '2025-08-29' },
				]).data,
			),
		).toEqual(['2025', '2023']);
		expect(decisionYears(dated([{ kind: 'application', date: '2019-01-01' }, { kind: 'grant' }]).data)).toEqual([
			'Beslutsdatum anges inte i källan',
		]);
	});

	it('put a figure or date the source lacks last in both directions', () => {
		const some = granted('10000003', 'C', 7);
		const none = { ...some, data: { ...some.data, grantedAmount: undefined } };
		for (const direction of ['asc', 'desc'] as const) {
			const values = [none, some].map((p) => searchSortValue(p, 'granted', direction));
			expect([...values].sort((a, b) => (direction === 'asc' ? a.localeCompare(b) : b.localeCompare(a)))).toEqual([values[1], values[0]]);
		}
		expect(searchSortValue(dated([]), 'date', 'asc')).toBe('9999');
		expect(searchSortValue(dated([]), 'date', 'desc')).toBe('0000');
	});
});

describe('search form', () => {
	it('offers the search orders with their Pagefind key and direction', () => {
		expect(searchSortOptions[0]).toEqual({
			value: 'belopp-storst',
			key: 'granted',
			direction: 'desc',
			label: 'Beviljat belopp, störst först',
		});
		expect(searchSortOptions.map((o) => o.value)).toContain('start-aldst');
	});
});
