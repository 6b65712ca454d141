/**
 * A small bank for unit tests of the domain and the views, in the shapes the real data has, so that the
 * unit tests never read src/content/ and pass whatever bank a region ships (tests/unit/guard.test.ts):
 *
 * | key      | status   | decider           | money                                              | where                 |
 * | -------- | -------- | ----------------- | -------------------------------------------------- | --------------------- |
 * | 10000001 | granted  | Region Västerbotten | 1 000 000 kr of 2 500 000 kr, three financiers, ERUF | Umeå, Skellefteå      |
 * | 10000002 | rejected | Region Västerbotten | applied 2 219 230 kr, budget 9 397 435 kr          | Kalix, Umeå           |
 * | 10000003 | proposed | Region Västerbotten | applied 300 000 kr, proposal: rejection           | Skellefteå            |
 * | 10000004 | granted  | Tillväxtverket    | 250 000 euro only (never kronor)                   | Luleå                 |
 * | 10000005 | granted  | Region Västerbotten | no amount, no budget, undated decision            | Lycksele              |
 * | 10000006 | granted  | Region Norrbotten | 800 000 kr of 1 000 000 kr, 1:1-anslaget, amended  | the whole of Norrbottens län |
 * | 10000007 | granted  | Region Norrbotten | 400 000 kr of 900 000 kr, three financiers         | Piteå, Luleå          |
 *
 * Settings: tests/helpers/fixtures.ts (testConfig); documents: bank-sources.ts.
 */
import type { ProjectEntry } from '../../src/domain/project.ts';
import { createBank, type Bank } from '../../src/views/bank.ts';
import { BESLUTSLISTA, PM, PROTOKOLL, bankSources } from './bank-sources.ts';
import { project, testConfig } from './fixtures.ts';

function grantedEntry(e: Record<string, any>, fields: Record<string, unknown>): void {
	delete e.appliedAmount;
	Object.assign(e, { status: 'granted', ...fields });
}

