/**
 * Sveltia CMS's npm build registers its fonts from files bundled with the site, but its CSS still
 * declares the same fonts on a CDN (jsDelivr) as a fallback. This Vite plugin removes those
 * declarations, so the editing app never asks another host for anything (the admin page's CSP
 * would block the requests anyway).
 */
import type { Plugin } from 'vite';

const CDN_FONT_FACE = /@font-face\s*\{[^}]*https:\/\/cdn\.jsdelivr\.net\/[^}]*\}/g;

export function withoutFontCdn(): Plugin {
	return {
		name: 'sveltia-without-font-cdn',
		transform(code, id) {
			if (!id.includes('/@sveltia/cms/') || !code.includes('cdn.jsdelivr.net')) return undefined;
			return { code: code.replace(CDN_FONT_FACE, ''), map: null };
		},
	};
}
