/**
 * The site's two languages: Swedish at the root, the English edition under /en/ (Astro's i18n
 * routing, astro.config.mjs). Which pages have an English version, the address of a page in either
 * language, and the words and formats of each.
 */
import { formats, type Formats, type Locale } from '../format.ts';
import { en } from './en.ts';
import { sv } from './sv.ts';

export type { Locale };
export type Messages = typeof sv;

export const locales: readonly Locale[] = ['sv', 'en'];
export const defaultLocale: Locale = 'sv';

/** The prefix of the English edition's paths. */
const EN_PREFIX = '/en';

const catalogues: Record<Locale, Messages> = { sv, en };

export function messages(locale: Locale): Messages {
	return catalogues[locale];
}

/** A page's words and formats together, handed to the views that prepare a localised page. */
export interface Localised {
	locale: Locale;
	m: Messages;
	f: Formats;
}

export function localised(locale: Locale): Localised {
	return { locale, m: messages(locale), f: formats(locale) };
}

/** Astro.currentLocale (undefined outside i18n routes) as one of the site's languages. */
export function asLocale(value: string | undefined): Locale {
	return value === 'en' ? 'en' : 'sv';
}

/** The language of a path: English under /en/, Swedish everywhere else. */
export function localeOfPath(path: string): Locale {
	return path === `${EN_PREFIX}/` || path.startsWith(`${EN_PREFIX}/`) ? 'en' : 'sv';
}

/** The Swedish path of a page in either language. */
export function swedishPath(path: string): string {
	return localeOfPath(path) === 'en' ? path.slice(EN_PREFIX.length) : path;
}

/**
 * The Swedish pages that have an English version: the home page, the project list and its pages,
 * every project's page, and the open-data documentation. Not their data files, versions or embeds,
 * which are the same in both.
 */
const translated: readonly RegExp[] = [
	/^\/$/,
	/^\/data\/$/,
	/^\/projekt\/$/,
	/^\/projekt\/lista\/[a-z0-9-]+\/(\d+\/)?$/,
	/^\/projekt\/(?!lista\/)[^/]+\/$/,
];

export function hasEnglish(svPath: string): boolean {
	return translated.some((re) => re.test(svPath));
}

/** The address of a Swedish page in a language (a Swedish path given for every link; /en/ prefixed for English). */
export function localisedHref(locale: Locale, svPath: string): string {
	return locale === 'sv' ? svPath : `${EN_PREFIX}${svPath}`;
}

/**
 * A page's link in a language: its version there where it has one; otherwise the Swedish page,
 * which English pages mark as Swedish (`hreflang`).
 */
export function linkIn(locale: Locale, svPath: string): { href: string; hreflang: Locale | undefined } {
	if (locale === 'sv') return { href: svPath, hreflang: undefined };
	const [path = svPath, rest = ''] = svPath.split(/(?=[?#])/);
	return hasEnglish(path) ? { href: `${EN_PREFIX}${path}${rest}`, hreflang: undefined } : { href: svPath, hreflang: 'sv' };
}

/** The page at `path` in every language it exists in (itself included), for `<link rel="alternate" hreflang>`. */
export function translations(path: string): { locale: Locale; href: string }[] {
	const svPath = swedishPath(path);
	if (!hasEnglish(svPath)) return [];
	return locales.map((locale) => ({ locale, href: localisedHref(locale, svPath) }));
}
