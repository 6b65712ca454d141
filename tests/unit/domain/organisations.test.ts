import { describe, expect, it } from 'vitest';
import { isOrganisation, municipalityOrganisationKeys, organisationKey, organisationName } from '../../../src/domain/organisation-names.ts';
import { displayNames, organisationMoney, organisations } from '../../../src/domain/organisations.ts';
import { slugify } from '../../../src/domain/text.ts';
import { siteConfig } from '../../../src/site.config.ts';
import { project, testConfig } from '../../helpers/fixtures.ts';
import { shippedProjects } from '../../helpers/shipped.ts';

const projects = shippedProjects();
const aliases = siteConfig.organisationAliases;
const all = organisations(projects, siteConfig);
const find = (key: string) => all.find((o) => o.key === key)!;

describe('who an organisation is', () => {
	it('drops a bracket saying what kind of money it is, and follows the settings’ aliases', () => {
		expect(organisationName('Region Norrbotten (1:1)')).toBe('Region Norrbotten');
		expect(organisationName('Tillväxtverket (ERUF) ')).toBe('Tillväxtverket');
		expect(organisationName('ERUF, Tillväxtverket', aliases)).toBe('Tillväxtverket');
		expect(organisationName('ERUF, Tillväxtverket')).toBe('ERUF, Tillväxtverket');
		expect(organisationName('Bolaget (Norr) AB')).toBe('Bolaget (Norr) AB');
		expect(organisationKey('LULEÅ TEKNISKA UNIVERSITET')).toBe('lulea-tekniska-universitet');
		expect(organisationKey('ERUF', aliases)).toBe('tillvaxtverket');
	});

	it('puts a unit under its parent and a table heading’s row under its organisation', () => {
		expect(find('lulea-kommun').spellings).toContain('Socialförvaltningen Luleå kommun');
		expect(find('lulea-kommun').owned.map((p) => p.key)).toEqual(['20204888']);
		expect(all.some((o) => o.key.startsWith('socialforvaltningen'))).toBe(false);
		expect(find('lulea-business-region-ab').spellings).toContain('Privat finansiering, kontanta medel; Luleå Business Region AB');
	});

	it('gives categories of financiers no organisation', () => {
		for (const category of ['Deltagande företag', 'Medverkande företag', 'Kommuner i Västerbotten och Norrbotten']) {
			expect(isOrganisation(category, siteConfig), category).toBe(false);
			expect(
				all.some((o) => o.spellings.includes(category)),
				category,
			).toBe(false);
		}
		expect(isOrganisation(' deltagande FÖRETAG ', siteConfig)).toBe(false);
		expect(isOrganisation('Sparbanken Nord', siteConfig)).toBe(true);
	});

	it('meets every spelling of one organisation under one name, preferring one not in capitals', () => {
		const ltu = find('lulea-tekniska-universitet');
		expect(ltu.name).toBe('Luleå tekniska universitet');
		expect(new Set(ltu.spellings)).toEqual(new Set(['LULEÅ TEKNISKA UNIVERSITET', 'Luleå tekniska universitet']));
		expect(find('tillvaxtverket').name).toBe('Tillväxtverket');
		const names = all.map((o) => o.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'sv')));
		expect(displayNames(all).get('ERUF')).toBe('Tillväxtverket');
		expect(displayNames(all).get('REGION VÄSTERBOTTEN')).toBe('Region Västerbotten');
	});

	it('knows a municipality’s own organisation however the source writes it', () => {
		expect(municipalityOrganisationKeys({ name: 'Skellefteå' })).toContain('skelleftea-kommun');
		expect(municipalityOrganisationKeys({ name: 'Älvsbyn' })).toContain('alvsbyns-kommun');
		expect(municipalityOrganisationKeys({ name: 'Stockholm' })).toContain('stockholms-stad');
	});
});

