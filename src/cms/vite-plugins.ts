/**
 * Vite plugins that fit Sveltia CMS's npm build to the site: the editing app asks no other host for
 * anything (the admin page's CSP would block the requests anyway), and it does not weigh down every
 * build with code it never runs.
 */
import { readFileSync } from 'node:fs';
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
				code: code.replace(
					GRAMMAR_IMPORT,
					(_, name: string) =>
						`Promise.resolve({default:[${JSON.stringify({ name, scopeName: `source.${name}`, patterns: [], repository: {} })}]})`,
				),
				map: null,
			};
		},
	};
}

/** The git hosts' status pages the app polls every five minutes (GitHub's, and GitLab's through hostedstatus.com). */
const STATUS_URL = /`https:\/\/(?:www\.githubstatus\.com\/api\/v2\/status\.json|status-api\.hostedstatus\.com\/[^`]*)`/g;
/** Where the app takes the signed-in editor's picture from the git host's answer (GitHub, GitLab and Gitea alike). */
const AVATAR = /avatarURL:([\w$]+)\.avatar_url\b/g;

/**
 * Sveltia CMS asks a third party for the git host's status on every load (www.githubstatus.com,
 * status-api.hostedstatus.com), and shows the editor's picture from the host's image server
 * (avatars.githubusercontent.com, gravatar.com). No setting turns these off, so the status is read
 * from an empty answer instead (which the app takes as "unknown": no banner, no request), and the
 * account button shows its icon instead of a picture.
 */
export function withoutThirdPartyRequests(): Plugin {
	return {
		name: 'sveltia-without-third-party-requests',
		transform(code, id) {
			if (!isSveltia(id)) return undefined;
			const changed = code.replace(STATUS_URL, '`data:application/json,{}`').replace(AVATAR, 'avatarURL:void 0');
			return changed === code ? undefined : { code: changed, map: null };
		},
	};
}

/** Sveltia's Swedish strings in the package, and ours for what they lack. */
const SWEDISH = /\/@sveltia\/cms\/locales\/sv\.json$/;

type Strings = { [key: string]: string | Strings };

/** `base` with `extra`'s strings added, and put in place of `base`'s where both have one. */
export function withStrings(base: Strings, extra: Strings): Strings {
	const merged: Strings = { ...base };
	for (const [key, value] of Object.entries(extra)) {
		const own = base[key];
		merged[key] = typeof own === 'object' && typeof value === 'object' ? withStrings(own, value) : value;
	}
	return merged;
}

/**
 * The app's Swedish translation lacks about a hundred strings ("Show Errors" among them), which it
 * then shows in English, and leaves a few in English ("Access Token"). Ours are in
 * src/cms/sv-extra.json and joined to the package's translation when the app is bundled, through
 * the app's own locale file.
 */
export function withSwedishStrings(extraFile: string): Plugin {
	return {
		name: 'sveltia-swedish-strings',
		enforce: 'pre',
		load(id) {
			if (!SWEDISH.test(id)) return undefined;
			const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Strings;
			return JSON.stringify(withStrings(read(id), read(extraFile)));
		},
	};
}
