/**
 * The comparison of 2–4 places side by side, from each place's prepared figures (views/compare.ts
 * writes them, one small file per place), and its HTML. Pure and light: the compare page writes the
 * default pair with it at build time, and <compare-places> writes the reader's choice with the same
 * code from the files, so both say the same thing in the same words and markup. Its tables are those
 * of Table.astro (caption, scoped headers, numeric columns, a labelled scroll region).
 */
import type { CategoryMeasures } from '../domain/comparison.ts';
import type { PlaceMeasures } from '../domain/places.ts';
import { counted, countProjects, formatKronor, formatNumber, listAnd } from '../format.ts';

export interface ComparisonCell {
	text: string;
	/** Quieter text: a figure that is missing or has nothing to count. */
	muted?: boolean;
	/** Quieter lines under the figure: what it rests on. */
	details?: string[];
}

export interface ComparisonTable {
	caption: string;
	captionId: string;
	/** The first column's header, then one per place. */
	columns: string[];
	/** Each row: its header, then one cell per place. */
	rows: { header: string; cells: ComparisonCell[] }[];
}

export type ComparedKind = 'kommun' | 'lan';

/** A category of a place's granted projects; `unstated` for the row of projects whose source does not say (no fund, no date). */
export interface ComparedCategory extends CategoryMeasures {
	unstated: boolean;
}

/** One place's figures, as its file holds them. */
export interface ComparedPlace {
	kind: ComparedKind;
	name: string;
	/** The place's own page. */
	path: string;
	/** Every project working there (all statuses) and its even share of the money. */
	measures: PlaceMeasures;
	/** The granted projects by fund or appropriation, by priority area and by the year of the grant decision. */
	byFund: ComparedCategory[];
	byPriority: ComparedCategory[];
	byYear: ComparedCategory[];
}

export interface ComparisonSection {
	id: string;
	heading: string;
	text: string;
	table: ComparisonTable;
}

export interface ComparisonModel {
	/** "Umeå och Skellefteå". */
	heading: string;
	places: { name: string; href: string }[];
	sections: ComparisonSection[];
}

export const kindNouns: Record<ComparedKind, { one: string; many: string; definite: string }> = {
	kommun: { one: 'kommun', many: 'kommuner', definite: 'kommunerna' },
	lan: { one: 'län', many: 'län', definite: 'länen' },
};

/** How few places make a comparison. */
export const MIN_COMPARED = 2;

/** The places an address chooses (?kommun=…&kommun=…, or ?lan=…): its names in order, each once, blanks left out. */
export function chosenPlaces(search: string): { kind: ComparedKind; names: string[] } | undefined {
	const params = new URLSearchParams(search);
	for (const kind of ['lan', 'kommun'] as const) {
		const names = [
			...new Set(
				params
					.getAll(kind)
					.map((n) => n.trim())
					.filter(Boolean),
			),
		];
		if (names.length) return { kind, names };
	}
	return undefined;
}

const cell = (text: string, details?: string[]): ComparisonCell => ({ text, ...(details ? { details } : {}) });
const muted = (text: string, details?: string[]): ComparisonCell => ({ ...cell(text, details), muted: true });

/** A place's even share of the granted money in one category, saying how many granted projects it rests on. */
function shareCell(m: PlaceMeasures | undefined): ComparisonCell {
	if (!m || m.granted === 0) return muted('inga beviljade projekt');
	const projects = counted(m.granted, 'beviljat projekt', 'beviljade projekt');
	if (m.grantedWithAmount === 0 || m.evenShareGranted === undefined) return muted('uppgift saknas', [`${projects}, inget anger beloppet`]);
	const stated = m.grantedWithAmount < m.granted ? `, ${formatNumber(m.grantedWithAmount)} anger beloppet` : '';
	return cell(formatKronor(m.evenShareGranted), [`i ${projects}${stated}`]);
}

