/** The home page: what the bank holds, ways in, money per decider and the latest decisions. */
import { datedEvents, type DecisionEvent } from '../domain/decisions.ts';
import { measure, type Measures } from '../domain/measures.ts';
import { localised, linkIn, type Localised } from '../i18n/locale.ts';
import { decisionLabelIn } from '../i18n/labels.ts';
import { urls } from '../urls.ts';
import { sourceDates } from './bank.ts';
import { loadBank } from './collection.ts';
import { measureStats, type Stat } from './measures.ts';
import { facetTable } from './tables.ts';
import { deciderFacets } from './facets.ts';
import { cell, type TableModel } from './table.ts';

export interface HomeModel {
	name: string;
	tagline: string;
	measures: Measures;
	stats: Stat[];
	funds: string[];
	byDecider: TableModel;
	latest: TableModel;
}

/** The first sentence of a text, for a line in a list. */
const firstSentence = (text: string) => /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;

/** The amount an event concerns, as the source gives it: granted in a grant, applied for otherwise; an amendment changes no amount it states here. */
function eventAmount(event: DecisionEvent, { m, f }: Localised): string {
	const p = event.project.data;
	if (event.decision.kind === 'grant' && p.grantedAmount !== undefined) return m.home.grantedAmount(f.kronor(p.grantedAmount));
	if (
		(event.decision.kind === 'rejection' || event.decision.kind === 'proposal' || event.decision.kind === 'application') &&
		p.appliedAmount !== undefined
	) {
		return m.home.appliedAmount(f.kronor(p.appliedAmount));
	}
	return '–';
}

const swedish = localised('sv');

/** Beside a date that is the cited document's, not the decision's. */
export const SOURCE_DATE_LABEL = swedish.m.home.sourceDate;

export function latestEventsTable(events: readonly DecisionEvent[], caption: string, l: Localised = swedish): TableModel {
	const { m, f, locale } = l;
	const c = m.home.eventColumns;
	// Swedish data on an English page says it is Swedish.
	const data = locale === 'sv' ? undefined : 'sv';
	return {
		caption,
		columns: [{ label: c.event }, { label: c.date }, { label: c.project }, { label: c.amount, numeric: true }, { label: c.decider }],
		rows: events.map((event) => ({
			cells: [
				cell(decisionLabelIn(event.decision, m), {
					details: event.decision.kind === 'amendment' ? [firstSentence(event.decision.summary)] : [],
					...(data ? { detailsLang: data } : {}),
				}),
				// A source's date is when the document was published, said so beside it: never the decision's date.
				cell(f.date(event.date), { datetime: event.date, ...(event.dateOf === 'source' ? { details: [m.home.sourceDate] } : {}) }),
				cell(event.project.data.title, { href: linkIn(locale, urls.project(event.project.key)).href, ...(data ? { lang: data } : {}) }),
				cell(eventAmount(event, l)),
				cell(event.project.data.decider),
			],
		})),
	};
}

export async function model(l: Localised = swedish): Promise<HomeModel> {
	const { m } = l;
	const bank = await loadBank();
	const events = datedEvents(bank.projects, sourceDates(bank)).slice(0, 5);
	// The same table as /beslutande/'s, so a figure (or its absence) reads the same on both.
	// A decider without projects (a national agency in a regional bank) has no row here; /beslutande/ lists it.
	const byDecider = facetTable(
		deciderFacets(bank).filter((f) => f.projects.length > 0),
		m.home.byDeciderCaption,
		m.home.deciderHeader,
		'per-beslutande-tabell',
		bank.config.funds,
		l,
	);
	const measures = measure(bank.projects);
	return {
		name: bank.config.name,
		tagline: m.home.lead || bank.config.tagline,
		measures,
		stats: measureStats(measures, m.stats.inBank, bank.config.funds, undefined, l),
		funds: bank.config.funds.map((f) => f.name),
		byDecider,
		latest: latestEventsTable(
			events,
			m.home.latestCaption(
				events.length,
				events.some((e) => e.dateOf === 'source'),
			),
			l,
		),
	};
}
