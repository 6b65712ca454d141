/**
 * The cache key of a pre-rendered page for Astro's incremental build: a digest of everything the
 * page shows (its model). A page whose model is unchanged since the last build is copied from the
 * cache; Astro itself renders a page again when the code it is built from changes.
 */
import { createHash } from 'node:crypto';

export function cacheKey(...parts: unknown[]): string {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(typeof part === 'string' ? part : JSON.stringify(part)).update('\u0000');
	return hash.digest('base64url').slice(0, 27);
}
