/** The frame of every page: main navigation, the current section, and the canonical address. */
import { linkIn, type Locale, type Messages } from '../i18n/locale.ts';
import { sv } from '../i18n/sv.ts';
import { urls } from '../urls.ts';

/** A link of the frame; on an English page, `hreflang` marks one that leads to a page only in Swedish. */
export interface NavLink {
	href: string;
	label: string;
	hreflang?: Locale | undefined;
}

/** The main navigation in a language: each item to its page in that language, or the Swedish page marked as such. */
export function navigation(m: Messages, locale: Locale = 'sv'): NavLink[] {
	const n = m.layout.nav;
	return [
		{ href: urls.search(), label: n.search },
		{ href: urls.projects, label: n.projects },
		{ href: urls.municipalities, label: n.municipalities },
		{ href: urls.statistics, label: n.statistics },
		{ href: urls.openData, label: n.openData },
	].map((item) => ({ ...item, ...linkIn(locale, item.href) }));
}

export const mainNavigation = navigation(sv);

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
	return [{ href: urls.home, label: sv.layout.start }, ...crumbs];
}

/** The trail from the home page of a language's edition; `crumbs` link Swedish paths, localised here. */
export function breadcrumbsIn(m: Messages, locale: Locale, ...crumbs: Crumb[]): Crumb[] {
	return [{ href: urls.home, label: m.layout.start }, ...crumbs].map((c) => (c.href ? { ...c, href: linkIn(locale, c.href).href } : c));
}

/** The site's own pages, linked from every page's footer. */
export function serviceNavigation(m: Messages, locale: Locale = 'sv'): NavLink[] {
	const s = m.layout.service;
	return [
		{ href: urls.about, label: s.about },
		{ href: urls.sources, label: s.sources },
		{ href: urls.changes, label: s.changes },
		{ href: urls.openData, label: s.openData },
		{ href: urls.accessibility, label: s.accessibility },
	].map((item) => ({ ...item, ...linkIn(locale, item.href) }));
}

export const serviceLinks = serviceNavigation(sv);

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
