/** Serves the built dist/ on a free loopback port. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveStatic } from '../../support/static-server.ts';

export async function serveDist(): Promise<{ url: string; stop: () => Promise<void> }> {
	if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
	return serveStatic(resolve('dist'));
}
