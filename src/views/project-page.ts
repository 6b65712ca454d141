/**
 * /projekt/<key>/: everything a project page shows, prepared as display-ready values (sv-SE) so
 * the components stay dumb and the figures can be unit-tested.
 */
import { activityLines } from '../domain/activities.ts';
import { decidedOn } from '../domain/decisions.ts';
import { correctedFigure, correctedRowAmounts, financingLines } from '../domain/financing.ts';
import { headlineAmount, isDecided, sum } from '../domain/measures.ts';
import { isOrganisation } from '../domain/organisation-names.ts';
import { countiesOfMunicipalities, countyLevelCounties, coverageOf } from '../domain/places.ts';
import { allMunicipalities, municipalitiesIn, type County } from '../domain/registry.ts';
import { priorityLabel } from '../domain/priorities.ts';
import type { ProjectEntry } from '../domain/project.ts';
import { workStateOf } from '../domain/work-status.ts';
import { linkIn, localised, type Localised } from '../i18n/locale.ts';
import { decisionLabelIn, projectStatusLabelIn, workStateSentenceIn } from '../i18n/labels.ts';
import { sv } from '../i18n/sv.ts';
import { urls } from '../urls.ts';
import type { Bank } from './bank.ts';
import { cacheKey } from './cache-key.ts';
import { projectHistory, type ProjectHistoryModel } from './history.ts';
import { loadBank } from './collection.ts';
import { activityTimeline, chartFigure, costChart, financingChart, type ChartFigureModel, type ChartSpec } from './charts.ts';
import { citation, sourceLink, type CitationPart } from './citation.ts';
import { breadcrumbsIn, type Alternate, type Crumb } from './layout.ts';
import { buildDate } from './build-time.ts';
import { fundWithKind } from './measures.ts';
import { projectStructuredData, type JsonLd } from './structured-data.ts';
import { cell, type TableModel } from './table.ts';

export interface Fact {
	term: string;
	value: string;
	/** Where the value leads: the organisation, decider, fund or priority page. */
	href?: string | undefined;
	/** The value's language where it is not the page's: Swedish data on an English page. */
	lang?: string | undefined;
}

const swedish = localised('sv');

/**
 * Where the project works, in a few words: "hela Sverige", "hela Norrbottens län", "15 kommuner i
 * Västerbottens län", "Norrbottens län (inga kommuner namngivna)".
 */
export function placesSummary(entry: ProjectEntry, { m }: Localised = swedish): string {
	const p = entry.data;
	const w = m.project.place;
	const coverage = coverageOf(p);
	if (coverage.wholeCountry) return w.wholeCountry;
	const others = coverage.otherMunicipalities;
	const joinNames = (names: string[]) =>
		names.length > 1 ? `${names.slice(0, -1).join(', ')} ${w.and} ${names.at(-1)}` : (names[0] ?? '');
	const parts: string[] = coverage.wholeCounties.map((c) => w.wholeCounty(c.name));
	if (others.length === 1) parts.push(`${others[0]!.name} (${countiesOfMunicipalities([others[0]!.name])[0]!.name})`);
	else if (others.length > 1)
		parts.push(
			w.municipalitiesIn(String(others.length), joinNames(countiesOfMunicipalities(others.map((o) => o.name)).map((c) => c.name))),
		);
	if (coverage.countyLevel.length) parts.push(w.countyLevel(joinNames(coverage.countyLevel.map((c) => c.name))));
	if (!parts.length) return m.project.notInSource;
	const text = parts.join('; ');
	return `${text[0]!.toLocaleUpperCase('sv')}${text.slice(1)}`;
}

/**
 * The answers first: status, amounts (what was paid out apart from what was granted), owner, period
 * and how the work stands on `today` (the build date), places and deciding body, then the references.
 */
