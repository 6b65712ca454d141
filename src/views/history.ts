/**
 * The entries' committed versions (entries/history.ts) as the site shows them: each project page's
 * list of versions with what changed in words and a permalink to each version's data, its
 * "Senast ändrad" date, the bank's change log (/andringar/) and Atom feeds of changes for the
 * bank and each page that has one. Without history (a shallow clone) every one of them says so,
 * and no feed of changes is made.
 */
import { Feed } from 'feed';
import type { EntryVersion } from '../entries/history.ts';
import type { ProjectEntry } from '../domain/project.ts';
import { formatDate, listAnd } from '../format.ts';
import { buildTime } from './build-time.ts';
import { loadBank } from './collection.ts';
import { urls } from '../urls.ts';
import type { Bank } from './bank.ts';
import { describeChanges, fieldLabels, type FieldLabels } from './changes.ts';
import { openDataRecord } from './open-data.ts';
import { countyFacets, deciderFacets, fundFacets, municipalityFacets } from './facets.ts';
import { organisationProjects } from '../domain/organisations.ts';

/** Said of a first version. */
export const FIRST_VERSION = 'Första versionen i banken';
/** Said of the first version that could be read, after versions that could not. */
export const FIRST_READABLE = 'Första versionen som kan läsas med dagens regler: de tidigare jämförs inte';
/** Said of a version whose data is that of the version before (the file changed, not what it says). */
export const NO_DATA_CHANGE = 'Inga ändrade uppgifter (bara filens form ändrades)';
/** Said of a version that does not validate under the current schema. */
export const UNREADABLE = 'Versionen kunde inte läsas';

/** How many changes the change log and each feed of changes hold, newest first. */
export const CHANGES_LISTED = 100;
export const CHANGE_FEED_SIZE = 20;

/** One version of one project, with what it changed. */
export interface VersionEvent {
	project: ProjectEntry;
	version: EntryVersion;
	/** Every change from the last readable version before it, in words; empty when nothing the site shows changed. */
	changes: string[];
	/** The version compared with, when it is not the one right before (that one could not be read). */
	comparedWith: number | undefined;
	/** The first readable version: nothing to compare with. */
	first: boolean;
}

/** The date of an instant as the page gives it, in Swedish time: "5 december 2026". */
export function versionDate(iso: string): string {
	return formatDate(versionDay(iso));
}

/** The day (YYYY-MM-DD, in Sweden) of a commit's time, to be written in any language. */
export function versionDay(iso: string): string {
	return new Date(iso).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
}

/** The versions of one entry with what each changed, oldest first. */
export function versionEvents(project: ProjectEntry, versions: readonly EntryVersion[], labels?: FieldLabels): VersionEvent[] {
	let previous: EntryVersion | undefined;
	return versions.map((version) => {
		const event: VersionEvent = {
			project,
			version,
			changes: version.entry && previous?.entry ? describeChanges(previous.entry, version.entry, labels) : [],
			comparedWith: version.entry && previous && previous.number !== version.number - 1 ? previous.number : undefined,
			first: Boolean(version.entry) && !previous,
		};
		if (version.entry) previous = version;
		return event;
	});
}

/** Whether an event tells a reader something: a new entry, a changed figure, or a version that could not be read. */
const isChange = (e: VersionEvent) => e.first || e.changes.length > 0 || !e.version.entry;

const eventsOf = new WeakMap<Bank, Map<string, VersionEvent[]>>();

/** Every project's version events by key, made once per build; empty without history. */
export function bankEvents(bank: Bank): Map<string, VersionEvent[]> {
	let events = eventsOf.get(bank);
	if (!events) {
		const history = bank.history;
		const labels = fieldLabels(bank.config);
		events = new Map(
			history.available ? bank.projects.map((p) => [p.key, versionEvents(p, history.versions.get(p.key) ?? [], labels)]) : [],
		);
		eventsOf.set(bank, events);
	}
	return events;
}

/** The changes to `projects`, newest first (by commit date, then version). */
export function changesOf(bank: Bank, projects: readonly ProjectEntry[]): VersionEvent[] {
	const events = bankEvents(bank);
	return projects
		.flatMap((p) => (events.get(p.key) ?? []).filter(isChange))
		.sort(
			(a, b) =>
				Date.parse(b.version.date) - Date.parse(a.version.date) ||
				b.version.number - a.version.number ||
				a.project.key.localeCompare(b.project.key),
		);
}

