/** The links a page gives to its own data: its projects as CSV and JSON (views/slices.ts) and its decisions as a feed (views/feeds.ts). */
import { urls } from '../urls.ts';
import type { Alternate } from './layout.ts';

export interface Downloads {
	/** What the files hold: "Projekten i Umeå". */
	name: string;
	csv: string | undefined;
	json: string | undefined;
	feed: string | undefined;
	alternates: Alternate[];
}

/**
 * A page's files: `base` is the folder they lie in; a page without projects has no files, and only
 * places, funds and deciders have feeds.
 */
export function downloads(name: string, base: string, hasProjects: boolean, feed?: string): Downloads {
	const csv = hasProjects ? urls.projectsFile(base, 'csv') : undefined;
	const json = hasProjects ? urls.projectsFile(base, 'json') : undefined;
	return {
		name,
		csv,
		json,
		feed,
		alternates: [
			...(json ? [{ type: 'application/json' as const, href: json, title: `Projekten: ${name} (JSON)` }] : []),
			...(feed ? [{ type: 'application/atom+xml' as const, href: feed, title: `Beslut: ${name} (Atom)` }] : []),
		],
	};
}
