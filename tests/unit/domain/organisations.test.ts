import { describe, expect, it } from 'vitest';
import { municipalityOrganisationKeys, organisationKey, organisationName } from '../../../src/domain/organisation-names.ts';
import { organisations } from '../../../src/domain/organisations.ts';
import { siteConfig } from '../../../src/site.config.ts';
import { project, testConfig } from '../../helpers/fixtures.ts';
const aliases = siteConfig.organisationAliases;

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

	it('knows a municipality’s own organisation however the source writes it', () => {
		expect(municipalityOrganisationKeys({ name: 'Skellefteå' })).toContain('skelleftea-kommun');
		expect(municipalityOrganisationKeys({ name: 'Älvsbyn' })).toContain('alvsbyns-kommun');
		expect(municipalityOrganisationKeys({ name: 'Stockholm' })).toContain('stockholms-stad');
	});
});

describe('the deciding region and names in capitals', () => {
	const settings = testConfig;

	it('a region that only decides still has its grants: it is an organisation with its decisions', () => {
		const only = organisations([project((e) => ((e.financing = []), delete e.totalBudget))], settings);
		const region = only.find((o) => o.key === 'region-vasterbotten')!;
		expect(region.decided).toHaveLength(1);
		expect(region.name).toBe('Region Västerbotten');
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
