import { expect, it } from 'vitest';
import { hasEnglish, linkIn, localeOfPath, swedishPath, translations } from '../../../src/i18n/locale.ts';

it('knows the language of a path: English under /en/ only', () => {
	expect(localeOfPath('/en/')).toBe('en');
	expect(localeOfPath('/en/projekt/20204763/')).toBe('en');
	expect(localeOfPath('/entreprenor/')).toBe('sv');
	expect(localeOfPath('/projekt/')).toBe('sv');
	expect(swedishPath('/en/projekt/20204763/')).toBe('/projekt/20204763/');
	expect(swedishPath('/en/')).toBe('/');
});

it('has English versions of the home page, the project list and every project page, not of their data', () => {
	for (const path of ['/', '/projekt/', '/projekt/20204763/', '/projekt/lista/belopp-storst/2/']) expect(hasEnglish(path)).toBe(true);
	for (const path of ['/kommun/', '/projekt/20204763/version/1.json', '/projekt/20204763.json', '/projekt/lista/', '/sok/'])
		expect(hasEnglish(path)).toBe(false);
});

it('pairs a page with its translation both ways, and links a Swedish-only page from English as Swedish', () => {
	const pair = [
		{ locale: 'sv', href: '/projekt/20204763/' },
		{ locale: 'en', href: '/en/projekt/20204763/' },
	];
	expect(translations('/projekt/20204763/')).toEqual(pair);
	expect(translations('/en/projekt/20204763/')).toEqual(pair);
	expect(translations('/kommun/')).toEqual([]);
	expect(linkIn('en', '/projekt/')).toEqual({ href: '/en/projekt/', hreflang: undefined });
	expect(linkIn('en', '/kommun/')).toEqual({ href: '/kommun/', hreflang: 'sv' });
	expect(linkIn('en', '/projekt/20204763/#versioner')).toEqual({ href: '/en/projekt/20204763/#versioner', hreflang: undefined });
	expect(linkIn('sv', '/kommun/')).toEqual({ href: '/kommun/', hreflang: undefined });
});
