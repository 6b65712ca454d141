/**
 * Astro writes the root 404 page as /404.html, which hosts serve for a missing address, but a 404
 * page under a locale (src/pages/en/404.astro) as /en/404/index.html. This moves it to /en/404.html,
 * where hosts that look for the nearest 404.html (Cloudflare Pages) serve it for a missing address
 * under /en/; others serve /404.html everywhere (README, "Hosting"). Runs after prune-stale, which
 * removes the last build's copy; the page has no cache key, so Astro renders it in every build.
 */
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Moves `<locale>/404/index.html` to `<locale>/404.html` under `site`, for each locale; returns the files moved to. */
export function moveLocalised404(site: string, locales: readonly string[]): string[] {
	const moved: string[] = [];
	for (const locale of locales) {
		const from = join(site, locale, '404', 'index.html');
		if (!existsSync(from)) continue;
		renameSync(from, join(site, locale, '404.html'));
		rmdirSync(join(site, locale, '404'));
		moved.push(`${locale}/404.html`);
	}
	return moved;
}

export function localised404(locales: readonly string[]): AstroIntegration {
	return {
		name: 'localised-404',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const moved = moveLocalised404(fileURLToPath(dir), locales);
				if (moved.length) logger.info(`404 page(s) in place: ${moved.join(', ')}`);
			},
		},
	};
}
