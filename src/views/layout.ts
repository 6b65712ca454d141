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
