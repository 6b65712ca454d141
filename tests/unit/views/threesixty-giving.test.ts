import { expect, it } from 'vitest';
import { createBank } from '../../../src/views/bank.ts';
import { grantOf, leftOutReason, threeSixtyGivingExport } from '../../../src/views/threesixty-giving.ts';
import { granted, project, testConfig } from '../../helpers/fixtures.ts';
import { threeSixtyGivingValidator } from '../../helpers/threesixty-giving.ts';

const config = { ...testConfig, threeSixtyGivingPrefix: '360G-testbanken' };
const built = new Date('2026-12-04T12:00:00Z');

const dated = granted('20390001', 'Solceller på kommunhuset', 600_000, '2026-03-24', ['Umeå', 'Skellefteå']);
const owned = project((e) => {
	Object.assign(e, {
		id: '20390002',
		status: 'granted',
		grantedAmount: 500_000,
		totalBudget: 1_000_000,
		financing: [],
		appliedAmount: undefined,
	});
	delete e.appliedAmount;
	e.owner = { name: 'Umeå kommun', orgNumber: '212000-2627' };
	e.decisions = [{ kind: 'grant', date: '2026-05-12', summary: 'Beviljas.' }];
	e.period = { start: '2026-06', end: '2027-12-31' };
	e.municipalities = ['Umeå'];
	e.counties = ['Norrbottens län'];
});

it('leaves out what is no awarded grant, or lacks what the standard requires, with the reason', () => {
	expect(leftOutReason(project())).toBe('not-granted');
	expect(leftOutReason(granted('20390003', 'Odaterat', 100_000))).toBe('no-award-date');
	expect(leftOutReason(granted('20390004', 'Bara månad', 100_000, '2026-03'))).toBe('no-award-date');
	expect(
		leftOutReason(
			project((e) =>
				Object.assign(e, {
					status: 'granted',
					decisions: [{ kind: 'grant', date: '2026-03-24', summary: 'Beviljas.' }],
					appliedAmount: undefined,
					grantedAmount: undefined,
					financing: [],
				}),
			),
		),
	).toBe('no-amount');
	const ownerless = granted('20390005', 'Utan ägare', 100_000, '2026-03-24');
	delete (ownerless.data as { owner?: unknown }).owner;
	expect(leftOutReason(ownerless)).toBe('no-owner');
	expect(leftOutReason(dated)).toBeUndefined();
});

it('identifies organisations by org-id where the bank knows their organisationsnummer, from any spelling', () => {
	const bank = createBank([dated, owned], config);
	const grant = grantOf(owned, bank, config.threeSixtyGivingPrefix)!;
	expect(grant.recipientOrganization).toEqual([{ id: 'SE-BLV-2120002627', name: 'Umeå kommun' }]);
	// The fixture's owner prints its name in capitals and gives its number: the display name and org-id follow.
	expect(grantOf(dated, bank, config.threeSixtyGivingPrefix)!.recipientOrganization).toEqual([
		{ id: 'SE-BLV-2021002841', name: 'LULEÅ TEKNISKA UNIVERSITET' },
	]);
	// A deciding region whose number the bank does not know gets the publisher's prefix, never a guessed number.
	expect(grant.fundingOrganization).toEqual([{ id: '360G-testbanken-org-region-vasterbotten', name: 'Region Västerbotten' }]);
});

it('states places, dates and fund as the entry gives them: a month stays a month, a county without municipalities is a county', () => {
	const grant = grantOf(owned, createBank([owned], config), config.threeSixtyGivingPrefix)!;
	expect(grant).toMatchObject({
		id: '360G-testbanken-20390002',
		amountAwarded: 500_000,
		currency: 'SEK',
		awardDate: '2026-05-12',
		plannedDates: [{ startDate: '2026-06', endDate: '2027-12-31' }],
		grantProgramme: [{ code: 'eruf', title: 'ERUF' }],
	});
	expect(grant.beneficiaryLocation!.map((l) => [l.name, l.geoCode])).toEqual([
		['Umeå', '2480'],
		['Norrbottens län', '25'],
	]);
	expect(grant.beneficiaryLocation![1]!.description).toMatch(/utan namngivna kommuner/);
});

it('makes a package the standard’s own schema accepts, and counts what it leaves out', () => {
	const result = threeSixtyGivingExport(createBank([dated, owned, project(), granted('20390003', 'Odaterat', 100_000)], config), built);
	const validate = threeSixtyGivingValidator();
	expect(validate(result.package), JSON.stringify(validate.errors)).toBe(true);
	// The schema is strict enough to refuse a grant without its award date, or with a month for one.
	const [first] = (result.package as { grants: Record<string, unknown>[] }).grants;
	const { awardDate: _date, ...undated } = first!;
	expect(validate({ ...result.package, grants: [undated] })).toBe(false);
	expect(validate({ ...result.package, grants: [{ ...first, awardDate: '2026-03' }] })).toBe(false);
	expect(result.grants).toBe(2);
	expect(result.leftOut).toEqual([
		{ reason: 'not-granted', text: expect.stringMatching(/inte beviljade/), projects: 1 },
		{ reason: 'no-award-date', text: expect.stringMatching(/beslutet på dagen/), projects: 1 },
	]);
	expect(result.package).toMatchObject({ version: '1.4', license: config.dataLicence.url, modified: '2026-12-04T12:00:00.000Z' });
});

it('publishes no package without a 360Giving prefix, or without a single grant it can hold', () => {
	expect(threeSixtyGivingExport(createBank([dated], testConfig), built).package).toBeUndefined();
	expect(threeSixtyGivingExport(createBank([project()], config), built).package).toBeUndefined();
});
