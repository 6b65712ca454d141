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
import {
	decisionKindLabels,
	decisionLabel,
	formatDate,
	formatKronor,
	formatNumber,
	formatPeriod,
	formatShare,
	indicatorKindLabels,
	projectStatusLabel,
	workStateSentence,
} from '../format.ts';
import { urls } from '../urls.ts';
import type { Bank } from './bank.ts';
import { cacheKey } from './cache-key.ts';
import { projectHistory, type ProjectHistoryModel } from './history.ts';
import { loadBank } from './collection.ts';
import { activityTimeline, chartFigure, costChart, financingChart, type ChartFigureModel, type ChartSpec } from './charts.ts';
import { citation, sourceLink, type CitationPart } from './citation.ts';
import { breadcrumbs, type Alternate, type Crumb } from './layout.ts';
import { buildDate } from './build-time.ts';
import { fundWithKind } from './measures.ts';
import { projectStructuredData, type JsonLd } from './structured-data.ts';
import { cell, type TableModel } from './table.ts';

export interface Fact {
	term: string;
	value: string;
	/** Where the value leads: the organisation, decider, fund or priority page. */
	href?: string | undefined;
}

/**
 * Where the project works, in a few words: "hela Sverige", "hela Norrbottens län", "15 kommuner i
 * Västerbottens län", "Norrbottens län (inga kommuner namngivna)".
 */
export function placesSummary(entry: ProjectEntry): string {
	const p = entry.data;
	const coverage = coverageOf(p);
	if (coverage.wholeCountry) return 'Hela Sverige';
	const others = coverage.otherMunicipalities;
	const parts: string[] = coverage.wholeCounties.map((c) => `hela ${c.name}`);
	if (others.length === 1) parts.push(`${others[0]!.name} (${countiesOfMunicipalities([others[0]!.name])[0]!.name})`);
	else if (others.length > 1)
		parts.push(`${others.length} kommuner i ${joinNames(countiesOfMunicipalities(others.map((m) => m.name)).map((c) => c.name))}`);
	if (coverage.countyLevel.length) parts.push(`${joinNames(coverage.countyLevel.map((c) => c.name))} (inga kommuner namngivna)`);
	if (!parts.length) return 'Anges inte i källan';
	const text = parts.join('; ');
	return `${text[0]!.toLocaleUpperCase('sv')}${text.slice(1)}`;
}

const joinNames = (names: string[]) => (names.length > 1 ? `${names.slice(0, -1).join(', ')} och ${names.at(-1)}` : (names[0] ?? ''));

/**
 * The answers first: status, amounts (what was paid out apart from what was granted), owner, period
 * and how the work stands on `today` (the build date), places and deciding body, then the references.
 */
export function keyFacts(
	entry: ProjectEntry,
	bank: Pick<Bank, 'config' | 'displayNames' | 'organisationKeyOf'>,
	today = buildDate,
): Fact[] {
	const p = entry.data;
	const facts: Fact[] = [];
	const add = (term: string, value: string | undefined, href?: string) => value && facts.push({ term, value, href });
	add('Status', projectStatusLabel(p));
	add(
		'Beviljat belopp',
		p.grantedAmount !== undefined ? formatKronor(p.grantedAmount) : p.status === 'granted' ? 'Anges inte i källan' : undefined,
	);
	add(
		'Beviljat belopp i euro',
		p.grantedAmountEur !== undefined ? `${formatNumber(p.grantedAmountEur)} euro (som källan anger det; inte omräknat)` : undefined,
	);
	add(
		'Utbetalt',
		p.paidAmount !== undefined && p.paidDate !== undefined
			? `${formatKronor(p.paidAmount)} enligt källan, per ${formatDate(p.paidDate)}`
			: undefined,
	);
	add('Sökt belopp', p.appliedAmount !== undefined ? formatKronor(p.appliedAmount) : undefined);
	add('Total projektbudget', p.totalBudget !== undefined ? formatKronor(p.totalBudget) : undefined);
	add(
		'Projektägare',
		p.owner ? (p.owner.orgNumber ? `${p.owner.name} (org.nr ${p.owner.orgNumber})` : p.owner.name) : 'Anges inte i källan',
		p.owner ? urls.organisation(bank.organisationKeyOf(p.owner.name, p.owner.orgNumber)) : undefined,
	);
	add('Projektperiod', p.period ? formatPeriod(p.period.start, p.period.end) : 'Anges inte i källan');
	const work = workStateOf(p, today);
	add('Arbetets status', work ? workStateSentence(work) : p.status === 'granted' ? 'Anges inte i källan' : undefined);
	add('Var projektet verkar', placesSummary(entry), '#var');
	add('Beslutande organ', p.decider, urls.decider(p.decider));
	const decided = decidedOn(p);
	add('Beslutsdatum', decided ? formatDate(decided) : isDecided(p.status) ? 'Anges inte i källan' : 'Inte avgjort');
	const latest = p.decisions.at(-1);
	if (latest?.kind === 'amendment')
		add(
			'Senaste ändring',
			latest.date ? `${decisionKindLabels.amendment}, ${formatDate(latest.date)}` : decisionKindLabels.amendment,
			'#beslutshistorik',
		);
	add('Ärende-id', p.id ?? 'Saknas i källan');
	add('Diarienummer', p.ref);
	add('Fond eller anslag', p.fund && fundWithKind(p.fund, bank.config.funds), p.fund ? urls.fund(p.fund) : undefined);
	if (p.priority) {
		const name = priorityLabel(p.priority);
		add('Prioritering (RUS)', p.priority.sub ? `${name}, delprioritering ${p.priority.sub}` : name, urls.priority(p.decider, p.priority));
	}
	add('Insatsområde (EU-program)', p.priorityAxis);
	add('Tematiskt mål (EU)', p.thematicObjective);
	add('Programområde', p.programmeArea);
	add('Stavning i källan', p.spellings.length ? p.spellings.map((s) => `”${s.published}” (${s.name})`).join(', ') : undefined);
	add('Agenda 2030-mål', p.agenda2030.length ? p.agenda2030.map((g) => `mål ${g}`).join(', ') : undefined);
	return facts;
}

