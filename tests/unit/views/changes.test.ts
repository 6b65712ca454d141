import { describe, expect, it } from 'vitest';
import { describeChanges, fieldLabels, NOT_GIVEN } from '../../../src/views/changes.ts';
import { project, testConfig } from '../../helpers/fixtures.ts';

/** Non-breaking spaces as the site writes amounts, so that expectations read like the page. */
const words = (lines: string[]) => lines.map((l) => l.replace(/\u00a0/g, ' '));

const grantedProject = (change: (e: Record<string, any>) => void = () => {}) =>
	project((e) => {
		Object.assign(e, {
			status: 'granted',
			grantedAmount: '1 000 000',
			decisions: [{ kind: 'grant', date: '2026-03-24', body: 'Regionala utvecklingsnämnden', summary: 'Beviljas.' }],
		});
		delete e.appliedAmount;
		e.financing = [
			{ financier: 'Region Västerbotten', amount: '1 000 000' },
			{ financier: 'LULEÅ TEKNISKA UNIVERSITET', amount: '500 000' },
		];
		e.totalBudget = '1 500 000';
		change(e);
	});

describe('changes in words', () => {
	it('are empty when the data is the same', () => {
		expect(describeChanges(grantedProject(), grantedProject())).toEqual([]);
	});

	it('give an amount old → new in kronor, and the financing row that changed with it', () => {
		const after = grantedProject((e) => {
			e.grantedAmount = '1 200 000';
			e.financing[0].amount = '1 200 000';
			e.totalBudget = '1 700 000';
		});
		expect(words(describeChanges(grantedProject(), after))).toEqual([
			'Beviljat belopp: 1 000 000 kr → 1 200 000 kr',
			'Total projektbudget: 1 500 000 kr → 1 700 000 kr',
			'Finansiering, Region Västerbotten: 1 000 000 kr → 1 200 000 kr',
		]);
	});

	it('say a value the version did not give is missing, never zero', () => {
		const before = grantedProject((e) => delete e.fund);
		expect(describeChanges(before, grantedProject())).toEqual([`Fond eller anslag: ${NOT_GIVEN} → ERUF`]);
		expect(describeChanges(grantedProject(), before)).toEqual([`Fond eller anslag: ERUF → ${NOT_GIVEN}`]);
	});

	it('give status, dates and decisions as the page names them', () => {
		const before = project((e) => {
			e.status = 'proposed';
			e.decisions = [{ kind: 'proposal', proposed: 'rejection', date: '2026-03', summary: 'Föreslås avslag.' }];
		});
		const after = project((e) => {
			e.decisions = [
				{ kind: 'proposal', proposed: 'rejection', date: '2026-03-10', summary: 'Föreslås avslag.' },
				{ kind: 'rejection', date: '2026-03-24', body: 'Regionala utvecklingsnämnden', reference: '§ 7', summary: 'Ansökan avslås.' },
			];
			e.period = { start: '2026-07-01', end: '2029-06-30' };
		});
		expect(describeChanges(before, after)).toEqual([
			'Status: Föreslås avslag → Avslaget',
			'Projektperiod: 1 juli 2026 – 31 mars 2029 → 1 juli 2026 – 30 juni 2029',
			'Beslut 1: Förslag till beslut: avslag, mars 2026 → Förslag till beslut: avslag, 10 mars 2026',
			'Nytt beslut: Beslut om avslag, 24 mars 2026 (Regionala utvecklingsnämnden, § 7)',
		]);
	});

	it('name places added and removed, and financing rows added and removed', () => {
		const after = grantedProject((e) => {
			e.municipalities = ['Umeå', 'Skellefteå'];
			e.financing.push({ financier: 'Tillväxtverket', amount: '500 000', inKind: true });
			e.financing.splice(1, 1);
		});
		expect(words(describeChanges(grantedProject(), after))).toEqual([
			'Kommuner: tillagd Skellefteå; borttagen Kalix',
			'Finansiering, Tillväxtverket: ny rad, 500 000 kr (bidrag i annat än pengar)',
			'Finansiering, LULEÅ TEKNISKA UNIVERSITET: raden borttagen (var 500 000 kr)',
		]);
	});

	it('compare data, not text, and still say the summary changed', () => {
		const before = grantedProject();
		expect(describeChanges(before, { ...before, body: 'En ny sammanfattning.' })).toEqual(['Sammanfattningen ändrad']);
	});

	it('name any other field that changed by its Swedish label, so that no change goes unsaid', () => {
		const before = grantedProject();
		const after = grantedProject((e) => (e.workStatus = 'ongoing'));
		expect(describeChanges(before, after, fieldLabels(testConfig))).toEqual(['Även ändrat: Arbetets status']);
		expect(describeChanges(before, after)).toEqual(['Även ändrat: workStatus']); // without the schema's labels, the key
	});
});
