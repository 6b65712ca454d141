import { describe, expect, it } from 'vitest';
import { formatDate, formatKronor, formatShare } from '../../src/lib/format.ts';
import { corrections, keyFacts } from '../../src/lib/project-page.ts';
import {
	activityLines,
	financingLines,
	listingPages,
	listingPath,
	sortLinkFor,
	sortOrders,
	sortProjects,
	toOpenDataRecord,
	topLevelActivityCost,
	totalsOf,
	type ProjectEntry,
} from '../../src/lib/projects.ts';
import { countiesOf, suggestMunicipalities } from '../../src/lib/registry.ts';
import { validateEntries } from '../../src/lib/validate.ts';
import { entryFile, testConfig, validEntry } from './fixtures.ts';

function project(change: (e: Record<string, any>) => void = () => {}, name?: string): ProjectEntry {
	const data = validEntry();
	change(data);
	const { entries, errors } = validateEntries([entryFile(data, { name: name ?? `${data.id ?? 'utan-id'}.md` })], testConfig);
	expect(errors).toEqual([]);
	return { key: entries[0]!.key, data: entries[0]!.data, body: entries[0]!.body };
}

describe('sv-SE formatting', () => {
	it('formats kronor with non-breaking spaces, dates in words and shares with a decimal comma', () => {
		expect(formatKronor(2_219_230)).toBe('2\u00a0219\u00a0230\u00a0kr');
		expect(formatDate('2026-08-31')).toBe('31 augusti 2026');
		expect(formatShare(0.15)).toBe('15,0\u00a0%');
	});
});

describe('registry', () => {
	it('derives counties from municipalities, each once, in county order', () => {
		expect(countiesOf(['Umeå', 'Kalix', 'Skellefteå', 'Luleå']).map((c) => c.name)).toEqual(['Västerbottens län', 'Norrbottens län']);
		expect(countiesOf(['Örnsköldsvik', 'Härnösand']).map((c) => c.code)).toEqual(['22']);
	});
	it('suggests the official spelling', () => {
		expect(suggestMunicipalities('Ornskoldsvik')).toEqual(['Örnsköldsvik']);
		expect(suggestMunicipalities('Xyzzyqwerty')).toEqual([]);
	});
});

describe('financing lines', () => {
	it('computes shares of the total budget and marks the deciding region', () => {
		const lines = financingLines(project().data);
		expect(lines.map((l) => [l.financier, l.amount, l.decidingRegion])).toEqual([
			['TILLVÄXTVERKET', 3_758_975, false],
			['REGION NORRBOTTEN', 2_219_230, false],
			['LULEÅ TEKNISKA UNIVERSITET', 1_200_000, false],
			['Region Västerbotten', 2_219_230, true],
		]);
		expect(lines[0]!.share).toBeCloseTo(3_758_975 / 9_397_435, 10);
		expect(lines.reduce((s, l) => s + l.share!, 0)).toBeCloseTo(1, 10);
	});

	it('keeps the published figure and carries the correction alongside', () => {
		const p = project((e) => {
			e.financing[0].amount = 37589750;
			e.corrections = [{ field: 'financing[0].amount', published: '3 758 9750', corrected: '3 758 975', note: 'Felskrivet i källan.' }];
		});
		const [first] = financingLines(p.data);
		expect(first).toMatchObject({ amount: 37_589_750, corrected: 3_758_975, correctionIndex: 0 });
		expect(first!.share).toBeCloseTo(3_758_975 / 9_397_435, 10);
		expect(corrections(p)).toEqual([
			{ anchor: 'rattelse-1', label: 'Finansiering, TILLVÄXTVERKET', published: '3 758 9750', corrected: formatKronor(3_758_975), note: 'Felskrivet i källan.' },
		]);
	});
});

describe('activities', () => {
	it('nests sub-activities by their code and sums only top-level costs', () => {
		const p = project((e) => {
			e.activities = [
				{ code: '1', name: 'Huvud', cost: 300 },
				{ code: '1.1', name: 'Del', cost: 100 },
				{ code: '1.2', name: 'Del', cost: 200 },
				{ code: '2', name: 'Annan' },
				{ name: 'Utan nummer', cost: 50 },
			];
		});
		expect(activityLines(p.data).map((a) => a.depth)).toEqual([0, 1, 1, 0, 0]);
		expect(topLevelActivityCost(p.data)).toBe(350);
	});
});

