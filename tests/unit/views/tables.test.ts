import { describe, expect, it } from 'vitest';
import { sortOrders, type SortOrder, type SortSlug } from '../../../src/domain/listing.ts';
import { urls } from '../../../src/urls.ts';
import { createBank } from '../../../src/views/bank.ts';
import { countyFacets, deciderFacets } from '../../../src/views/facets.ts';
import { facetTable, placeTable, projectTable } from '../../../src/views/tables.ts';
import { measure } from '../../../src/domain/measures.ts';
import type { ProjectEntry } from '../../../src/domain/project.ts';
import { findCounty } from '../../../src/domain/registry.ts';
import { granted, project, testConfig } from '../../helpers/fixtures.ts';

/** The order a list address names. */
const sortOrder = (slug: SortSlug) => sortOrders.find((o) => o.slug === slug)!;

describe('project tables', () => {
	const a = granted('10000001', 'Åsele växer', 300, '2020-03-24');
	const rejected = project((e) => delete e.totalBudget && (e.financing = []));

	it('share a project’s row between lists, apart from the names and the county it is shown with', () => {
		const names = new Map([[a.data.owner!.name, 'Kanoniskt namn']]);
		const first = projectTable([a, rejected], 'Projekt', { names }).rows[0]!;
		expect(projectTable([rejected, a], 'Andra listan', { names }).rows[1]).toBe(first);
		expect(first.cells[0]!.details).toEqual(['Kanoniskt namn']);
		expect(projectTable([a], 'Projekt').rows[0]).not.toBe(first);
		expect(projectTable([a], 'Projekt').rows[0]!.cells[0]!.details).toEqual([a.data.owner!.name]);
		expect(projectTable([a], 'Projekt', { names, county: findCounty('24') }).rows[0]).not.toBe(first);
	});

	it('show each project’s figures, or a dash where there is none', () => {
		const table = projectTable([a, rejected], 'Projekt');
		expect(table).toMatchObject({ caption: 'Projekt', className: 'project-table' });
		expect(table.columns.map((c) => [c.label, c.numeric ?? false, c.sort])).toEqual([
			['Projekt', false, undefined],
			['Beviljat belopp', true, undefined],
			['Total budget', true, undefined],
			['Beslutsdatum', false, undefined],
			['Status', false, undefined],
			['Arbetets status', false, undefined],
			['Beslutande organ', false, undefined],
		]);
		expect(table.rows[0]!.cells).toEqual([
			{ text: 'Åsele växer', href: '/projekt/10000001/', details: ['LULEÅ TEKNISKA UNIVERSITET'] },
			{ text: '300\u00a0kr' },
			{ text: '600\u00a0kr' },
			{ text: '24 mars 2020', datetime: '2020-03-24' },
			{ text: 'Beviljat', tag: { tone: 'granted' } },
			{ text: expect.stringMatching(/^(Pågående|Avslutat) enligt projektperioden$/) }, // the fixture's period, 2026-07-01 – 2029-03-31
			{ text: 'Region Västerbotten' },
		]);
		expect(table.rows[1]!.cells.slice(1, 6).map((c) => c.text)).toEqual(['–', '–', 'anges ej', 'Avslaget', 'anges ej']);
		expect(table.rows[1]!.cells[3]!.muted).toBe(true);
	});

	it('link sortable column headers to the list in their order, the current one saying its direction', () => {
		const inList = (order: SortOrder) => urls.listing('/kommun/umea/', order);
		const table = projectTable([a], 'Projekt', { sorting: { order: sortOrder('belopp-storst'), href: inList } });
		expect(table.columns.map((c) => c.sort && [c.sort.href, c.sort.state, c.sort.label])).toEqual([
			['/kommun/umea/lista/titel-a-o/', undefined, 'projektnamn, A–Ö'],
			['/kommun/umea/lista/belopp-minst/', 'descending', 'beviljat belopp, minst först'],
			['/kommun/umea/lista/budget-storst/', undefined, 'total budget, störst först'],
			['/kommun/umea/lista/datum-nyast/', undefined, 'beslutsdatum, senaste först'],
			undefined,
			undefined,
			undefined,
		]);
		const asc = projectTable([a], 'Projekt', {
			sorting: { order: sortOrder('belopp-minst'), href: (o) => urls.listing('/projekt/', o) },
		});
		expect(asc.columns[1]!.sort).toMatchObject({ href: '/projekt/', state: 'ascending' });
		// Where an order is not offered, the header has no link but still says the current order's direction.
		const nowhere = projectTable([a], 'Projekt', { sorting: { order: sortOrder('belopp-storst'), href: () => undefined } });
		expect(nowhere.columns.map((c) => c.sort)).toEqual([
			undefined,
			{ href: undefined, label: 'beviljat belopp, störst först', state: 'descending' },
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
		]);
	});
});

