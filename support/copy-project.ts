/**
 * A throwaway copy of the project for builds that must not touch the real one (failure tests,
 * benchmarks): sources are copied, packages linked one by one so Astro's and Vite's caches
 * (node_modules/.astro, .vite) stay the copy's own.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SKIP = new Set(['node_modules', 'dist', 'dist.next', 'dist.prev', '.astro', '.git', '.bench', '.stryker-tmp', 'test-results']);

export function copyProject(root = resolve('.'), prefix = 'projektbank-'): string {
	const workdir = mkdtempSync(join(tmpdir(), prefix));
	for (const name of readdirSync(root)) {
		if (!SKIP.has(name)) cpSync(join(root, name), join(workdir, name), { recursive: true });
	}
	mkdirSync(join(workdir, 'node_modules'));
	for (const name of readdirSync(join(root, 'node_modules'))) {
		if (!name.startsWith('.') || name === '.bin') symlinkSync(join(root, 'node_modules', name), join(workdir, 'node_modules', name));
	}
	return workdir;
}
