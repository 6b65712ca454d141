/**
 * A small static file server for dist/, used by the browser tests and the benchmark: loopback
 * only, gzip for text and WebAssembly as any real host would, no cache of its own.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
};

export async function serveStatic(root: string): Promise<{ url: string; stop: () => Promise<void> }> {
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		let file = normalize(join(root, path));
		if (!file.startsWith(normalize(root))) file = join(root, '404.html');
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = existsSync(file);
		if (!found) file = join(root, '404.html');
		const type = TYPES[extname(file)] ?? (file.endsWith('.pagefind') ? 'application/wasm' : 'application/octet-stream');
		// Pagefind's .pf_* chunks are compressed already; text and WebAssembly are not.
		const gzip =
			/gzip/.test(String(request.headers['accept-encoding'])) &&
			(type.startsWith('text/') || type.includes('json') || type.includes('svg') || type.includes('wasm'));
		response.writeHead(found ? 200 : 404, { 'Content-Type': type, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
		const body = createReadStream(file);
		(gzip ? body.pipe(createGzip()) : body).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
