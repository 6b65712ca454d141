import { describe, expect, it } from 'vitest';
import { measurePlace } from '../../../src/domain/places.ts';
import {
	chosenPlaces,
	comparisonHtml,
	comparisonModel,
	tableHtml,
	type ComparedCategory,
	type ComparedPlace,
	type ComparisonCell,
} from '../../../src/client/comparison.ts';
import { granted, project } from '../../helpers/fixtures.ts';

const category = (name: string, projects: Parameters<typeof measurePlace>[0], share: number, unstated = false): ComparedCategory => ({
	category: name,
	measures: measurePlace(projects, () => share),
	unstated,
});

const a = granted('20000001', 'A', 1_000_000, '2021-01-01');
const b = granted('20000002', 'B', 400_000);
const withoutAmount = project((e) => {
	Object.assign(e, { id: '20000003', status: 'granted', financing: [] });
	delete e.appliedAmount;
	e.decisions = [{ kind: 'grant', date: '2020-02-02', summary: 'Beviljas.' }];
});

const umea: ComparedPlace = {
	kind: 'kommun',
	name: 'Umeå',
	path: '/kommun/umea/',
	measures: measurePlace([a, b], () => 0.5),
	byFund: [category('ERUF', [a], 0.5), category('Ingen fond angiven', [b], 0.5, true)],
	byPriority: [],
	byYear: [category('2021', [a], 0.5), category('Beslutsdatum anges inte i källan', [b], 0.5, true)],
};
const kalix: ComparedPlace = {
	kind: 'kommun',
	name: 'Kalix',
	path: '/kommun/kalix/',
	measures: measurePlace([withoutAmount], () => 1),
	byFund: [category('ERUF', [withoutAmount], 1)],
	byPriority: [],
	byYear: [category('2020', [withoutAmount], 1)],
};

// Figures hold no-break spaces (format.ts); the expectations are written with plain ones.
const text = (c: ComparisonCell) => [c.text, ...(c.details ?? [])].join(' | ').replace(/[\u00a0\u202f]/g, ' ');
const model = comparisonModel([umea, kalix]);
const section = (id: string) => model.sections.find((s) => s.id === id)!;
const rows = (id: string) => section(id).table.rows.map((r) => [r.header, ...r.cells.map(text)]);

describe('the comparison of places', () => {
	it('names the places, links their own pages and puts one column per place in every table', () => {
		expect(model.heading).toBe('Umeå och Kalix');
		expect(model.places).toEqual([
			{ name: 'Umeå', href: '/kommun/umea/' },
			{ name: 'Kalix', href: '/kommun/kalix/' },
		]);
		expect(model.sections.map((s) => s.id)).toEqual(['oversikt', 'fond', 'prioritering', 'ar']);
		for (const s of model.sections) {
			expect(s.table.caption).toMatch(/: Umeå och Kalix$/);
			expect(s.table.columns.slice(1)).toEqual(['Umeå', 'Kalix']);
		}
	});

	it('says what each figure counts, and that a grant without an amount is a missing figure, not 0 kr', () => {
		const overview = rows('oversikt');
		expect(overview.map((r) => r[0])).toEqual([
			'Projekt som verkar här, alla beslut',
			'varav beviljade',
			'varav avslagna',
			'varav inte avgjorda',
			'Beviljat, beräknad jämn andel',
			'Beviljat till projekten, hela beloppen',
			'Total budget för de beviljade projekten, beräknad jämn andel',
			'Total budget för de beviljade projekten, hela budgetarna',
			'Sökt i avslagna och ej avgjorda ansökningar, inte beviljat',
		]);
		expect(overview[1]).toEqual(['varav beviljade', '2 projekt', '1 projekt']);
		expect(overview[4]).toEqual(['Beviljat, beräknad jämn andel', '700 000 kr', 'uppgift saknas | inget av 1 projekt anger beloppet']);
		expect(overview[5]![1]).toBe('1 400 000 kr');
		expect(overview[8]!.slice(1)).toEqual(['inga avslagna eller ej avgjorda ansökningar', 'inga avslagna eller ej avgjorda ansökningar']);
	});

	it('puts the categories no source states last, years in order, and marks a place without projects in a category', () => {
		expect(rows('fond')).toEqual([
			['ERUF', '500 000 kr | i 1 beviljat projekt', 'uppgift saknas | 1 beviljat projekt, inget anger beloppet'],
			['Ingen fond angiven', '200 000 kr | i 1 beviljat projekt', 'inga beviljade projekt'],
		]);
		expect(rows('ar').map((r) => r[0])).toEqual(['2020', '2021', 'Beslutsdatum anges inte i källan']);
		expect(rows('prioritering')).toEqual([['Inga beviljade projekt', '–', '–']]);
	});
});

describe('the places an address chooses', () => {
	it('are the names of one kind in order, each once, blanks left out; counties before municipalities', () => {
		expect(chosenPlaces('?kommun=Ume%C3%A5&kommun=&kommun=Kalix&kommun=Ume%C3%A5')).toEqual({ kind: 'kommun', names: ['Umeå', 'Kalix'] });
		expect(chosenPlaces('?kommun=&lan=Norrbottens+l%C3%A4n&kommun=Kalix')).toEqual({ kind: 'lan', names: ['Norrbottens län'] });
		expect(chosenPlaces('?kommun=&kommun=')).toBeUndefined();
		expect(chosenPlaces('')).toBeUndefined();
	});
});

describe('the comparison as HTML', () => {
	it('writes tables with a caption, scoped headers, numeric cells and a named scroll region that says it scrolls', () => {
		const html = tableHtml({
			caption: 'Pengar: A & B',
			captionId: 't',
			columns: ['Mått', 'A', 'B'],
			rows: [
				{
					header: 'Beviljat',
					cells: [
						{ text: '1 kr', details: ['i 1 beviljat projekt'] },
						{ text: 'inga', muted: true },
					],
				},
			],
		});
		expect(html).toContain('<div class="table-scroll" role="region" aria-labelledby="t" aria-describedby="t-rulla" tabindex="0">');
		expect(html).toContain('<table class="compare-table"><caption id="t">Pengar: A &amp; B</caption>');
		expect(html).toContain('<th scope="col">Mått</th><th scope="col" class="num">A</th>');
		expect(html).toContain(
			'<tr><th scope="row">Beviljat</th><td class="num">1 kr<p class="muted">i 1 beviljat projekt</p></td><td class="num"><span class="muted">inga</span></td></tr>',
		);
		expect(html).toContain('<p class="scroll-hint" id="t-rulla">');
	});

	it('escapes the places’ names and links their pages', () => {
		const html = comparisonHtml({ heading: 'A<b> och B', places: [{ name: 'A<b>', href: '/kommun/a/' }], sections: [] });
		expect(html).toContain('<h2 id="jamforelse" tabindex="-1">A&lt;b&gt; och B</h2>');
		expect(html).toContain('<a href="/kommun/a/">A&lt;b&gt;</a>');
	});

	it('is what the page shows: every section of a model, with its heading, text and table', () => {
		const html = comparisonHtml(model);
		for (const s of model.sections) expect(html).toContain(`<section aria-labelledby="${s.id}"><h3 id="${s.id}">${s.heading}</h3>`);
		expect(html.match(/<table /g)).toHaveLength(model.sections.length);
	});
});
