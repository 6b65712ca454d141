import { describe, expect, it } from 'vitest';
import { createBank } from '../../../src/views/bank.ts';
import { searchFilterOptions, searchRecord, searchSortOptions, searchSortValue } from '../../../src/views/search.ts';
import { siteConfig } from '../../../src/site.config.ts';
import { granted } from '../../helpers/fixtures.ts';
import { shippedProject, shippedProjects } from '../../helpers/shipped.ts';

const projects = shippedProjects();
const bank = createBank(projects, siteConfig);

describe('search records', () => {
	it('carry every filter, sort and card field of a project', () => {
		const record = searchRecord(shippedProject('20378916'), bank);
		expect(record.filters).toEqual({
			kommun: ['Kalix', 'Kiruna', 'Luleå', 'Umeå', 'Övertorneå', 'Piteå', 'Vindeln', 'Skellefteå', 'Boden', 'Vilhelmina'],
			lan: ['Västerbottens län', 'Norrbottens län'],
			region: ['Region Västerbotten'],
			prioritering: ['Prioritering 1: Västerbotten - en nytänkande och smart region'],
			fond: ['ERUF'],
			status: ['Avslaget'],
			agare: ['Luleå tekniska universitet'],
			ar: [],
		});
		expect(record.sort).toEqual({ granted: '0', budget: '9397435', date: '0', start: '20260701' });
		expect(record.meta).toEqual({
			owner: 'Luleå tekniska universitet',
			amount: 'Sökt belopp: 2\u00a0219\u00a0230\u00a0kr',
			status: 'Avslaget',
			tone: 'rejected',
			municipalities: 'Kalix, Kiruna, Luleå, Umeå och 6 till',
		});
	});

	it('say what the source lacks', () => {
		const record = searchRecord(shippedProject('20204763'), bank);
		expect(record.meta.municipalities).toBe('Övre Norrland (små och medelstora företag)');
		expect(record.filters.ar).toEqual(['2020']);
		expect(record.sort.date).toBe('20200324');
		const dovi = searchRecord(shippedProject('20359783'), bank);
		expect(dovi.meta.amount).toBe('Belopp anges inte');
		const bare = granted('10000001', 'A', 5, undefined, ['Umeå', 'Kalix']);
		expect(searchRecord({ ...bare, data: { ...bare.data, owner: undefined, fund: undefined, priority: undefined } }, bank)).toMatchObject({
			filters: { agare: [], fond: [], prioritering: [] },
			meta: { owner: 'Projektägare anges inte', municipalities: 'Umeå, Kalix' },
		});
		expect(searchRecord({ ...bare, data: { ...bare.data, municipalities: [], locationNote: undefined } }, bank).meta.municipalities).toBe('Kommuner anges inte');
		expect(searchSortValue(bare, 'granted')).toBe('5');
	});
});

describe('search form', () => {
	it('offers filter values with counts that agree with the collection', () => {
		const options = searchFilterOptions(bank);
		expect(options.map((f) => f.name)).toEqual(['kommun', 'lan', 'region', 'prioritering', 'fond', 'status', 'agare', 'ar']);
		const kommun = options.find((f) => f.name === 'kommun')!.options;
		expect(kommun.find((o) => o.value === 'Piteå')!.count).toBe(projects.filter((p) => p.data.municipalities.includes('Piteå')).length);
		expect(kommun.map((o) => o.value)).toEqual([...kommun.map((o) => o.value)].sort((a, b) => a.localeCompare(b, 'sv')));
		expect(options.find((f) => f.name === 'status')!.options.map((o) => [o.value, o.count])).toEqual([
			['Ansökt', 1],
			['Avslaget', 2],
			['Beviljat', 26],
		]);
		expect(options.find((f) => f.name === 'ar')!.options.map((o) => o.value)).toEqual(['2025', '2023', '2020']);
		expect(options.find((f) => f.name === 'region')!.options.map((o) => o.value)).toEqual(['Region Västerbotten', 'Region Norrbotten', 'Region Västernorrland']);
	});

	it('offers the search orders with their Pagefind key and direction', () => {
		expect(searchSortOptions[0]).toEqual({ value: 'belopp-storst', key: 'granted', direction: 'desc', label: 'Beviljat belopp, störst först' });
		expect(searchSortOptions.map((o) => o.value)).toContain('start-aldst');
	});
});