export function keyFacts(
	entry: ProjectEntry,
	bank: Pick<Bank, 'config' | 'displayNames' | 'organisationKeyOf'>,
	today = buildDate,
	l: Localised = swedish,
): Fact[] {
	const p = entry.data;
	const { m, f, locale } = l;
	const t = m.project.facts;
	const w = m.project;
	const facts: Fact[] = [];
	const link = (href: string | undefined) => href && linkIn(locale, href).href;
	const add = (term: string, value: string | undefined, href?: string) => value && facts.push({ term, value, href: link(href) });
	// Text as the source words it, Swedish on an English page.
	const addSwedish = (term: string, value: string | undefined, href?: string) =>
		value && facts.push({ term, value, href: link(href), ...(locale === 'sv' ? {} : { lang: 'sv' }) });
	add(t.status, projectStatusLabelIn(p, m));
	add(t.granted, p.grantedAmount !== undefined ? f.kronor(p.grantedAmount) : p.status === 'granted' ? w.notInSource : undefined);
	add(t.grantedEur, p.grantedAmountEur !== undefined ? w.eur(f.number(p.grantedAmountEur)) : undefined);
	add(t.paid, p.paidAmount !== undefined && p.paidDate !== undefined ? w.paid(f.kronor(p.paidAmount), f.date(p.paidDate)) : undefined);
	add(t.applied, p.appliedAmount !== undefined ? f.kronor(p.appliedAmount) : undefined);
	add(t.budget, p.totalBudget !== undefined ? f.kronor(p.totalBudget) : undefined);
	add(
		t.owner,
		p.owner ? (p.owner.orgNumber ? w.orgNumber(p.owner.name, p.owner.orgNumber) : p.owner.name) : w.notInSource,
		p.owner ? urls.organisation(bank.organisationKeyOf(p.owner.name, p.owner.orgNumber)) : undefined,
	);
	add(t.period, p.period ? f.period(p.period.start, p.period.end) : w.notInSource);
	const work = workStateOf(p, today);
	add(t.work, work ? workStateSentenceIn(work, m, f) : p.status === 'granted' ? w.notInSource : undefined);
	add(t.places, placesSummary(entry, l), '#var');
	add(t.decider, p.decider, urls.decider(p.decider));
	const decided = decidedOn(p);
	add(t.decided, decided ? f.date(decided) : isDecided(p.status) ? w.notInSource : w.notDecided);
	const latest = p.decisions.at(-1);
	if (latest?.kind === 'amendment') {
		const amendment = m.labels.decisionKinds.amendment;
		add(t.amendment, latest.date ? `${amendment}, ${f.date(latest.date)}` : amendment, '#beslutshistorik');
	}
	add(t.id, p.id ?? w.missingInSource);
	add(t.ref, p.ref);
	add(t.fund, p.fund && fundWithKind(p.fund, bank.config.funds, l), p.fund ? urls.fund(p.fund) : undefined);
	if (p.priority) {
		const name = priorityLabel(p.priority);
		addSwedish(t.priority, p.priority.sub ? w.subPriority(name, p.priority.sub) : name, urls.priority(p.decider, p.priority));
	}
	addSwedish(t.priorityAxis, p.priorityAxis);
	addSwedish(t.thematicObjective, p.thematicObjective);
	addSwedish(t.programmeArea, p.programmeArea);
	add(t.spellings, p.spellings.length ? p.spellings.map((s) => w.spelling(s.published, s.name)).join(', ') : undefined);
	add(t.agenda2030, p.agenda2030.length ? p.agenda2030.map((g) => w.goal(g)).join(', ') : undefined);
	return facts;
}

/** Where the project works (never the owner's address): named municipalities, their counties, and counties named at county level; a whole country or county said as such. */
export function places(entry: ProjectEntry, l: Localised = swedish) {
	const p = entry.data;
	const w = l.m.project.place;
	const coverage = coverageOf(p);
	const link = (c: County) => ({ name: c.name, href: urls.county(c) });
	const placesNamed = p.municipalities.length + p.counties.length;
	return {
		/** "Hela Sverige" where the project covers every municipality or county: no list of 290 names. */
		wholeCountry: coverage.wholeCountry
			? p.municipalities.length === allMunicipalities.length
				? w.allMunicipalities
				: w.allCounties
			: undefined,
		/** Counties every municipality of which the source names. */
		wholeCounties: coverage.wholeCountry ? [] : coverage.wholeCounties.map((c) => ({ ...link(c), count: municipalitiesIn(c).length })),
		municipalities: (coverage.wholeCountry ? [] : coverage.otherMunicipalities).map((m) => ({ name: m.name, href: urls.municipality(m) })),
		counties: coverage.wholeCountry ? [] : countiesOfMunicipalities(coverage.otherMunicipalities.map((m) => m.name)).map(link),
		countyLevel: coverage.wholeCountry ? [] : countyLevelCounties(p).map(link),
		note: p.locationNote,
		/** How the project's money reaches the places' figures: the even share (domain/places.ts), in words. */
		shares:
			placesNamed > 1
				? evenShareText(
						placesNamed,
						p.municipalities.length,
						p.status === 'granted' ? correctedFigure(p, 'grantedAmount', p.grantedAmount) : undefined,
						l,
					)
				: undefined,
	};
}

/**
 * The even share stated on the project's page: what each place's figures count of this project.
 * Only granted money is shared; `granted` is the granted amount where the project is granted and states it.
 */
export function evenShareText(places: number, municipalities: number, granted: number | undefined, { m, f }: Localised = swedish): string {
	const w = m.project.place;
	const each = granted !== undefined ? w.shareEach(f.kronor(Math.round(granted / places))) : '';
	const named = municipalities === places ? w.shareMunicipalities(f.number(places)) : w.sharePlaces(f.number(places));
	return w.share(named, f.number(places), each);
}