/** Money the sources state for some projects: "uppgift saknas" where none states it, never 0 kr. */
function moneyCell(amount: number | undefined, stated: number, of: number, noun: string): ComparisonCell {
	if (of === 0) return muted(`inga ${noun}`);
	if (stated === 0 || amount === undefined) return muted('uppgift saknas', [`inget av ${countProjects(of)} anger beloppet`]);
	return cell(formatKronor(amount), stated < of ? [`${formatNumber(stated)} av ${countProjects(of)} anger beloppet`] : undefined);
}

function overview(places: readonly ComparedPlace[], names: string): ComparisonSection {
	const rows: { label: string; value: (m: PlaceMeasures) => ComparisonCell }[] = [
		{ label: 'Projekt som verkar här, alla beslut', value: (m) => cell(countProjects(m.projects)) },
		{ label: 'varav beviljade', value: (m) => cell(countProjects(m.granted)) },
		{ label: 'varav avslagna', value: (m) => cell(countProjects(m.rejected)) },
		{ label: 'varav inte avgjorda', value: (m) => cell(countProjects(m.undecided)) },
		{
			label: 'Beviljat, beräknad jämn andel',
			value: (m) => moneyCell(m.evenShareGranted, m.grantedWithAmount, m.granted, 'beviljade projekt'),
		},
		{
			label: 'Beviljat till projekten, hela beloppen',
			value: (m) => moneyCell(m.grantedMoney, m.grantedWithAmount, m.granted, 'beviljade projekt'),
		},
		{
			label: 'Total budget för de beviljade projekten, beräknad jämn andel',
			value: (m) => moneyCell(m.evenShareBudget, m.grantedWithBudget, m.granted, 'beviljade projekt'),
		},
		{
			label: 'Total budget för de beviljade projekten, hela budgetarna',
			value: (m) => moneyCell(m.grantedBudget, m.grantedWithBudget, m.granted, 'beviljade projekt'),
		},
		{
			label: 'Sökt i avslagna och ej avgjorda ansökningar, inte beviljat',
			value: (m) => moneyCell(m.appliedMoney, m.appliedWithAmount, m.rejected + m.undecided, 'avslagna eller ej avgjorda ansökningar'),
		},
	];
	return {
		id: 'oversikt',
		heading: 'Projekt och pengar',
		text:
			'Hela beloppen räknar varje projekt fullt ut på varje plats det verkar; ett projekt i flera kommuner finns då med flera gånger. ' +
			'Den beräknade jämna andelen delar varje projekts belopp lika mellan platserna som källan namnger och går att jämföra mellan platser.',
		table: {
			caption: `Projekt och pengar: ${names}`,
			captionId: 'oversikt-tabell',
			columns: ['Mått', ...places.map((p) => p.name)],
			rows: rows.map((row) => ({ header: row.label, cells: places.map((p) => row.value(p.measures)) })),
		},
	};
}

/** The categories of all the places, the stated ones first (largest total first, or by year), the unstated last. */
function categories(places: readonly ComparedPlace[], of: (p: ComparedPlace) => ComparedCategory[], chronological: boolean): string[] {
	const totals = new Map<string, { total: number; unstated: boolean }>();
	for (const place of places) {
		for (const c of of(place)) {
			const seen = totals.get(c.category) ?? { total: 0, unstated: c.unstated };
			// For the order only: a category whose share is unknown sorts as if it held none.
			totals.set(c.category, { total: seen.total + (c.measures.evenShareGranted ?? 0), unstated: c.unstated });
		}
	}
	return [...totals]
		.sort(
			([a, x], [b, y]) =>
				Number(x.unstated) - Number(y.unstated) ||
				(chronological ? a.localeCompare(b, 'sv') : y.total - x.total || a.localeCompare(b, 'sv')),
		)
		.map(([category]) => category);
}

