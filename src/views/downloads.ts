/**
 * The links a page gives to its own data: its projects as CSV and JSON (views/slices.ts), and the
 * feeds to follow it: its decisions (views/feeds.ts) and the changes to its projects' entries
 * (views/history.ts).
 */
import { urls } from '../urls.ts';
import type { Alternate } from './layout.ts';

export interface Downloads {
	/** What the files hold: "Projekten i Umeå". */
	name: string;
	csv: string | undefined;
	json: string | undefined;
	/** The feed of decisions. */
	feed: string | undefined;
	/** The feed of changes to the entries. */
	changes: string | undefined;
	/** What feeds are and how to follow a page, where the page has a feed. */
	follow: string | undefined;
	alternates: Alternate[];
}

/**
 * A page's files: `base` is the folder they lie in; a page without projects has no files, and a
 * page has the feeds it is given (only those with something in them exist).
 */
export function downloads(
	name: string,
	base: string,
	hasProjects: boolean,
	feeds: { decisions?: string | undefined; changes?: string | undefined } = {},
): Downloads {
	const csv = hasProjects ? urls.projectsFile(base, 'csv') : undefined;
	const json = hasProjects ? urls.projectsFile(base, 'json') : undefined;
	const { decisions: feed, changes } = feeds;
	return {
		name,
		csv,
		json,
		feed,
		changes,
		follow: feed || changes ? urls.follow : undefined,
		alternates: [
			...(json ? [{ type: 'application/json' as const, href: json, title: `Projekten: ${name} (JSON)` }] : []),
			...(feed ? [{ type: 'application/atom+xml' as const, href: feed, title: `Beslut: ${name} (Atom)` }] : []),
			...(changes ? [{ type: 'application/atom+xml' as const, href: changes, title: `Ändringar: ${name} (Atom)` }] : []),
		],
	};
}
