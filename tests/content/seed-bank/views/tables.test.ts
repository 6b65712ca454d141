import { describe, expect, it } from 'vitest';
import { createBank } from '../../../../src/views/bank.ts';
import { deciderFacets } from '../../../../src/views/facets.ts';
import { facetTable, projectTable } from '../../../../src/views/tables.ts';
import { siteConfig } from '../../../../src/site.config.ts';
import { findCounty } from '../../../../src/domain/registry.ts';
import { shippedProject, shippedProjects } from '../../../helpers/shipped.ts';

describe('project tables', () => {
	it('say how the work stands: the source’s word, or the period’s labelled so, or that nothing can be said', () => {
		const rows = projectTable(
			[shippedProject('hallbar-samhallsomstallning'), shippedProject('20204898'), shippedProject('20378916')],
			'x',
		).rows;
		expect(rows.map((r) => r.cells[5])).toEqual([
			{ text: 'Pågående' }, // the application calls HSO "pågående"
			{ text: 'Avslutat enligt projektperioden' }, // § 37: granted, June 2020 – June 2023
			{ text: 'anges ej', muted: true }, // INDI: a proposal; its period is a plan
		]);
	});

	it('say when a project is not decided, name owners as the organisation is named, and mark county-level projects', () => {
		const indi = shippedProject('20378916');
		const county = findCounty('25')!;
		const table = projectTable([indi, shippedProject('20204763')], 'Projekt', {
			names: new Map([['LULEÅ TEKNISKA UNIVERSITET', 'Luleå tekniska universitet']]),
			county,
		});
		expect(table.rows[0]!.cells[3]).toEqual({ text: 'inte avgjort', muted: true });
		expect(table.rows[0]!.cells[4]).toEqual({ text: 'Föreslås avslag', tag: { tone: 'proposed' } });
		expect(table.rows[0]!.cells[0]!.details).toEqual(['Luleå tekniska universitet']);
		expect(table.rows[1]!.cells[0]!.details).toEqual(['Piteå Science Park AB', 'På länsnivå: källan namnger länet, inga kommuner']);
		expect(projectTable([shippedProject('20204763')], 'x').rows[0]!.cells[0]!.details).toEqual(['Piteå Science Park AB']);
	});
});

describe('facet tables', () => {
	const bank = createBank(shippedProjects(), siteConfig);

	it('give each facet its count and money', () => {
		const deciders = facetTable(deciderFacets(bank), 'Per beslutande organ', 'Beslutande organ');
		expect(deciders.columns.map((c) => c.label)).toEqual([
			'Beslutande organ',
			'Projekt',
			'Beviljat',
			'Total budget, beviljade projekt',
			'Sökt, inte beviljat',
		]);
		expect(deciders.rows[0]!.cells[0]).toEqual({ text: 'Region Västerbotten', href: '/beslutande/region-vasterbotten/' });
		expect(deciders.rows[0]!.cells.slice(2).map((c) => c.text)).toEqual([
			'72\u00a0750\u00a0869\u00a0kr',
			'225\u00a0263\u00a0121\u00a0kr',
			'2\u00a0219\u00a0230\u00a0kr',
		]);
	});
});