export function bankProjects(): ProjectEntry[] {
	return [
		project((e) => {
			grantedEntry(e, {
				id: '10000001',
				title: 'Solel i Umeå',
				ref: 'RUN-2024-1',
				owner: { name: 'Umeå universitet', orgNumber: '202100-2874' },
				decisions: [{ kind: 'grant', date: '2024-03-15', body: 'Region Västerbotten', summary: 'Beviljas 1 000 000 kr.' }],
				period: { start: '2024-04-01', end: '2026-03-31' },
				municipalities: ['Umeå', 'Skellefteå'],
				grantedAmount: '1 000 000 kr',
				totalBudget: '2 500 000 kr',
				financing: [
					{ financier: 'Region Västerbotten', amount: '1 000 000' },
					{ financier: 'Tillväxtverket (ERUF)', amount: '1 000 000' },
					{ financier: 'Umeå kommun', amount: '500 000' },
				],
				source: { document: BESLUTSLISTA, passage: 'Solel i Umeå' },
			});
		}),
		project((e) => {
			e.id = '10000002';
			e.title = 'Digital industri';
			e.ref = 'RUN-2024-2';
			e.decisions = [{ kind: 'rejection', date: '2024-06-01', body: 'Region Västerbotten', summary: 'Ansökan avslås.' }];
			e.source = { document: PM, passage: 'Finansieringsbudget' };
		}),
		project((e) => {
			Object.assign(e, {
				id: '10000003',
				title: 'Skogsnätverket',
				ref: 'RUN-2025-3',
				status: 'proposed',
				owner: { name: 'Skellefteå kommun' },
				decisions: [{ kind: 'proposal', proposed: 'rejection', body: 'Region Västerbotten', summary: 'Föreslås avslag.' }],
				municipalities: ['Skellefteå'],
				appliedAmount: '300 000 kr',
				totalBudget: '600 000 kr',
				financing: [
					{ financier: 'Region Västerbotten', amount: '300 000' },
					{ financier: 'Skellefteå kommun', amount: '300 000' },
				],
				source: { document: PM, passage: 'Förslag till beslut: avslag' },
			});
		}),
		project((e) => {
			grantedEntry(e, {
				id: '10000004',
				title: 'Arktisk testbädd',
				ref: 'TVV-2023-4',
				decider: 'Tillväxtverket',
				owner: { name: 'Luleå tekniska universitet' },
				decisions: [{ kind: 'grant', date: '2023-09-01', body: 'Tillväxtverket', summary: 'Beviljas 250 000 euro.' }],
				period: { start: '2023-10-01', end: '2025-09-30' },
				priority: undefined,
				municipalities: ['Luleå'],
				grantedAmountEur: '250 000 euro',
				totalBudget: undefined,
				financing: [],
				source: { document: BESLUTSLISTA },
			});
		}),
		project((e) => {
			grantedEntry(e, {
				id: '10000005',
				title: 'Lycksele bygdeprojekt',
				ref: 'RUN-2024-5',
				owner: { name: 'Lycksele kommun' },
				decisions: [{ kind: 'grant', body: 'Region Västerbotten', summary: 'Beviljas.' }],
				period: undefined,
				municipalities: ['Lycksele'],
				totalBudget: undefined,
				financing: [],
				source: { document: BESLUTSLISTA, passage: 'Lycksele bygdeprojekt' },
			});
		}),
		project((e) => {
			grantedEntry(e, {
				id: '10000006',
				title: 'Norrbotten rundar',
				ref: 'RUN-2023-12',
				decider: 'Region Norrbotten',
				owner: { name: 'Norrbottens kommunförbund' },
				decisions: [
					{ kind: 'grant', date: '2023-05-10', body: 'Regionala utvecklingsnämnden', reference: '§ 12', summary: 'Beviljas 800 000 kr.' },
					{ kind: 'amendment', date: '2024-01-20', body: 'Region Norrbotten', summary: 'Projekttiden förlängs.' },
				],
				period: { start: '2023-06-01', end: '2025-05-31' },
				fund: '1:1-anslaget',
				priority: undefined,
				municipalities: [],
				counties: ['Norrbottens län'],
				grantedAmount: '800 000 kr',
				totalBudget: '1 000 000 kr',
				financing: [
					{ financier: 'Region Norrbotten', amount: '800 000' },
					{ financier: 'Luleå kommun', amount: '200 000' },
				],
				source: { document: PROTOKOLL, passage: '§ 12' },
			});
		}),
		project((e) => {
			grantedEntry(e, {
				id: '10000007',
				title: 'Piteå hamnlyft',
				ref: 'RUN-2023-13',
				decider: 'Region Norrbotten',
				owner: { name: 'Piteå kommun' },
				decisions: [
					{ kind: 'grant', date: '2023-05-10', body: 'Regionala utvecklingsnämnden', reference: '§ 13', summary: 'Beviljas 400 000 kr.' },
				],
				period: { start: '2023-07-01', end: '2024-12-31' },
				fund: '1:1-anslaget',
				priority: undefined,
				municipalities: ['Piteå', 'Luleå'],
				grantedAmount: '400 000 kr',
				totalBudget: '900 000 kr',
				financing: [
					{ financier: 'Region Norrbotten', amount: '400 000' },
					{ financier: 'Piteå kommun', amount: '300 000' },
					{ financier: 'Sparbanken Nord', amount: '200 000' },
				],
				source: { document: PROTOKOLL, passage: '§ 13' },
			});
		}),
	];
}

export function bankProject(key: string): ProjectEntry {
	const found = bankProjects().find((p) => p.key === key);
	if (!found) throw new Error(`no fixture project ${key}`);
	return found;
}

/** The fixture bank as the views see it: settings, documents, no history; `extra` projects added where a test needs more. */
export function fixtureBank(extra: ProjectEntry[] = []): Bank {
	return createBank([...bankProjects(), ...extra], testConfig, bankSources);
}

/**
 * A stand-in for views/collection.ts, so the views read the fixture bank:
 *   vi.mock('../../../src/views/collection.ts', async () => (await import('../../helpers/bank.ts')).mockedCollection());
 */
export function mockedCollection(extra: ProjectEntry[] = []) {
	const bank = fixtureBank(extra);
	return { loadBank: async () => bank };
}
