import { copyFileSync, linkSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Puts a cached file or folder in dist/ as hard links to the cached copy: thousands of files are
 * linked in a fraction of the time copying takes. Nothing writes to these files in place (they are
 * replaced by removing them), so the cache cannot change through dist/. Copies where a link cannot
 * be made (another file system).
 */
export function linkTree(from: string, to: string): void {
	if (statSync(from).isDirectory()) {
		mkdirSync(to, { recursive: true });
		for (const name of readdirSync(from)) linkTree(join(from, name), join(to, name));
		return;
	}
	try {
		linkSync(from, to);
	} catch {
		copyFileSync(from, to);
	}
}