/** Where the project works (never the owner's address): named municipalities, their counties, and counties named at county level; a whole country or county said as such. */
export function places(entry: ProjectEntry) {
	const p = entry.data;
	const coverage = coverageOf(p);
	const link = (c: County) => ({ name: c.name, href: urls.county(c) });
	const placesNamed = p.municipalities.length + p.counties.length;
	return {
		/** "Hela Sverige" where the project covers every municipality or county: no list of 290 names. */
		wholeCountry: coverage.wholeCountry
			? p.municipalities.length === allMunicipalities.length
				? 'källan namnger alla 290 kommuner'
				: 'källan namnger alla 21 län'
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
					)
				: undefined,
	};
}

/**
 * The even share stated on the project's page: what each place's figures count of this project.
 * Only granted money is shared; `granted` is the granted amount where the project is granted and states it.
 */
export function evenShareText(places: number, municipalities: number, granted: number | undefined): string {
	const each = granted !== undefined ? ` (${formatKronor(Math.round(granted / places))} av det beviljade beloppet)` : '';
	const named =
		municipalities === places
			? `${formatNumber(places)} kommuner`
			: `${formatNumber(places)} platser (kommuner, och län utan namngivna kommuner)`;
	return `På kommunernas och länens sidor räknas projektet med hela sitt belopp i var och en av dem. I den beräknade jämna andelen delas det lika mellan de ${named} som källan namnger: var och en får 1/${formatNumber(places)}${each}.`;
}

export const correctionAnchor = (index: number) => `rattelse-${index + 1}`;

export function financingTable(entry: ProjectEntry, bank: Pick<Bank, 'config' | 'organisationKeyOf'>): TableModel {
	const lines = financingLines(entry.data);
	const { totalBudget } = entry.data;
	const corrected = lines.some((l) => l.corrected !== undefined);
	return {
		caption: 'Finansiering per finansiär',
		captionId: 'finansiering-caption',
		columns: [{ label: 'Finansiär' }, { label: 'Belopp', numeric: true }, { label: 'Andel av total budget', numeric: true }],
		rows: lines.map((line) => ({
			cells: [
				cell(line.financier, {
					href: isOrganisation(line.financier, bank.config) ? urls.organisation(bank.organisationKeyOf(line.financier)) : undefined,
					suffixes: [...(line.inKind ? ['(bidrag i annat än pengar)'] : []), ...(line.byDecider ? ['(beslutande organ)'] : [])],
				}),
				cell(formatKronor(line.amount), {
					data: { amount: String(line.amount) },
					note:
						line.corrected !== undefined
							? { text: `rättat: ${formatKronor(line.corrected)}`, href: `#${correctionAnchor(line.correctionIndex!)}` }
							: undefined,
				}),
				cell(line.share !== undefined ? formatShare(line.share) : '–'),
			],
		})),
		foot: [
			{
				cells: [
					cell(corrected ? 'Summa av raderna som de publicerades' : 'Summa enligt raderna'),
					cell(formatKronor(sum(lines.map((l) => l.amount)))),
					cell(''),
				],
			},
			...(corrected ? [{ cells: [cell('Summa efter rättelse'), cell(formatKronor(sum(correctedRowAmounts(entry.data)))), cell('')] }] : []),
			...(totalBudget !== undefined
				? [{ cells: [cell('Total projektbudget enligt källan'), cell(formatKronor(totalBudget)), cell(formatShare(1))] }]
				: []),
		],
	};
}

