/**
 * Vite plugins that fit Sveltia CMS's npm build to the site: the editing app asks no other host for
 * anything (the admin page's CSP would block the requests anyway), and it does not weigh down every
 * build with code it never runs.
 */
import type { Plugin } from 'vite';

const isSveltia = (id: string) => id.includes('/@sveltia/cms/');

const CDN_FONT_FACE = /@font-face\s*\{[^}]*https:\/\/cdn\.jsdelivr\.net\/[^}]*\}/g;

/**
 * The npm build registers its fonts from files bundled with the site, but its CSS still declares the
 * same fonts on a CDN (jsDelivr) as a fallback. This removes those declarations.
 */
export function withoutFontCdn(): Plugin {
	return {
		name: 'sveltia-without-font-cdn',
		transform(code, id) {
			if (!isSveltia(id) || !code.includes('cdn.jsdelivr.net')) return undefined;
			return { code: code.replace(CDN_FONT_FACE, ''), map: null };
		},
	};
}

const GRAMMAR_IMPORT = /import\(\s*[`'"]@shikijs\/langs\/([\w.+-]+)[`'"]\s*\)/g;

/**
 * The app can colour code blocks in some 240 languages, each grammar a lazy chunk: 300 files and
 * 16 MB in dist/, and seconds and hundreds of megabytes of memory in every build. Entries are
 * project summaries, not code, and the body field offers no code-block component; so each grammar
 * is replaced by an empty one of the same name, and a code block shows as plain text.
 */
export function withPlainCodeBlocks(): Plugin {
	return {
		name: 'sveltia-plain-code-blocks',
		transform(code, id) {
			if (!isSveltia(id) || !code.includes('@shikijs/langs/')) return undefined;
			return {
				code: code.replace(GRAMMAR_IMPORT, (_, name: string) => `Promise.resolve({default:[${JSON.stringify({ name, scopeName: `source.${name}`, patterns: [], repository: {} })}]})`),
				map: null,
			};
		},
	};
}
