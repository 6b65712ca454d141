/**
 * Atom feeds of decision events (grants, rejections, proposals and amendments; an application is no
 * decision), newest first: one for the whole bank and one per municipality, county, fund,
 * decider and organisation (owner, co-financier or decider), beside its page. A feed holds the newest
 * FEED_SIZE events: readers follow what is new, the lists and files have the rest. An event the source
 * does not date is placed by the date of the document it is cited from, and its entry says so
 * (källdokumentets datum, never the decision's); one with neither cannot be placed in time and is left
 * out, which each feed's subtitle says.
 *
 * A page whose projects have no dated decision has no feed (and no link to one): an empty feed
 * would still have to claim an update time (Atom's `updated`), which the sources do not give. The
 * bank's own feed is always written, since the home page and /data/ name it; while no source dates
 * a decision, its `updated` is the build's time and its subtitle says so.
 */
import { Feed } from 'feed';
import { firstDay, precisionOf } from '../domain/dates.ts';
import { datedEvents, type DecisionEvent, type SourceDate } from '../domain/decisions.ts';
import { organisationProjects } from '../domain/organisations.ts';
import type { ProjectEntry } from '../domain/project.ts';
import { decisionLabel, formatDate } from '../format.ts';
import { urls } from '../urls.ts';
import { sourceDates, type Bank } from './bank.ts';
import { buildTime } from './build-time.ts';
import { countyFacets, fundFacets, municipalityFacets, deciderFacets } from './facets.ts';

/** How many events a feed holds, newest first. */
export const FEED_SIZE = 20;

export interface FeedModel {
	/** Where the feed lies. */
	path: string;
	/** The page it follows. */
	page: string;
	title: string;
	/** Says what the feed holds and what it leaves out. */
	subtitle: string;
	events: DecisionEvent[];
}

/** Every decision event that is one and can be placed in time (its own date or its source's), newest first. */
export function decisionEvents(projects: readonly ProjectEntry[], sourceDate?: SourceDate): DecisionEvent[] {
	return datedEvents(projects, sourceDate).filter((e) => e.decision.kind !== 'application');
}

/** Whether projects have a feed: at least one decision dated by itself or by its source. */
export function hasFeed(projects: readonly ProjectEntry[], sourceDate?: SourceDate): boolean {
	return decisionEvents(projects, sourceDate).length > 0;
}

/** Said in a feed with no entries, beside the build time it must give as `updated`. */
export const UNDATED_SUBTITLE =
	'Källorna anger ännu inget beslutsdatum, så flödet har inga poster; dess tidpunkt är när banken byggdes, inte ett beslut.';

function feedModel(
	page: string,
	path: string,
	title: string,
	about: string,
	projects: readonly ProjectEntry[],
	sourceDate: SourceDate,
): FeedModel {
	const events = decisionEvents(projects, sourceDate);
	return {
		path,
		page,
		title,
		subtitle: `De ${FEED_SIZE} senaste besluten om projekt ${about} (beviljanden, avslag, förslag till beslut och ändringsbeslut), nyast först. Ett beslut som källan inte daterar står med källdokumentets datum, när dokumentet gavs ut, och säger det; beslut utan något datum är inte med.${events.length ? '' : ` ${UNDATED_SUBTITLE}`}`,
		events: events.slice(0, FEED_SIZE),
	};
}

/** The whole bank's feed, and one per municipality, county, fund and decider with a dated decision. */
export function feeds(bank: Bank): FeedModel[] {
	const facets = [...municipalityFacets(bank), ...countyFacets(bank), ...fundFacets(bank), ...deciderFacets(bank)];
	const about: Record<string, (name: string) => string> = {
		kommun: (name) => `som verkar i ${name}`,
		lan: (name) => `som verkar i ${name}`,
		fond: (name) => `med ${name} som fond eller anslag`,
		beslutande: (name) => `som ${name} beslutar om`,
	};
	const sourceDate = sourceDates(bank);
	return [
		feedModel(urls.home, urls.feed(), `Beslut – ${bank.config.name}`, 'i banken', bank.projects, sourceDate),
		...facets
			.filter((f) => hasFeed(f.projects, sourceDate))
			.map((f) =>
				feedModel(f.path, urls.feed(f.path), `Beslut: ${f.name} – ${bank.config.name}`, about[f.kind]!(f.name), f.projects, sourceDate),
			),
		...organisationFeeds(bank),
	];
}

/** One feed per organisation whose projects (owned, co-financed or decided on) have a dated decision. */
function organisationFeeds(bank: Bank): FeedModel[] {
	const sourceDate = sourceDates(bank);
	return bank.organisations
		.map((o) => ({ o, projects: organisationProjects(o) }))
		.filter(({ projects }) => hasFeed(projects, sourceDate))
		.map(({ o, projects }) =>
			feedModel(
				urls.organisation(o.key),
				urls.feed(urls.organisation(o.key)),
				`Beslut: ${o.name} – ${bank.config.name}`,
				`som ${o.name} äger, finansierar eller beslutar om`,
				projects,
				sourceDate,
			),
		);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The instant Atom needs for a date that may be a month or a year: its first day at midnight UTC.
 * The entry's own text gives the date as the source does.
 */
export function feedInstant(date: string): Date {
	return new Date(`${firstDay(date)}T00:00:00Z`);
}

const precisionNote = { day: '', month: ' (källan anger månaden)', year: ' (källan anger året)' };

/** One event as an entry: what was decided about which project, by whom and when. */
export function feedEntry(event: DecisionEvent, baseUrl: string) {
	const { project, decision } = event;
	const url = urls.absolute(urls.project(project.key), baseUrl);
	const index = project.data.decisions.indexOf(decision);
	const by = [decision.body, decision.reference].filter(Boolean).join(', ');
	const { date } = event;
	// A source's date is when the document was published: said as such, never as the decision's.
	const when =
		event.dateOf === 'source'
			? `Källdokumentets datum ${formatDate(date)}${precisionNote[precisionOf(date)]}; källan anger inget beslutsdatum`
			: `${formatDate(date)}${precisionNote[precisionOf(date)]}`;
	return {
		title: escapeHtml(`${decisionLabel(decision)}: ${project.data.title}`),
		id: `${url}#beslut-${index + 1}`,
		link: url,
		date: feedInstant(date),
		description: escapeHtml(`${when}. ${project.data.decider}${by ? ` (${by})` : ''}: ${decision.summary}`),
	};
}

export function atom(model: FeedModel, bank: Bank): string {
	const { baseUrl, publisher, dataLicence } = bank.config;
	const self = urls.absolute(model.path, baseUrl);
	// Updated when its newest event is: a feed that did not change keeps its date, and the build stays
	// reproducible. Only the bank's feed can be empty; it then gives the build's time and says so.
	const newest = model.events[0]?.date;
	const feed = new Feed({
		id: self,
		title: model.title,
		description: model.subtitle,
		link: urls.absolute(model.page, baseUrl),
		feedLinks: { atom: self },
		updated: newest ? feedInstant(newest) : buildTime,
		author: { name: publisher, link: urls.absolute(urls.about, baseUrl) },
		copyright: `${dataLicence.name}: ${dataLicence.url}`,
		generator: false,
		language: 'sv',
	});
	for (const event of model.events) feed.addItem(feedEntry(event, baseUrl));
	return feed.atom1();
}

export function feedFiles(bank: Bank): Record<string, string> {
	return Object.fromEntries(feeds(bank).map((model) => [model.path, atom(model, bank)]));
}