describe('an organisation’s money', () => {
	it('keeps owned and co-financed projects apart, with the organisation number where the source gives it', () => {
		const ltu = find('lulea-tekniska-universitet');
		expect(ltu.owned.map((p) => p.key).sort()).toEqual(['20204909', '20372391', '20378916']);
		expect(ltu.coFinanced.map((c) => c.project.key).sort()).toEqual(['20204888', '20378916']);
		expect(ltu.orgNumber).toBeUndefined(); // no source prints LTU's number
		expect(find('region-vasterbotten').orgNumber).toBe('232100-0222');
		expect(find('region-norrbotten').owned.map((p) => p.key)).toEqual(['dnr-00031-2020']);
	});

	it('counts co-financing of granted projects apart from what applications not granted name it for', () => {
		const tillvaxtverket = organisationMoney(find('tillvaxtverket'));
		const rows = find('tillvaxtverket').coFinanced;
		expect(tillvaxtverket.coFinancingApplied).toBe(
			rows.filter((c) => c.project.data.status !== 'granted').reduce((s, c) => s + c.amount, 0),
		);
		expect(tillvaxtverket).toMatchObject({ coFinancingApplied: 15_758_975, coFinancedApplied: 2 }); // what INDI and § 34 asked of it
		expect(tillvaxtverket.coFinancingGranted).toBe(48_181_334 - 15_758_975);
		expect(tillvaxtverket.coFinancingGranted + tillvaxtverket.coFinancingApplied).toBe(rows.reduce((s, c) => s + c.amount, 0));
		const skelleftea = organisationMoney(find('skelleftea-kommun'));
		expect(skelleftea).toMatchObject({ coFinancingGranted: 1_234_571, coFinancedGranted: 3 });
	});

	it('uses corrected figures: Skellefteå Science City put in 66 603 kr, not the misprinted 666 030 kr', () => {
		const ssc = find('skelleftea-science-city');
		expect(ssc.coFinanced[0]!.rows[0]).toMatchObject({ amount: 666_030, corrected: 66_603 });
		expect(organisationMoney(ssc).coFinancingGranted).toBe(66_603);
	});

	it('adds up one organisation’s several rows in a project', () => {
		const synthetic = organisations([
			{
				...projects[0]!,
				data: {
					...projects[0]!.data,
					owner: undefined,
					corrections: [],
					financing: [
						{ financier: 'A', amount: 1, inKind: false },
						{ financier: 'A (B)', amount: 2, inKind: true },
					],
				},
			},
		]);
		const a = synthetic.find((o) => o.key === 'a')!;
		expect(a.coFinanced[0]!.amount).toBe(3);
		expect(a.owned).toEqual([]);
		expect(synthetic.map((o) => o.key)).toEqual(['a', slugify(projects[0]!.data.decider)]); // and the deciding region
	});
});

describe('the deciding region and names in capitals', () => {
	// A Norrbotten decision whose financing table names the region itself, a financier in capitals the settings do not know, and the owner.
	const decided = project((e) => {
		Object.assign(e, {
			id: '10000001',
			decider: 'Region Norrbotten',
			status: 'granted',
			grantedAmount: '2 219 230',
			decisions: [{ kind: 'grant', summary: 'Beviljas.' }],
		});
		delete e.priority;
		e.financing = [
			{ financier: 'ENERGIMYNDIGHETEN', amount: '3 758 975' },
			{ financier: 'REGION NORRBOTTEN', amount: '2 219 230' },
			{ financier: 'LULEÅ TEKNISKA UNIVERSITET', amount: '1 200 000' },
			{ financier: 'Region Västerbotten', amount: '2 219 230' },
		];
	});
	const owned = project((e) => {
		Object.assign(e, { id: '10000002', owner: { name: 'VILHELMINA KOMMUN' }, financing: [] });
		delete e.totalBudget;
	});
	const settings = testConfig;
	const orgs = organisations([decided, owned], settings);
	const find = (key: string) => orgs.find((o) => o.key === key)!;

	it('counts a deciding region’s own rows as its decision, not as co-financing; another region’s rows are co-financing', () => {
		const norrbotten = find('region-norrbotten');
		expect(norrbotten.decided.map((p) => p.key)).toEqual(['10000001']);
		expect(norrbotten.coFinanced).toEqual([]);
		expect(organisationMoney(norrbotten).decided).toMatchObject({ granted: 1, grantedMoney: 2_219_230 });
		const vasterbotten = find('region-vasterbotten');
		expect(vasterbotten.decided.map((p) => p.key)).toEqual(['10000002']); // the fixture's own region decides the owned project
		expect(vasterbotten.coFinanced.map((c) => c.project.key)).toEqual(['10000001']);
	});

	it('a region that only decides still has its grants: it is an organisation with its decisions', () => {
		const only = organisations([project((e) => ((e.financing = []), delete e.totalBudget))], settings);
		const region = only.find((o) => o.key === 'region-vasterbotten')!;
		expect(region.decided).toHaveLength(1);
		expect(region.name).toBe('Region Västerbotten');
	});

	it('shows a name printed only in capitals in its official form where the registry or settings know it, and as printed otherwise', () => {
		expect(find('vilhelmina-kommun').name).toBe('Vilhelmina kommun');
		expect(find('region-norrbotten').name).toBe('Region Norrbotten');
		expect(find('energimyndigheten').name).toBe('ENERGIMYNDIGHETEN'); // known to neither: never guessed
		expect(find('vilhelmina-kommun').spellings).toEqual(['VILHELMINA KOMMUN']);
	});
});

