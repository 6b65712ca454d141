import { describe, expect, it } from 'vitest';
import { createBank } from '../../../../src/views/bank.ts';
import { placesLine, searchFilterOptions, searchRecord, searchSortValue } from '../../../../src/views/search.ts';
import { siteConfig } from '../../../../src/site.config.ts';
import { granted } from '../../../helpers/fixtures.ts';
import { allMunicipalities } from '../../../../src/domain/registry.ts';
import { shippedProject, shippedProjects } from '../../../helpers/shipped.ts';

const projects = shippedProjects();
const bank = createBank(projects, siteConfig);

describe('search records', () => {
	it('carry every filter, sort and card field of a project', () => {
		const record = searchRecord(shippedProject('20378916'), bank);
		expect(record.filters).toEqual({
			kommun: ['Kalix', 'Kiruna', 'Luleå', 'Umeå', 'Övertorneå', 'Piteå', 'Vindeln', 'Skellefteå', 'Boden', 'Vilhelmina'],
			lan: ['Västerbottens län', 'Norrbottens län'],
			beslutande: ['Region Västerbotten'],
			prioritering: ['Prioritering 1: Västerbotten - en nytänkande och smart region'],
			fond: ['ERUF'],
			status: ['Föreslås avslag'],
			arbete: ['Anges inte'], // a proposal: its period is a plan
			agare: ['Luleå tekniska universitet'],
			finansiar: ['Tillväxtverket', 'Region Norrbotten', 'Luleå tekniska universitet', 'Region Västerbotten'],
			ar: ['Inte avgjort'],
		});
		// Nothing granted and no decision date: last in both directions, never as zero.
		expect(record.sort).toEqual({
			granted: 'a',
			granted_asc: 'z',
			budget: 'k000009397435',
			budget_asc: 'k000009397435',
			date: '0000',
			date_asc: '9999',
			start: '2026-07-01',
			start_asc: '2026-07-01',
		});
		expect(record.meta).toEqual({
			owner: 'Luleå tekniska universitet',
			amount: 'Sökt belopp: 2\u00a0219\u00a0230\u00a0kr',
			status: 'Föreslås avslag',
			tone: 'proposed',
			places: 'Kommuner: Kalix, Kiruna, Luleå, Umeå och 6 till',
			decision: 'Förslag till beslut: avslag (datum anges inte i källan)',
		});
	});

	it('put county-level projects under their counties, labelled as such, and not under any municipality', () => {
		const record = searchRecord(shippedProject('20204763'), bank);
		expect(record.filters.kommun).toEqual([]);
		expect(record.filters.lan).toEqual(['Västerbottens län', 'Norrbottens län']);
		expect(record.meta.places).toBe('Län (utan namngivna kommuner): Norrbottens län, Västerbottens län');
		const norrbotten = projects.filter(
			(p) => searchRecord(p, bank).filters.lan.includes('Norrbottens län') && searchRecord(p, bank).filters.ar.includes('2020'),
		);
		expect(norrbotten.filter((p) => p.data.status === 'granted')).toHaveLength(8); // the grants of 24 March 2020
		expect(placesLine({ ...shippedProject('20204763'), data: { ...shippedProject('20204763').data, counties: [] } })).toBe(
			'Område enligt källan: Övre Norrland (små och medelstora företag)',
		);
	});

	it('name a whole country or whole counties on the card instead of every municipality', () => {
		const national = granted(
			'10000001',
			'Nationellt',
			290,
			undefined,
			allMunicipalities.map((m) => m.name),
		);
		expect(placesLine(national)).toBe('Var: hela Sverige');
		expect(searchRecord(national, bank).filters.kommun).toHaveLength(290); // still found under every municipality
		expect(placesLine(shippedProject('20372031'))).toBe('Var: hela Västerbottens län och hela Norrbottens län');
	});

	it('say what the source lacks', () => {
		const record = searchRecord(shippedProject('20204763'), bank);
		expect(record.filters.ar).toEqual(['2020']);
		expect(record.sort.date).toBe('2020-03-24');
		expect(searchRecord(shippedProject('20372556'), bank).filters.ar).toEqual(['Beslutsdatum anges inte i källan']);
		const dovi = searchRecord(shippedProject('20359783'), bank);
		expect(dovi.meta.amount).toBe('Belopp anges inte');
		const bare = granted('10000001', 'A', 5, undefined, ['Umeå', 'Kalix']);
		expect(searchRecord({ ...bare, data: { ...bare.data, owner: undefined, fund: undefined, priority: undefined } }, bank)).toMatchObject({
			filters: { agare: [], fond: [], prioritering: [] },
			meta: { owner: 'Projektägare anges inte', places: 'Kommuner: Umeå, Kalix' },
		});
		expect(searchRecord({ ...bare, data: { ...bare.data, municipalities: [], locationNote: undefined } }, bank).meta.places).toBe(
			'Var projektet verkar anges inte i källan',
		);
		expect(searchSortValue(bare, 'granted')).toBe('k000000000005');
		// Text that sorts as the numbers would, beyond the 2^24 where Pagefind's floats stop being exact.
		const big = [16_777_217, 16_777_216, 21_065_100, 9].map((n) => searchSortValue(granted('10000009', 'X', n), 'granted'));
		expect([...big].sort()).toEqual([9, 16_777_216, 16_777_217, 21_065_100].map((n) => `k${String(n).padStart(12, '0')}`));
		expect(searchSortValue(shippedProject('20204898'), 'start')).toBe('2020-06');
		expect(searchSortValue(shippedProject('20204763'), 'title')).toBe('Intersective Innovation 2.0');
	});
});