describe('totals, sorting and pages', () => {
	const granted = (id: string, title: string, amount: number, date?: string) =>
		project((e) => {
			Object.assign(e, { id, title, status: 'granted', grantedAmount: amount, appliedAmount: undefined, financing: [], totalBudget: amount * 2 });
			e.decisions = [{ kind: 'grant', summary: 'Beviljas.', ...(date ? { date } : {}) }];
		});
	const a = granted('10000001', 'Åsele växer', 300, '2020-03-24');
	const b = granted('10000002', 'Arctic', 100, '2025-01-01');
	const c = granted('10000003', 'Zeta', 200);
	const rejected = project();

	it('adds up granted amounts of granted projects only, and budgets where stated', () => {
		expect(totalsOf([a, b, c, rejected])).toEqual({
			projects: 4,
			granted: 3,
			grantedAmount: 600,
			totalBudget: 1200 + 9_397_435,
			withBudget: 4,
			applied: 0,
			rejected: 1,
		});
	});

	it('sorts by amount, date and Swedish title order, with missing values last', () => {
		const keys = (order: { key: any; direction: any }) => sortProjects([a, b, c, rejected], order).map((p) => p.data.title);
		expect(keys({ key: 'granted', direction: 'desc' })).toEqual(['Åsele växer', 'Zeta', 'Arctic', rejected.data.title]);
		expect(keys({ key: 'granted', direction: 'asc' })).toEqual(['Arctic', 'Zeta', 'Åsele växer', rejected.data.title]);
		// Undated projects come last, by title.
		expect(keys({ key: 'date', direction: 'desc' })).toEqual(['Arctic', 'Åsele växer', rejected.data.title, 'Zeta']);
		expect(keys({ key: 'date', direction: 'asc' })).toEqual(['Åsele växer', 'Arctic', rejected.data.title, 'Zeta']);
		// Å sorts after Z in Swedish.
		expect(keys({ key: 'title', direction: 'asc' })).toEqual(['Arctic', rejected.data.title, 'Zeta', 'Åsele växer']);
	});

	it('splits every sort order into light pages with stable URLs', () => {
		const many = Array.from({ length: 120 }, (_, i) => ({ ...a, key: String(i) }));
		const pages = listingPages(many, '/projekt/', 50);
		expect(pages).toHaveLength(sortOrders.length * 3);
		expect(pages.filter((p) => p.order === sortOrders[0]).map((p) => p.items.length)).toEqual([50, 50, 20]);
		expect(listingPath('/projekt/', sortOrders[0]!, 1)).toBe('/projekt/');
		expect(listingPath('/projekt/', sortOrders[0]!, 2)).toBe('/projekt/lista/belopp-storst/2/');
		expect(listingPath('/kommun/umea/', sortOrders[4]!, 1)).toBe('/kommun/umea/lista/datum-nyast/');
	});

	it('links a column header to the other direction when it is the current sort', () => {
		expect(sortLinkFor('granted', sortOrders[0]!).slug).toBe('belopp-minst');
		expect(sortLinkFor('title', sortOrders[0]!).slug).toBe('titel-a-o');
		expect(sortLinkFor('date', sortOrders[0]!).slug).toBe('datum-nyast');
	});
});

describe('key facts and open data', () => {
	it('shows what the source lacks instead of leaving gaps', () => {
		const p = project((e) => {
			delete e.id;
			delete e.owner;
			delete e.period;
		}, 'dnr-00031-2020.md');
		const facts = Object.fromEntries(keyFacts(p).map((f) => [f.term, f.value]));
		expect(facts).toMatchObject({ 'Ärende-id': 'Saknas i källan', Projektägare: 'Anges inte i källan', Projektperiod: 'Anges inte i källan' });
		expect(facts['Sökt belopp']).toBe(formatKronor(2_219_230));
	});

	it('publishes every validated field with integer amounts, derived counties and the page URL', () => {
		const record = toOpenDataRecord(project(), 'https://test.example.se');
		expect(record).toMatchObject({
			key: '20378916',
			url: 'https://test.example.se/projekt/20378916/',
			appliedAmount: 2_219_230,
			totalBudget: 9_397_435,
			municipalities: [
				{ name: 'Kalix', code: '2514' },
				{ name: 'Umeå', code: '2480' },
			],
			counties: [
				{ name: 'Västerbottens län', code: '24' },
				{ name: 'Norrbottens län', code: '25' },
			],
			summary: 'Sammanfattning från källan.',
		});
		expect(record.financing.every((row) => Number.isInteger(row.amount))).toBe(true);
	});
});