describe('organisationsnummer outranks the name', () => {
	// Owners as a company register prints them, with and without their number; financing rows never carry one.
	const owned = (id: string, owner: { name: string; orgNumber?: string }, financiers: string[] = []) =>
		project((e) => {
			// The decider's own row, as validation wants, beside the financiers under test.
			const financing = [
				{ financier: 'Region Västerbotten', amount: '1 000' },
				...financiers.map((financier) => ({ financier, amount: '1 000' })),
			];
			Object.assign(e, { id, owner, financing, appliedAmount: '1 000', totalBudget: `${financing.length} 000` });
		});

	it('joins the spellings printed with one number: a register abbreviation is the same organisation', () => {
		const orgs = organisations(
			[
				owned('10000011', { name: 'Stiftelsen för samverkan mellan universiteten i Uppsala', orgNumber: '817602-1239' }),
				owned('10000012', { name: 'Stiftelsen för samverkan mellan universiteten i Uppsala', orgNumber: '817602-1239' }),
				owned('10000013', { name: 'Stuns Stift F Samv Mel Univ i U-A Näringsl O Sam', orgNumber: '817602-1239' }),
				// A financing row naming the abbreviation finds the same organisation by name.
				owned('10000014', { name: 'Umeå universitet' }, ['Stuns Stift F Samv Mel Univ i U-A Näringsl O Sam']),
			],
			testConfig,
		);
		const stuns = orgs.filter((o) => o.orgNumber === '817602-1239');
		expect(stuns).toHaveLength(1);
		expect(stuns[0]).toMatchObject({
			key: 'stiftelsen-for-samverkan-mellan-universiteten-i-uppsala',
			name: 'Stiftelsen för samverkan mellan universiteten i Uppsala',
		});
		expect(stuns[0]!.owned.map((p) => p.key)).toEqual(['10000011', '10000012', '10000013']);
		expect(stuns[0]!.coFinanced.map((c) => c.project.key)).toEqual(['10000014']);
		expect(stuns[0]!.spellings).toContain('Stuns Stift F Samv Mel Univ i U-A Näringsl O Sam');
	});

	it('keeps one name printed with two numbers as two organisations, and the name printed without a number apart from both', () => {
		const orgs = organisations(
			[
				owned('10000021', { name: 'Företagarna Norr AB', orgNumber: '556000-0001' }),
				owned('10000022', { name: 'Företagarna Norr AB', orgNumber: '556000-0019' }, ['Företagarna Norr AB']),
			],
			testConfig,
		);
		const keys = orgs.filter((o) => o.name === 'Företagarna Norr AB').map((o) => [o.key, o.orgNumber, o.owned.length, o.coFinanced.length]);
		expect(keys).toEqual([
			['foretagarna-norr-ab-5560000001', '556000-0001', 1, 0],
			['foretagarna-norr-ab-5560000019', '556000-0019', 1, 0],
			['foretagarna-norr-ab', undefined, 0, 1], // the source does not say which of the two finances
		]);
	});

	it('gives a decider its number from the settings', () => {
		const config = {
			...testConfig,
			deciders: testConfig.deciders.map((d) => (d.name === 'Region Västerbotten' ? { ...d, orgNumber: '232100-0222' } : d)),
		};
		const orgs = organisations([owned('10000031', { name: 'Umeå universitet' })], config);
		expect(orgs.find((o) => o.key === 'region-vasterbotten')?.orgNumber).toBe('232100-0222');
	});
});
