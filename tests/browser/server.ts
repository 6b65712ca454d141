/** Serves the built dist/ with Astro's preview server on a free loopback port. */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { preview } from 'astro';

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
		server.on('error', reject);
	});
}

export async function serveDist(): Promise<{ url: string; stop: () => Promise<void> }> {
	if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
	const port = await freePort();
	const server = await preview({ root: '.', logLevel: 'error', server: { host: '127.0.0.1', port } });
	return { url: `http://127.0.0.1:${port}`, stop: () => server.stop() };
}