describe('facet tables', () => {
	it('never show a missing figure as 0 kr: "inget beviljat", "uppgift saknas", or a dash where there is no project', () => {
		const applied = project((e) => {
			delete e.priority;
			Object.assign(e, {
				id: '10000002',
				status: 'applied',
				decider: 'Region Norrbotten',
				decisions: [{ kind: 'application', summary: 'Ansökan.' }],
				financing: [],
			});
			delete e.appliedAmount;
			delete e.totalBudget;
		});
		const withoutAmount = project((e) => {
			Object.assign(e, { id: '10000003', status: 'granted', decisions: [{ kind: 'grant', summary: 'Beviljas.' }], financing: [] });
			delete e.appliedAmount;
			delete e.totalBudget;
		});
		const texts = (projects: ProjectEntry[]) =>
			facetTable(deciderFacets(createBank(projects, testConfig)), 'x', 'Beslutande organ').rows.map((r) =>
				r.cells.slice(1).map((c) => c.text),
			);
		expect(texts([applied])).toEqual([
			['0', '–', '–', '–'],
			['1', 'inget beviljat', 'inget beviljat', 'uppgift saknas'],
			['0', '–', '–', '–'], // Tillväxtverket decided none of them
		]);
		expect(texts([withoutAmount])[0]).toEqual(['1', 'uppgift saknas', 'uppgift saknas', 'ingen ansökan']);
	});

	it('give places the whole amounts beside the even shares, and at the foot the column sums beside the bank total', () => {
		// One project in Umeå and Kalix (two counties), one in Umeå alone, one naming no place.
		const both = granted('10000001', 'Två län', 1_000_000, undefined, ['Umeå', 'Kalix']);
		const one = granted('10000002', 'Ett län', 400_000, undefined, ['Umeå']);
		const nowhere = granted('10000003', 'Ingen plats', 50_000, undefined, []);
		const placed = createBank([both, one, nowhere], testConfig);
		const counties = countyFacets(placed).filter((c) => c.projects.length > 0);
		const table = placeTable(counties, 'Per län', 'Län', measure(placed.projects));
		expect(table.columns.map((c) => c.label)).toEqual([
			'Län',
			'Projekt som verkar här',
			'Beviljat, hela beloppen',
			'Beräknad jämn andel av beviljat',
			'Total budget, beviljade projekt',
			'Beräknad jämn andel av budgetarna',
			'Sökt, inte beviljat, hela beloppen',
		]);
		const kr = (n: number) => `${new Intl.NumberFormat('sv-SE').format(n)}\u00a0kr`;
		expect(table.rows.map((r) => r.cells.slice(0, 4).map((c) => c.text))).toEqual([
			['Västerbottens län', '2', kr(1_400_000), kr(900_000)],
			['Norrbottens län', '1', kr(1_000_000), kr(500_000)],
		]);
		expect(table.foot!.map((r) => r.cells.slice(0, 4).map((c) => c.text))).toEqual([
			['Kolumnens summa', '3', kr(2_400_000), kr(1_400_000)],
			['Hela banken, varje projekt en gång', '3', kr(1_450_000), kr(1_450_000)],
		]);
	});
});