export function costTable(entry: ProjectEntry): TableModel {
	const { costs } = entry.data;
	return {
		caption: 'Kostnadsbudget per kostnadsslag',
		captionId: 'kostnader-caption',
		columns: [{ label: 'Kostnadsslag' }, { label: 'Belopp', numeric: true }],
		rows: costs.map((row) => ({ cells: [cell(row.category), cell(formatKronor(row.amount))] })),
		foot: [{ cells: [cell('Summa kostnader'), cell(formatKronor(sum(costs.map((c) => c.amount))))] }],
	};
}

export function activityTable(entry: ProjectEntry): TableModel {
	return {
		caption: 'Aktiviteter och arbetspaket',
		captionId: 'aktiviteter-caption',
		columns: [{ label: 'Aktivitet' }, { label: 'Period' }, { label: 'Kostnad', numeric: true }],
		rows: activityLines(entry.data).map((line) => ({
			className: `depth-${Math.min(line.depth, 2)}`,
			cells: [
				cell(line.code ? `${line.code} ${line.name}` : line.name, { details: line.description ? [line.description] : [] }),
				cell(
					line.start && line.end
						? formatPeriod(line.start, line.end)
						: line.start
							? `från ${formatDate(line.start)}`
							: line.end
								? `till ${formatDate(line.end)}`
								: '–',
				),
				line.cost !== undefined ? cell(formatKronor(line.cost)) : cell('anges ej', { muted: true }),
			],
		})),
	};
}

export function indicatorTable(entry: ProjectEntry): TableModel {
	return {
		caption: 'Indikatorer och målvärden',
		captionId: 'indikatorer-caption',
		columns: [{ label: 'Indikator' }, { label: 'Typ' }, { label: 'Startvärde' }, { label: 'Målvärde', numeric: true }, { label: 'Enhet' }],
		rows: entry.data.indicators.map((i) => ({
			cells: [
				cell(i.name, { details: i.note ? [i.note] : [] }),
				cell(indicatorKindLabels[i.kind]),
				cell(i.baseline !== undefined ? String(i.baseline) : '–'),
				cell(formatNumber(i.target)),
				cell(i.unit),
			],
		})),
	};
}

export function decisionHistory(entry: ProjectEntry) {
	return entry.data.decisions.map((d) => ({
		date: d.date ? formatDate(d.date) : undefined,
		isoDate: d.date,
		kindLabel: decisionLabel(d),
		body: d.body,
		reference: d.reference,
		summary: d.summary,
	}));
}

/** Corrections with a readable label for the corrected field. */
export function corrections(entry: ProjectEntry) {
	return entry.data.corrections.map((c, index) => {
		const row = /^financing\[(\d+)\]\.amount$/.exec(c.field);
		const financier = row ? entry.data.financing[Number(row[1])]?.financier : undefined;
		return {
			anchor: correctionAnchor(index),
			label: financier ? `Finansiering, ${financier}` : c.field,
			published: String(c.published),
			corrected: formatKronor(c.corrected),
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

export function model(entry: ProjectEntry, bank: Bank): ProjectPageModel {
	const p = entry.data;
	const amount = headlineAmount(p);
	const headline = amount && `${amount.label}: ${formatKronor(amount.amount)}`;
	return {
		key: entry.key,
		title: p.title,
		description: `${p.title}: ${headline ?? projectStatusLabel(p)}. ${p.decider}.`,
		breadcrumbs: breadcrumbs({ href: urls.projects, label: 'Projekt' }, { label: p.title }),
		status: { label: projectStatusLabel(p), tone: p.status },
		headline,
		owner: p.owner && (bank.displayNames.get(p.owner.name) ?? p.owner.name),
		facts: keyFacts(entry, bank),
		places: places(entry),
		corrections: corrections(entry),
		financing: p.financing.length ? section(financingTable(entry, bank), financingChart(entry)) : undefined,
		costs: p.costs.length ? section(costTable(entry), costChart(entry)) : undefined,
		activities: p.activities.length
			? section(
					activityTable(entry),
					activityTimeline(entry),
					'Delaktiviteter (till exempel 1.1) är delar av sin huvudaktivitet och ingår i dess kostnad där källan anger en sådan.',
				)
			: undefined,
		indicators: p.indicators.length ? indicatorTable(entry) : undefined,
		decisions: decisionHistory(entry),
		source: { document: p.source.document, passage: p.source.passage, href: sourceLink(entry, bank) },
		citation: citation(entry, bank),
		json: urls.projectJson(entry.key),
		history: projectHistory(entry, bank),
		alternates: [{ type: 'application/json', href: urls.projectJson(entry.key), title: `${p.title}: alla uppgifter (JSON)` }],
		structuredData: projectStructuredData(entry, bank),
	};
}

export async function paths() {
	const bank = await loadBank();
	return bank.projects.map((entry) => {
		const props = model(entry, bank);
		// The summary is rendered from the entry's body, which the model does not hold.
		return { params: { id: entry.key }, props, cacheKey: cacheKey(props, entry.body) };
	});
}