export const correctionAnchor = (index: number) => `rattelse-${index + 1}`;

export function financingTable(entry: ProjectEntry, bank: Pick<Bank, 'config' | 'organisationKeyOf'>, l: Localised = swedish): TableModel {
	const { m, f, locale } = l;
	const t = m.project.financing;
	const lines = financingLines(entry.data);
	const { totalBudget } = entry.data;
	const corrected = lines.some((l) => l.corrected !== undefined);
	return {
		caption: t.caption,
		captionId: 'finansiering-caption',
		columns: [{ label: t.financier }, { label: t.amount, numeric: true }, { label: t.share, numeric: true }],
		rows: lines.map((line) => ({
			cells: [
				cell(line.financier, {
					href: isOrganisation(line.financier, bank.config)
						? linkIn(locale, urls.organisation(bank.organisationKeyOf(line.financier))).href
						: undefined,
					suffixes: [...(line.inKind ? [t.inKind] : []), ...(line.byDecider ? [t.byDecider] : [])],
				}),
				cell(f.kronor(line.amount), {
					data: { amount: String(line.amount) },
					note:
						line.corrected !== undefined
							? { text: t.corrected(f.kronor(line.corrected)), href: `#${correctionAnchor(line.correctionIndex!)}` }
							: undefined,
				}),
				cell(line.share !== undefined ? f.share(line.share) : '–'),
			],
		})),
		foot: [
			{
				cells: [cell(corrected ? t.sumPublished : t.sum), cell(f.kronor(sum(lines.map((line) => line.amount)))), cell('')],
			},
			...(corrected ? [{ cells: [cell(t.sumCorrected), cell(f.kronor(sum(correctedRowAmounts(entry.data)))), cell('')] }] : []),
			...(totalBudget !== undefined ? [{ cells: [cell(t.budget), cell(f.kronor(totalBudget)), cell(f.share(1))] }] : []),
		],
	};
}

/** Swedish text as the source words it, marked so on an English page; nothing on a Swedish one. */
const swedishData = ({ locale }: Localised) => (locale === 'sv' ? {} : { lang: 'sv' });
const swedishDetails = ({ locale }: Localised) => (locale === 'sv' ? {} : { detailsLang: 'sv' });

export function costTable(entry: ProjectEntry, l: Localised = swedish): TableModel {
	const { costs } = entry.data;
	const { m, f } = l;
	const t = m.project.costs;
	return {
		caption: t.caption,
		captionId: 'kostnader-caption',
		columns: [{ label: t.category }, { label: t.amount, numeric: true }],
		rows: costs.map((row) => ({ cells: [cell(row.category, swedishData(l)), cell(f.kronor(row.amount))] })),
		foot: [{ cells: [cell(t.sum), cell(f.kronor(sum(costs.map((c) => c.amount))))] }],
	};
}

export function activityTable(entry: ProjectEntry, l: Localised = swedish): TableModel {
	const { m, f } = l;
	const t = m.project.activities;
	return {
		caption: t.caption,
		captionId: 'aktiviteter-caption',
		columns: [{ label: t.activity }, { label: t.period }, { label: t.cost, numeric: true }],
		rows: activityLines(entry.data).map((line) => ({
			className: `depth-${Math.min(line.depth, 2)}`,
			cells: [
				cell(line.code ? `${line.code} ${line.name}` : line.name, {
					details: line.description ? [line.description] : [],
					...swedishData(l),
					...swedishDetails(l),
				}),
				cell(
					line.start && line.end
						? f.period(line.start, line.end)
						: line.start
							? t.from(f.date(line.start))
							: line.end
								? t.until(f.date(line.end))
								: '–',
				),
				line.cost !== undefined ? cell(f.kronor(line.cost)) : cell(m.words.notStated, { muted: true }),
			],
		})),
	};
}

export function indicatorTable(entry: ProjectEntry, l: Localised = swedish): TableModel {
	const { m, f } = l;
	const t = m.project.indicators;
	return {
		caption: t.caption,
		captionId: 'indikatorer-caption',
		columns: [{ label: t.indicator }, { label: t.kind }, { label: t.baseline }, { label: t.target, numeric: true }, { label: t.unit }],
		rows: entry.data.indicators.map((i) => ({
			cells: [
				cell(i.name, { details: i.note ? [i.note] : [], ...swedishData(l), ...swedishDetails(l) }),
				cell(m.labels.indicatorKinds[i.kind]),
				cell(i.baseline !== undefined ? String(i.baseline) : '–', swedishData(l)),
				cell(f.number(i.target)),
				cell(i.unit, swedishData(l)),
			],
		})),
	};
}