function byCategory(
	places: readonly ComparedPlace[],
	names: string,
	spec: {
		id: string;
		heading: string;
		column: string;
		text: string;
		of: (p: ComparedPlace) => ComparedCategory[];
		chronological?: boolean;
	},
): ComparisonSection {
	const rows = categories(places, spec.of, spec.chronological ?? false);
	return {
		id: spec.id,
		heading: spec.heading,
		text: spec.text,
		table: {
			caption: `${spec.heading}: ${names}`,
			captionId: `${spec.id}-tabell`,
			columns: [spec.column, ...places.map((p) => p.name)],
			rows: rows.length
				? rows.map((category) => ({
						header: category,
						cells: places.map((p) => shareCell(spec.of(p).find((c) => c.category === category)?.measures)),
					}))
				: [{ header: 'Inga beviljade projekt', cells: places.map(() => muted('–')) }],
		},
	};
}

const SHARE_TEXT =
	'Beräknad jämn andel av det beviljade, bara beviljade projekt: varje projekts beviljade belopp delat lika mellan platserna som källan namnger.';

/** The comparison of the places, in the order given. */
export function comparisonModel(places: readonly ComparedPlace[]): ComparisonModel {
	const names = listAnd(places.map((p) => p.name));
	return {
		heading: names,
		places: places.map((p) => ({ name: p.name, href: p.path })),
		sections: [
			overview(places, names),
			byCategory(places, names, {
				id: 'fond',
				heading: 'Beviljat per fond eller anslag',
				column: 'Fond eller anslag',
				text: SHARE_TEXT,
				of: (p) => p.byFund,
			}),
			byCategory(places, names, {
				id: 'prioritering',
				heading: 'Beviljat per prioriterat område',
				column: 'Beslutande organ och prioriterat område',
				text: SHARE_TEXT,
				of: (p) => p.byPriority,
			}),
			byCategory(places, names, {
				id: 'ar',
				heading: 'Beviljat per beslutsår',
				column: 'År för beslutet att bevilja',
				text: `${SHARE_TEXT} Året är året för beslutet att bevilja; projekt vars källa inte daterar beslutet står för sig.`,
				of: (p) => p.byYear,
				chronological: true,
			}),
		],
	};
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

function cellHtml(c: ComparisonCell): string {
	const main = c.muted ? `<span class="muted">${escapeHtml(c.text)}</span>` : escapeHtml(c.text);
	return main + (c.details ?? []).map((d) => `<p class="muted">${escapeHtml(d)}</p>`).join('');
}

export function tableHtml(table: ComparisonTable): string {
	const id = escapeHtml(table.captionId);
	const head = table.columns.map((c, i) => `<th scope="col"${i ? ' class="num"' : ''}>${escapeHtml(c)}</th>`).join('');
	const body = table.rows
		.map(
			(row) =>
				`<tr><th scope="row">${escapeHtml(row.header)}</th>${row.cells.map((c) => `<td class="num">${cellHtml(c)}</td>`).join('')}</tr>`,
		)
		.join('');
	return (
		`<div class="table-scroll" role="region" aria-labelledby="${id}" aria-describedby="${id}-rulla" tabindex="0">` +
		`<table class="compare-table"><caption id="${id}">${escapeHtml(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>` +
		`<p class="scroll-hint" id="${id}-rulla">Tabellen kan rullas i sidled.</p>`
	);
}

/** The comparison as HTML: its heading, links to the places' own pages, and a section per table. */
export function comparisonHtml(model: ComparisonModel): string {
	const links = model.places.map((p) => `<li><a href="${escapeHtml(p.href)}">${escapeHtml(p.name)}</a></li>`).join('');
	const sections = model.sections
		.map(
			(s) =>
				`<section aria-labelledby="${escapeHtml(s.id)}"><h3 id="${escapeHtml(s.id)}">${escapeHtml(s.heading)}</h3><p class="prose">${escapeHtml(s.text)}</p>${tableHtml(s.table)}</section>`,
		)
		.join('');
	return `<h2 id="jamforelse" tabindex="-1">${escapeHtml(model.heading)}</h2><p>Varje plats egen sida, med projekten och metoden:</p><ul class="inline-list">${links}</ul>${sections}`;
}