export interface VersionModel {
	number: number;
	date: string;
	isoDate: string;
	/** The commit, shortened, as the repository shows it. */
	commit: string;
	/** The version's data, and the same as an absolute address to cite. */
	json: string;
	permalink: string;
	/** What changed, in words. */
	changes: string[];
	/** Why it could not be read, problem by problem, for a version listed as unreadable. */
	unreadable: string[] | undefined;
}

export type ProjectHistoryModel =
	| { available: false; reason: string }
	| {
			available: true;
			/** When the data last changed: the newest version that changed something. */
			lastChanged: { date: string; isoDate: string } | undefined;
			/** Newest first. */
			versions: VersionModel[];
			/** The page shows data that no committed version holds (an edit not yet committed). */
			uncommitted: boolean;
	  };

export function eventWords(event: VersionEvent): string[] {
	if (!event.version.entry) {
		const { problems } = event.version;
		const fields = [...new Set(problems.flatMap((p) => p.field ?? []))];
		return [`${UNREADABLE} med dagens regler för posterna: ${problems.length} fel${fields.length ? ` (${listAnd(fields)})` : ''}`];
	}
	if (event.first) return [event.version.number === 1 ? FIRST_VERSION : FIRST_READABLE];
	const compared = event.comparedWith ? [`Jämfört med version ${event.comparedWith}, den senaste som kunde läsas:`] : [];
	return [...compared, ...(event.changes.length ? event.changes : [NO_DATA_CHANGE])];
}

export function projectHistory(entry: ProjectEntry, bank: Bank): ProjectHistoryModel {
	if (!bank.history.available) return { available: false, reason: bank.history.reason };
	const events = bankEvents(bank).get(entry.key) ?? [];
	const last = events.at(-1)?.version;
	const lastChange = events.filter((e) => e.version.entry && (e.first || e.changes.length > 0)).at(-1)?.version;
	return {
		available: true,
		lastChanged: lastChange && { date: versionDate(lastChange.date), isoDate: lastChange.date },
		versions: events
			.map((e) => ({
				number: e.version.number,
				date: versionDate(e.version.date),
				isoDate: e.version.date,
				commit: e.version.commit.slice(0, 7),
				json: urls.projectVersion(entry.key, e.version.number),
				permalink: urls.absolute(urls.projectVersion(entry.key, e.version.number), bank.config.baseUrl),
				changes: eventWords(e),
				unreadable: e.version.entry
					? undefined
					: e.version.problems.map((p) => `Rad ${p.line}${p.field ? `, ${p.field}` : ''}: ${p.message}`),
			}))
			.reverse(),
		uncommitted: !last?.entry || JSON.stringify(last.entry.data) !== JSON.stringify(entry.data) || last.entry.body !== entry.body,
	};
}

/** The data of one version, for citation: what the entry said then, as an open-data record, and where it is in the repository. */
export function versionFile(event: VersionEvent, bank: Bank): string {
	const { project, version } = event;
	const { baseUrl } = bank.config;
	return JSON.stringify({
		key: project.key,
		version: version.number,
		commit: version.commit,
		committed: version.date,
		url: urls.absolute(urls.projectVersion(project.key, version.number), baseUrl),
		page: urls.absolute(urls.project(project.key), baseUrl),
		readable: Boolean(version.entry),
		...(version.entry
			? { project: openDataRecord(version.entry, baseUrl) }
			: { problems: version.problems.map((p) => ({ line: p.line, ...(p.field ? { field: p.field } : {}), message: p.message })) }),
	});
}

/** The data file of every version of `projects`, path → content. */
export function versionFiles(bank: Bank, projects: readonly ProjectEntry[]): Record<string, string> {
	const events = bankEvents(bank);
	return Object.fromEntries(
		projects
			.flatMap((p) => events.get(p.key) ?? [])
			.map((e) => [urls.projectVersion(e.project.key, e.version.number), versionFile(e, bank)]),
	);
}

export interface ChangeLogModel {
	available: boolean;
	reason: string | undefined;
	/** The newest changes, grouped by the day they were committed. */
	days: { date: string; isoDate: string; changes: { title: string; href: string; version: number; json: string; words: string[] }[] }[];
	/** How many changes there are in all, and how many the page lists. */
	total: number;
	listed: number;
	feed: string | undefined;
}

