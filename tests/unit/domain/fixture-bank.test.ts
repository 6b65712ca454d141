import { describe, expect, it } from 'vitest';
import { grantedByFund, measure, statedGranted } from '../../../src/domain/measures.ts';
import { organisations } from '../../../src/domain/organisations.ts';
import { bankProjects } from '../../helpers/bank.ts';
import { testConfig } from '../../helpers/fixtures.ts';

const projects = bankProjects();

describe('measures of the fixture bank (tests/helpers/bank.ts)', () => {
	it('count granted, rejected and undecided apart, and sum only the stated kronor of granted projects', () => {
		expect(measure(projects)).toEqual({
			projects: 7,
			granted: 5,
			rejected: 1,
			undecided: 1, // the proposal decides nothing
			// 1 000 000 + 800 000 + 400 000; the euro-only grant and the one without an amount are not 0 kr
			grantedMoney: 2_200_000,
			grantedWithAmount: 3,
			// Arktisk testbädd states 250 000 euro only: counted apart, in euro, never as kronor or as missing
			grantedEurOnly: 1,
			grantedEur: 250_000,
			grantedByFund: [
				{ fund: '1:1-anslaget', amount: 1_200_000, projects: 2 },
				{ fund: 'ERUF', amount: 1_000_000, projects: 1 },
			],
			grantedBudget: 4_400_000, // 2 500 000 + 1 000 000 + 900 000
			grantedWithBudget: 3,
			appliedMoney: 2_519_230, // the rejected application and the proposal
			appliedWithAmount: 2,
		});
	});

	it('never turn euro into kronor', () => {
		const euroOnly = projects.filter((p) => p.key === '10000004');
		expect(euroOnly[0]!.data.grantedAmountEur).toBe(250_000);
		expect(statedGranted(measure(euroOnly))).toBeUndefined();
		expect(grantedByFund(euroOnly.map((p) => p.data))).toEqual([]);
		expect(measure(euroOnly)).toMatchObject({ grantedMoney: 0, grantedWithAmount: 0, grantedEurOnly: 1, grantedEur: 250_000 });
	});
});

describe('organisations of the fixture bank', () => {
	const all = organisations(projects, testConfig);
	const find = (name: string) => all.find((o) => o.name === name)!;

	it('meet "Tillväxtverket (ERUF)" as Tillväxtverket, and keep owned, co-financed and decided projects apart', () => {
		// as a decider, in capitals in the rejected application's table, and with its fund in brackets
		expect(find('Tillväxtverket').spellings).toEqual(['TILLVÄXTVERKET', 'Tillväxtverket', 'Tillväxtverket (ERUF)']);
		expect(find('Tillväxtverket').coFinanced.map((c) => [c.project.key, c.amount])).toEqual([
			['10000001', 1_000_000],
			['10000002', 3_758_975],
		]);
		expect(find('Tillväxtverket').decided.map((p) => p.key)).toEqual(['10000004']);
		expect(find('Piteå kommun').owned.map((p) => p.key)).toEqual(['10000007']);
		expect(find('Sparbanken Nord').owned).toEqual([]);
		expect(find('Sparbanken Nord').coFinanced.map((c) => c.project.key)).toEqual(['10000007']);
	});

	it('count a deciding region’s own rows as its decision, not as co-financing; another region’s rows are co-financing', () => {
		expect(find('Region Västerbotten').coFinanced).toEqual([]);
		expect(find('Region Västerbotten').decided.map((p) => p.key)).toEqual(['10000001', '10000002', '10000003', '10000005']);
		expect(find('Region Norrbotten').coFinanced.map((c) => [c.project.key, c.amount])).toEqual([['10000002', 2_219_230]]);
		expect(find('Region Norrbotten').decided.map((p) => p.key)).toEqual(['10000006', '10000007']);
	});
});
