import { describe, expect, it } from 'vitest';
import { formatProblem, validateEntries } from '../../../src/entries/validate.ts';
import { entryFile, modified, testConfig } from '../../helpers/fixtures.ts';

const errorsFor = (change: (e: Record<string, any>) => void) =>
	validateEntries([entryFile(modified(change))], testConfig).problems.map(formatProblem);

/** The fixture (a rejected application) turned into a granted project with the given amounts and no financing table. */
const granted = (amounts: Record<string, string | number>) => (e: Record<string, any>) => {
	e.status = 'granted';
	e.decisions = [{ kind: 'grant', body: 'Region Västerbotten', summary: 'Ansökan beviljas.' }];
	e.financing = [];
	delete e.appliedAmount;
	delete e.totalBudget;
	Object.assign(e, amounts);
};

describe('plausibility between status and amounts', () => {
	it('refuses a granted amount on a project that is not granted, naming the status and the amount', () => {
		expect(errorsFor((e) => (e.grantedAmount = '500 000'))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:39: grantedAmount – väntade inget beviljat belopp för ett projekt med status rejected (avslag), men det står 500 000 kr. Bara ett beviljat projekt har ett beviljat belopp: är beloppet det sökta, skriv det som appliedAmount; annars ta bort raden.",
			]
		`);
		for (const status of ['applied', 'proposed'] as const) {
			const problems = errorsFor((e) => {
				e.status = status;
				e.decisions =
					status === 'applied'
						? [{ kind: 'application', body: 'Region Västerbotten', summary: 'Ansökan.' }]
						: [{ kind: 'proposal', proposed: 'grant', body: 'Region Västerbotten', summary: 'Förslag.' }];
				e.grantedAmount = '500 000';
			});
			expect(problems, status).toHaveLength(1);
			expect(problems[0], status).toContain(`grantedAmount – väntade inget beviljat belopp för ett projekt med status ${status}`);
		}
	});

	it('refuses 0 kr: a missing amount is written by leaving the field out', () => {
		expect(errorsFor(granted({ grantedAmount: 0, appliedAmount: '0 kr', totalBudget: 0 }))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:29: grantedAmount – väntade ett beviljat belopp större än 0 kr, men det står "0 kr". Ett belopp som källan inte anger skrivs genom att ta bort raden, inte som 0.",
			  "src/content/projects/20378916.md:30: appliedAmount – väntade ett sökt belopp större än 0 kr, men det står "0 kr". Ett belopp som källan inte anger skrivs genom att ta bort raden, inte som 0.",
			  "src/content/projects/20378916.md:31: totalBudget – väntade en total projektbudget större än 0 kr, men det står "0 kr". Ett belopp som källan inte anger skrivs genom att ta bort raden, inte som 0.",
			]
		`);
		expect(errorsFor(granted({}))).toEqual([]);
	});

	it('refuses a granted amount above the total budget or the amount applied for, and an applied amount above the budget', () => {
		expect(errorsFor(granted({ grantedAmount: '2 000 000', totalBudget: '1 500 000', appliedAmount: '1 800 000' }))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:29: grantedAmount – väntade ett beviljat belopp som högst är den totala projektbudgeten (1 500 000 kr), men det står "2 000 000 kr". Kontrollera beloppen mot källan; är källans siffra fel, skriv en rättelse under corrections.",
			  "src/content/projects/20378916.md:29: grantedAmount – väntade ett beviljat belopp som högst är det sökta beloppet (1 800 000 kr), men det står "2 000 000 kr". Kontrollera beloppen mot källan; har ett ändringsbeslut höjt beloppet, skriv det sökta beloppet i ändringsansökan som appliedAmount.",
			  "src/content/projects/20378916.md:31: appliedAmount – väntade ett sökt belopp som högst är den totala projektbudgeten (1 500 000 kr), men det står "1 800 000 kr". Kontrollera beloppen mot källan; är källans siffra fel, skriv en rättelse under corrections.",
			]
		`);
		expect(errorsFor((e) => (e.appliedAmount = '9 397 436'))).toEqual(
			expect.arrayContaining([
				expect.stringContaining('appliedAmount – väntade ett sökt belopp som högst är den totala projektbudgeten (9 397 435 kr)'),
			]),
		);
	});

	it('refuses an amount with a leading zero as the editor wrote it, never reading 0600000 as 600 000', () => {
		const frontmatter = `id: "20378916"\ntitle: Projekt\ndecider: Region Västerbotten\nstatus: granted\ngrantedAmount: 0600000\nsource:\n  document: Beslut\n`;
		const problems = validateEntries([entryFile(frontmatter)], testConfig).problems.map(formatProblem);
		expect(problems).toEqual([
			expect.stringMatching(
				/^src\/content\/projects\/20378916\.md:6: grantedAmount – "0600000" är inget belopp i hela kronor: ett belopp börjar inte med en nolla/,
			),
		]);
	});

	it('accepts a grant equal to what was applied for and to the whole budget', () => {
		expect(errorsFor(granted({ grantedAmount: '1 500 000', appliedAmount: '1 500 000', totalBudget: '1 500 000' }))).toEqual([]);
	});

	it('judges the figures as corrected: a misprinted budget with its correction passes', () => {
		const problems = errorsFor(granted({ grantedAmount: '1 500 000', totalBudget: '150 000' }));
		expect(problems).toHaveLength(1);
		const corrected = errorsFor((e) => {
			granted({ grantedAmount: '1 500 000', totalBudget: '150 000' })(e);
			e.corrections = [{ field: 'totalBudget', published: '150 000', corrected: 1_500_000, note: 'En nolla saknas i källan.' }];
		});
		expect(corrected).toEqual([]);
	});
});

describe('progress: paid out and the status of the work, apart from the decision', () => {
	it('accepts a paid amount with its date and a stated work status, at the source’s precision', () => {
		expect(
			errorsFor(
				granted({ grantedAmount: '1 000 000', paidAmount: '850 000 kr', paidDate: '2024-03', workStatus: 'closed', workStatusDate: 2024 }),
			),
		).toEqual([]);
		const { entries } = validateEntries(
			[
				entryFile(
					modified(
						granted({
							grantedAmount: '1 000 000',
							paidAmount: '850 000 kr',
							paidDate: '2024-03',
							workStatus: 'closed',
							workStatusDate: 2024,
						}),
					),
				),
			],
			testConfig,
		);
		expect(entries[0]!.data).toMatchObject({ paidAmount: 850_000, paidDate: '2024-03', workStatus: 'closed', workStatusDate: '2024' });
	});

	it('wants the paid amount and its date together, and a work status for a status date', () => {
		const problems = [
			...errorsFor(granted({ grantedAmount: '1 000 000', paidAmount: '850 000' })),
			...errorsFor(granted({ grantedAmount: '1 000 000', paidDate: '2024-03-31' })),
			...errorsFor(granted({ grantedAmount: '1 000 000', workStatusDate: '2024-03-31' })),
		];
		expect(problems).toHaveLength(3);
		expect(problems[0]).toMatch(/:\d+: paidAmount – ett utbetalt belopp säger inget utan sitt datum, men paidDate saknas\./);
		expect(problems[1]).toMatch(/:\d+: paidDate – ett datum för det utbetalda beloppet, men paidAmount saknas\./);
		expect(problems[2]).toMatch(/:\d+: workStatusDate – ett datum för arbetets status, men workStatus saknas\./);
		expect(
			problems.every((p) => !p.includes('.md:1:')),
			'each on its own line, not the file’s first',
		).toBe(true);
	});

	it('refuses money paid on a project that is not granted, or more than was granted', () => {
		const rejected = errorsFor((e) => Object.assign(e, { paidAmount: '100', paidDate: '2024' }));
		expect(rejected).toHaveLength(1);
		expect(rejected[0]).toContain(
			'paidAmount – väntade inget utbetalt belopp för ett projekt med status rejected (avslag), men det står 100 kr.',
		);
		const tooMuch = errorsFor(granted({ grantedAmount: '1 000', paidAmount: '1 001', paidDate: '2024' }));
		expect(tooMuch).toHaveLength(1);
		expect(tooMuch[0]).toContain(
			'paidAmount – väntade ett utbetalt belopp som högst är det beviljade (1 000 kr), men det står "1 001 kr".',
		);
	});

	it('knows the work statuses by code, and suggests the code for the Swedish word', () => {
		const problems = errorsFor(granted({ grantedAmount: '1 000', workStatus: 'avslutat' }));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain(
			'workStatus – väntade en av ongoing (pågående), closed (avslutat), terminated (avbrutet) eller withdrawn (återkallat)',
		);
		expect(problems[0]).toContain('Menade du closed?');
	});
});

describe("fields of EU programmes' lists of operations", () => {
	const problems = (change: (e: Record<string, any>) => void) =>
		validateEntries([entryFile(modified(change))], testConfig).problems.map((p) => p.message);

	it('refuses a euro amount of 0 or on a project not granted, and a spelling of a place the entry does not name', () => {
		expect(problems((e) => (e.grantedAmountEur = 0))).toEqual(
			expect.arrayContaining([expect.stringContaining('väntade inget beviljat belopp i euro för ett projekt med status')]),
		);
		expect(problems((e) => (e.spellings = [{ published: 'ÖstraGöinge', name: 'Östra Göinge' }]))).toEqual([
			'"Östra Göinge" står inte i municipalities eller counties. En stavning säger hur källan skriver ett av postens ortnamn: skriv namnet som där, eller ta bort raden.',
		]);
		expect(problems((e) => (e.grantedAmountEur = '1,5 miljoner euro'))[0]).toBe(
			'"1,5 miljoner euro" är inget belopp i hela euro. Skriv hela euro med siffror och mellanslag mellan tusentalen, t.ex. 250000, "250 000" eller "250 000 euro".',
		);
	});
});