export function changeLog(bank: Bank): ChangeLogModel {
	const history = bank.history;
	const events = changesOf(bank, bank.projects);
	const listed = events.slice(0, CHANGES_LISTED);
	const days = new Map<string, ChangeLogModel['days'][number]>();
	for (const e of listed) {
		const isoDate = new Date(e.version.date).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
		const day = days.get(isoDate) ?? { date: formatDate(isoDate), isoDate, changes: [] };
		day.changes.push({
			title: e.project.data.title,
			href: urls.projectVersions(e.project.key),
			version: e.version.number,
			json: urls.projectVersion(e.project.key, e.version.number),
			words: eventWords(e),
		});
		days.set(isoDate, day);
	}
	return {
		available: history.available,
		reason: history.available ? undefined : history.reason,
		days: [...days.values()],
		total: events.length,
		listed: listed.length,
		feed: history.available ? urls.changesFeed() : undefined,
	};
}

/** The change log page's model, from the bank of this build. */
export async function changeLogModel(): Promise<ChangeLogModel> {
	return changeLog(await loadBank());
}

/** Whether a page whose projects are `projects` has a feed of changes. */
export function hasChangeFeed(bank: Bank, projects: readonly ProjectEntry[]): boolean {
	const events = bankEvents(bank);
	return projects.some((p) => (events.get(p.key) ?? []).some(isChange));
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A feed of the newest changes to `projects`, beside the page at `page`. Only the bank's own feed
 * is made without history (the site names it): empty, updated at the build, saying why.
 */
export function changeFeed(bank: Bank, page: string, title: string, projects: readonly ProjectEntry[]): string {
	const { baseUrl, publisher, dataLicence } = bank.config;
	const events = changesOf(bank, projects).slice(0, CHANGE_FEED_SIZE);
	const self = urls.absolute(urls.changesFeed(page), baseUrl);
	const about = `De ${CHANGE_FEED_SIZE} senaste ändringarna i projektens uppgifter (belopp, status, datum, beslut, rättelser) och nya projekt, nyast först, med länk till varje versions data.`;
	const feed = new Feed({
		id: self,
		title,
		description: bank.history.available
			? about
			: `${about} ${bank.history.reason} Flödets tidpunkt är när banken byggdes, inte en ändring.`,
		link: urls.absolute(page, baseUrl),
		feedLinks: { atom: self },
		// Updated when its newest change was committed: an unchanged bank gives an unchanged feed.
		updated: events[0] ? new Date(events[0].version.date) : buildTime,
		author: { name: publisher, link: urls.absolute(urls.about, baseUrl) },
		copyright: `${dataLicence.name}: ${dataLicence.url}`,
		generator: false,
		language: 'sv',
	});
	for (const e of events) {
		const url = urls.absolute(urls.projectVersion(e.project.key, e.version.number), baseUrl);
		const kind = !e.version.entry ? 'Kunde inte läsas' : e.first ? 'Ny i banken' : 'Ändrat';
		feed.addItem({
			title: escapeHtml(`${kind}: ${e.project.data.title} (version ${e.version.number})`),
			id: url,
			link: urls.absolute(urls.projectVersions(e.project.key), baseUrl),
			date: new Date(e.version.date),
			description: escapeHtml(`${versionDate(e.version.date)}. ${eventWords(e).join('; ')}. Versionens data: ${url}`),
		});
	}
	return feed.atom1();
}

/**
 * The feeds of changes: the whole bank's, and one per municipality, county, fund, decider and
 * organisation whose projects have changes, beside its page; without history only the bank's.
 */
export function changeFeedFiles(bank: Bank): Record<string, string> {
	const name = bank.config.name;
	const bankFeed = [urls.changesFeed(), changeFeed(bank, urls.home, `Ändringar – ${name}`, bank.projects)];
	if (!bank.history.available) return Object.fromEntries([bankFeed]);
	const pages = [
		...[...municipalityFacets(bank), ...countyFacets(bank), ...fundFacets(bank), ...deciderFacets(bank)].map((f) => ({
			path: f.path,
			name: f.name,
			projects: f.projects,
		})),
		...bank.organisations.map((o) => ({ path: urls.organisation(o.key), name: o.name, projects: organisationProjects(o) })),
	];
	return Object.fromEntries([
		bankFeed,
		...pages
			.filter((p) => hasChangeFeed(bank, p.projects))
			.map((p) => [urls.changesFeed(p.path), changeFeed(bank, p.path, `Ändringar: ${p.name} – ${name}`, p.projects)]),
	]);
}
