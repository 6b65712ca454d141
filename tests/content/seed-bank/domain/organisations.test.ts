import { describe, expect, it } from 'vitest';
import { displayNames, organisationMoney, organisations } from '../../../../src/domain/organisations.ts';
import { isOrganisation } from '../../../../src/domain/organisation-names.ts';
import { slugify } from '../../../../src/domain/text.ts';
import { siteConfig } from '../../../../src/site.config.ts';
import { project, testConfig } from '../../../helpers/fixtures.ts';
import { shippedProjects } from '../../../helpers/shipped.ts';

const projects = shippedProjects();
const all = organisations(projects, siteConfig);
const find = (key: string) => all.find((o) => o.key === key)!;

describe('who an organisation is', () => {
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

	it('shows a name printed only in capitals in its official form where the registry or settings know it, and as printed otherwise', () => {
		expect(find('vilhelmina-kommun').name).toBe('Vilhelmina kommun');
		expect(find('region-norrbotten').name).toBe('Region Norrbotten');
		expect(find('energimyndigheten').name).toBe('ENERGIMYNDIGHETEN'); // known to neither: never guessed
		expect(find('vilhelmina-kommun').spellings).toEqual(['VILHELMINA KOMMUN']);
	});
});
