/** The home page: what the bank holds, ways in, money per decider and the latest decisions. */
import { datedEvents, type DecisionEvent } from '../domain/decisions.ts';
import { measure, type Measures } from '../domain/measures.ts';
import { decisionLabel, formatDate, formatKronor } from '../format.ts';
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
function eventAmount(event: DecisionEvent): string {
	const p = event.project.data;
	if (event.decision.kind === 'grant' && p.grantedAmount !== undefined) return `${formatKronor(p.grantedAmount)} beviljat`;
	if (
		(event.decision.kind === 'rejection' || event.decision.kind === 'proposal' || event.decision.kind === 'application') &&
		p.appliedAmount !== undefined
	) {
		return `${formatKronor(p.appliedAmount)} sökt`;
	}
	return '–';
}

/** Beside a date that is the cited document's, not the decision's. */
export const SOURCE_DATE_LABEL = 'källdokumentets datum: beslutet är inte daterat i källan';

export function latestEventsTable(events: readonly DecisionEvent[], caption: string): TableModel {
	return {
		caption,
		columns: [
			{ label: 'Händelse' },
			{ label: 'Datum' },
			{ label: 'Projekt' },
			{ label: 'Belopp', numeric: true },
			{ label: 'Beslutande organ' },
		],
		rows: events.map((event) => ({
			cells: [
				cell(decisionLabel(event.decision), {
					details: event.decision.kind === 'amendment' ? [firstSentence(event.decision.summary)] : [],
				}),
				// A source's date is when the document was published, said so beside it: never the decision's date.
				cell(formatDate(event.date), { datetime: event.date, ...(event.dateOf === 'source' ? { details: [SOURCE_DATE_LABEL] } : {}) }),
				cell(event.project.data.title, { href: urls.project(event.project.key) }),
				cell(eventAmount(event)),
				cell(event.project.data.decider),
			],
		})),
	};
}

export async function model(): Promise<HomeModel> {
	const bank = await loadBank();
	const events = datedEvents(bank.projects, sourceDates(bank)).slice(0, 5);
	// The same table as /beslutande/'s, so a figure (or its absence) reads the same on both.
	// A decider without projects (a national agency in a regional bank) has no row here; /beslutande/ lists it.
	const byDecider = facetTable(
		deciderFacets(bank).filter((f) => f.projects.length > 0),
		'Projekt och belopp per beslutande organ',
		'Beslutande organ',
		'per-beslutande-tabell',
		bank.config.funds,
	);
	const measures = measure(bank.projects);
	return {
		name: bank.config.name,
		tagline: bank.config.tagline,
		measures,
		stats: measureStats(measures, 'i banken', bank.config.funds),
		funds: bank.config.funds.map((f) => f.name),
		byDecider,
		latest: latestEventsTable(
			events,
			`De ${events.length} senaste daterade händelserna: beslut, förslag och ändringar${events.some((e) => e.dateOf === 'source') ? '; där källan inte daterar beslutet står källdokumentets datum, när det gavs ut' : ''}`,
		),
	};
}
