import { describe, expect, it } from 'vitest';
import { measure } from '../../../src/domain/measures.ts';
import { grantedByKind, grantedInWords, measureStats, statusBreakdown } from '../../../src/views/measures.ts';
import { bankProject } from '../../helpers/bank.ts';
import { granted, project, testConfig } from '../../helpers/fixtures.ts';

const funds = testConfig.funds;

const none = measure([]);

describe('headline figures in words', () => {
	it('break the count down by status, leaving out what is not there', () => {
		expect(statusBreakdown({ ...none, granted: 17, rejected: 1, undecided: 2 })).toBe(
			'varav 17 beviljade, 1 avslaget och 2 som inte är avgjorda',
		);
		expect(statusBreakdown({ ...none, granted: 1, undecided: 1 })).toBe('varav 1 beviljat och 1 som inte är avgjort');
		expect(statusBreakdown({ ...none, rejected: 2 })).toBe('varav 2 avslagna');
		expect(statusBreakdown(none)).toBe('');
	});

	it('say that granted money counts granted projects, budgets are theirs, and applied money is apart', () => {
		const m = measure([granted('10000001', 'A', 300), project()]);
		expect(measureStats(m, 'i Umeå', funds)).toEqual([
			{ figure: '2 projekt', text: 'i Umeå, varav 1 beviljat och 1 avslaget' },
			{ figure: '300\u00a0kr', text: 'beviljat av de beslutande organen till 1 beviljat projekt, allt ur ERUF (EU-medel)' },
			{ figure: '600\u00a0kr', text: 'i total budget för de beviljade projekten, alla finansiärer' },
			{ figure: '2\u00a0219\u00a0230\u00a0kr', text: 'sökt i 1 ansökan som avslogs eller inte är avgjord: inte beviljat' },
		]);
	});

	it('say when not every granted project states its amount or budget, and give places their even share', () => {
		const withoutBudget = granted('10000002', 'B', 100);
		withoutBudget.data.totalBudget = undefined;
		withoutBudget.data.grantedAmount = undefined;
		const m = { ...measure([granted('10000001', 'A', 300), withoutBudget]), evenShareBudget: 150, evenShareGranted: 75 };
		const stats = measureStats(m, '', funds);
		expect(stats[0]).toEqual({ figure: '2 projekt', text: 'varav 2 beviljade' });
		expect(stats[1]!.text).toBe(
			'beviljat av de beslutande organen till 1 av 2 beviljade projekt; uppgift saknas för 1, allt ur ERUF (EU-medel)',
		);
		expect(stats[2]!.text).toBe('i total budget, alla finansiärer, för 1 av 2 beviljade projekt; uppgift saknas för 1');
		expect(stats[3]).toEqual({
			figure: '150\u00a0kr',
			text: 'beräknad jämn andel av de beviljade projektens budgetar (av det beviljade: 75\u00a0kr); se metoden nedan',
		});
		expect(stats).toHaveLength(4);
	});

	it('state only the count where nothing was granted or asked for', () => {
		expect(measureStats({ ...none, evenShareBudget: 0, evenShareGranted: 0 }, 'som verkar i Malmö', funds)).toEqual([
			{ figure: '0 projekt', text: 'som verkar i Malmö' },
		]);
	});

	it('say "uppgift saknas" where no project states the figure, never 0 kr', () => {
		const asked = measure([project((e) => ((e.appliedAmount = undefined), (e.financing = [])))]);
		expect(measureStats(asked, '', funds)[1]).toEqual({
			figure: 'uppgift saknas',
			text: 'om sökt belopp i 1 ansökan som avslogs eller inte är avgjord: källan anger inget',
		});
		const unstated = granted('10000002', 'B', 100);
		unstated.data.totalBudget = undefined;
		unstated.data.grantedAmount = undefined;
		expect(measureStats(measure([unstated]), '', funds).slice(1)).toEqual([
			{ figure: 'uppgift saknas', text: 'om beviljat belopp för 1 beviljat projekt: källan anger inget' },
			{ figure: 'uppgift saknas', text: 'om total budget för 1 beviljat projekt: källan anger ingen' },
		]);
	});

	it('count every application not granted, saying how many state no amount', () => {
		const withAmount = (id: string) => project((e) => (e.id = id));
		const without = project((e) => ((e.id = '10000009'), (e.appliedAmount = undefined), (e.financing = [])));
		const m = measure([withAmount('10000007'), withAmount('10000008'), without]);
		expect(measureStats(m, '', funds).at(-1)).toEqual({
			figure: '4\u00a0438\u00a0460\u00a0kr',
			text: 'sökt i 2 av 3 ansökningar som avslogs eller inte är avgjorda; uppgift saknas för 1: inte beviljat',
		});
	});

	it('split granted money by fund, each with whose money it is, the unnamed fund apart and last', () => {
		const m = measure([
			granted('10000001', 'A', 300),
			project((e) =>
				Object.assign(e, {
					id: '10000002',
					status: 'granted',
					grantedAmount: 900,
					totalBudget: 1800,
					financing: [],
					fund: '1:1-anslaget',
					appliedAmount: undefined,
					decisions: [{ kind: 'grant', summary: 'Beviljas.' }],
				}),
			),
			project((e) =>
				Object.assign(e, {
					id: '10000003',
					status: 'granted',
					grantedAmount: 50,
					totalBudget: 100,
					financing: [],
					fund: undefined,
					appliedAmount: undefined,
					decisions: [{ kind: 'grant', summary: 'Beviljas.' }],
				}),
			),
			granted('10000004', 'D', 200),
			project(), // rejected: what it asked for is no fund's granted money
		]);
		const [, grantedStat] = measureStats(m, '', funds);
		expect(grantedStat).toEqual({
			figure: '1\u00a0450\u00a0kr',
			text: 'beviljat av de beslutande organen till 4 beviljade projekt, varav',
			parts: [
				'1:1-anslaget (statliga medel): 900\u00a0kr i 1 projekt',
				'ERUF (EU-medel): 500\u00a0kr i 2 projekt',
				'ingen fond angiven: 50\u00a0kr i 1 projekt',
			],
		});
		const onlyUnnamed = measure([
			project((e) =>
				Object.assign(e, {
					status: 'granted',
					grantedAmount: 50,
					totalBudget: 100,
					financing: [],
					fund: undefined,
					appliedAmount: undefined,
					decisions: [{ kind: 'grant', summary: 'Beviljas.' }],
				}),
			),
		]);
		expect(measureStats(onlyUnnamed, '', funds)[1]!.text).toBe(
			'beviljat av de beslutande organen till 1 beviljat projekt; ingen fond angiven',
		);
	});

	it('sum granted money by whose money it is, for a table cell: EU, national, regional, other, then no fund', () => {
		const shares = [
			{ fund: 'ERUF', amount: 300, projects: 1 },
			{ fund: undefined, amount: 50, projects: 1 },
			{ fund: '1:1-anslaget', amount: 900, projects: 2 },
			{ fund: 'ERUF', amount: 200, projects: 1 },
		];
		expect(grantedByKind(shares, funds)).toEqual([
			'EU-medel: 500\u00a0kr',
			'statliga medel: 900\u00a0kr',
			'ingen fond angiven: 50\u00a0kr',
		]);
		expect(grantedByKind([], funds)).toEqual([]);
	});
});

it('words granted money of the fixture bank with a grant stated in euro only apart, in euro, neither summed nor missing', () => {
	const words = (...keys: string[]) => grantedInWords(measure(keys.map(bankProject))).replaceAll('\u00a0', ' ');
	expect(words('10000004')).toBe('250 000 euro (bara i euro, inte omräknat)');
	expect(words('10000004', '10000005')).toBe('250 000 euro för 1 av 2 beviljade projekt, inte omräknat; uppgift saknas för 1');
	expect(words('10000001', '10000004', '10000005')).toBe(
		'1 000 000 kr för 1 av 3 beviljade projekt; 250 000 euro för 1, inte omräknat; uppgift saknas för 1',
	);
	expect(words('10000001', '10000004')).toBe('1 000 000 kr för 1 av 2 beviljade projekt; 250 000 euro för 1, inte omräknat');
	expect(words('10000001', '10000005')).toBe('1 000 000 kr för 1 av 2 beviljade projekt; uppgift saknas för 1');
});