export function decisionHistory(entry: ProjectEntry, { m, f }: Localised = swedish) {
	return entry.data.decisions.map((d) => ({
		date: d.date ? f.date(d.date) : undefined,
		isoDate: d.date,
		kindLabel: decisionLabelIn(d, m),
		body: d.body,
		reference: d.reference,
		summary: d.summary,
	}));
}

/** Corrections with a readable label for the corrected field. */
export function corrections(entry: ProjectEntry, { m, f }: Localised = swedish) {
	return entry.data.corrections.map((c, index) => {
		const row = /^financing\[(\d+)\]\.amount$/.exec(c.field);
		const financier = row ? entry.data.financing[Number(row[1])]?.financier : undefined;
		return {
			anchor: correctionAnchor(index),
			label: financier ? m.project.corrections.financingRow(financier) : c.field,
			published: String(c.published),
			corrected: f.kronor(c.corrected),
			note: c.note,
		};
	});
}

/** A section of the page with a table and, where there is enough to draw, a chart of the same numbers. */
export interface TableSection {
	table: TableModel;
	chart: ChartFigureModel | undefined;
	/** A sentence under the table, e.g. how its rows relate. */
	note: string | undefined;
}

function section(table: TableModel, spec: ChartSpec | undefined, note?: string): TableSection {
	return { table, chart: spec && chartFigure(spec, table.captionId), note };
}

export interface ProjectPageModel {
	key: string;
	title: string;
	description: string;
	breadcrumbs: Crumb[];
	status: { label: string; tone: string };
	/** "Beviljat belopp: 1 347 090 kr". */
	headline: string | undefined;
	owner: string | undefined;
	facts: Fact[];
	places: ReturnType<typeof places>;
	corrections: ReturnType<typeof corrections>;
	financing: TableSection | undefined;
	costs: TableSection | undefined;
	activities: TableSection | undefined;
	indicators: TableModel | undefined;
	decisions: ReturnType<typeof decisionHistory>;
	/** Where the figures come from: the document's page, at the passage where it is found. */
	source: { document: string; passage: string | undefined; href: string | undefined };
	citation: CitationPart[];
	/** The project's open-data record. */
	json: string;
	/** Its committed versions, what each changed, and when the data last changed (views/history.ts). */
	history: ProjectHistoryModel;
	alternates: Alternate[];
	structuredData: JsonLd | undefined;
}

export function model(entry: ProjectEntry, bank: Bank, l: Localised = swedish): ProjectPageModel {
	const p = entry.data;
	const { m, f, locale } = l;
	const english = locale !== 'sv';
	const amount = headlineAmount(p);
	// headlineAmount names the amount in Swedish: the same term of the page's language.
	const headline =
		amount &&
		`${amount.label === sv.project.facts.granted ? m.project.facts.granted : m.project.facts.applied}: ${f.kronor(amount.amount)}`;
	return {
		key: entry.key,
		title: p.title,
		description: m.project.description(p.title, headline ?? projectStatusLabelIn(p, m), p.decider),
		breadcrumbs: breadcrumbsIn(m, locale, { href: urls.projects, label: m.project.crumb }, { label: p.title }),
		status: { label: projectStatusLabelIn(p, m), tone: p.status },
		headline,
		owner: p.owner && (bank.displayNames.get(p.owner.name) ?? p.owner.name),
		facts: keyFacts(entry, bank, buildDate, l),
		places: places(entry, l),
		corrections: corrections(entry, l),
		// The charts are drawn with Swedish labels and figures: the English page has their tables, which hold the same numbers.
		financing: p.financing.length ? section(financingTable(entry, bank, l), english ? undefined : financingChart(entry)) : undefined,
		costs: p.costs.length ? section(costTable(entry, l), english ? undefined : costChart(entry)) : undefined,
		activities: p.activities.length
			? section(activityTable(entry, l), english ? undefined : activityTimeline(entry), m.project.activitiesNote)
			: undefined,
		indicators: p.indicators.length ? indicatorTable(entry, l) : undefined,
		decisions: decisionHistory(entry, l),
		source: { document: p.source.document, passage: p.source.passage, href: sourceLink(entry, bank) },
		citation: citation(entry, bank),
		json: urls.projectJson(entry.key),
		history: projectHistory(entry, bank),
		alternates: [{ type: 'application/json', href: urls.projectJson(entry.key), title: m.project.json(p.title) }],
		// The structured data describes the Swedish page, the canonical record.
		structuredData: english ? undefined : projectStructuredData(entry, bank),
	};
}

export async function paths(l: Localised = swedish) {
	const bank = await loadBank();
	return bank.projects.map((entry) => {
		const props = model(entry, bank, l);
		// The summary is rendered from the entry's body, which the model does not hold.
		return { params: { id: entry.key }, props, cacheKey: cacheKey(props, entry.body) };
	});
}
