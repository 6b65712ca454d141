/** The frame of every page: main navigation, the current section, and the canonical address. */
import { urls } from '../urls.ts';

export const mainNavigation = [
	{ href: urls.search(), label: 'Sök' },
	{ href: urls.projects, label: 'Projekt' },
	{ href: urls.municipalities, label: 'Kommuner' },
	{ href: urls.statistics, label: 'Statistik' },
	{ href: urls.openData, label: 'Öppna data' },
];

/** Whether a navigation item is the section of the page at `path`. */
export function isCurrentSection(href: string, path: string): boolean {
	return href === urls.home ? path === urls.home : path.startsWith(href);
}

/** One step of the breadcrumb trail; the last, the current page, has no link. */
export interface Crumb {
	href?: string | undefined;
	label: string;
}

/** The trail from the home page: Start › …crumbs. */
export function breadcrumbs(...crumbs: Crumb[]): Crumb[] {
	return [{ href: urls.home, label: 'Start' }, ...crumbs];
}

/** The site's own pages, linked from every page's footer. */
export const serviceLinks = [
	{ href: urls.about, label: 'Om projektbanken' },
	{ href: urls.sources, label: 'Källor' },
	{ href: urls.changes, label: 'Ändringar' },
	{ href: urls.openData, label: 'Öppna data' },
	{ href: urls.accessibility, label: 'Tillgänglighetsredogörelse' },
];

/** A `<link rel="alternate">`: the page's data in another format. */
export interface Alternate {
	type: 'application/json' | 'application/atom+xml' | 'text/csv';
	href: string;
	title: string;
}

/** JSON-LD as a script's text: `<` escaped, so no text in it can close the script element. */
export function jsonLdScript(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