describe('search form', () => {
	it('offers filter values with counts that agree with the collection', () => {
		const options = searchFilterOptions(bank);
		expect(options.map((f) => f.name)).toEqual([
			'kommun',
			'lan',
			'beslutande',
			'prioritering',
			'fond',
			'status',
			'arbete',
			'agare',
			'finansiar',
			'ar',
		]);
		const financiers = options.find((f) => f.name === 'finansiar')!.options;
		expect(financiers.find((o) => o.value === 'Skellefteå kommun')!.count).toBe(3);
		expect(financiers.some((o) => o.value === 'Deltagande företag')).toBe(false); // a category, not an organisation
		const kommun = options.find((f) => f.name === 'kommun')!.options;
		expect(kommun.find((o) => o.value === 'Piteå')!.count).toBe(projects.filter((p) => p.data.municipalities.includes('Piteå')).length);
		expect(kommun.map((o) => o.value)).toEqual([...kommun.map((o) => o.value)].sort((a, b) => a.localeCompare(b, 'sv')));
		expect(options.find((f) => f.name === 'status')!.options.map((o) => [o.value, o.count])).toEqual([
			['Ansökt', 1],
			['Avslaget', 1],
			['Beviljat', 26],
			['Föreslås avslag', 1],
		]);
		// HSO's application says the project is ongoing; the granted projects with a period ended it by 2026 (DOVI on 31 August 2026).
		expect(options.find((f) => f.name === 'arbete')!.options.map((o) => [o.value, o.count])).toEqual([
			['Avslutat enligt projektperioden', 8], // seven of Norrbotten's grants and DOVI
			['Pågående', 1],
			['Anges inte', 20], // the list of 17 and one of Norrbotten's give no period; the proposal and the rejection are not granted
		]);
		// DOVI, granted in 2023, was amended in 2025: found under both years.
		expect(options.find((f) => f.name === 'ar')!.options.map((o) => [o.value, o.count])).toEqual([
			['2025', 1],
			['2023', 1],
			['2020', 9],
			['Beslutsdatum anges inte i källan', 17],
			['Inte avgjort', 2],
		]);
		expect(options.find((f) => f.name === 'lan')!.options.find((o) => o.value === 'Norrbottens län')!.count).toBe(
			projects.filter((p) => p.data.decider === 'Region Norrbotten').length + 5,
		);
		expect(options.find((f) => f.name === 'beslutande')!.options.map((o) => o.value)).toEqual([
			'Region Västerbotten',
			'Region Norrbotten',
			'Region Västernorrland',
		]);
	});
});
