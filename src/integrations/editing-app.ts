/**
 * The editing app at /admin/ (Sveltia CMS, src/cms/app.ts) is bundled apart from the site, once per
 * version, and kept in Astro's cache folder: it is 2 MB of code that changes only when the package or
 * our plugins do, and bundling it with every build cost 2–4 s and about 300 MB of memory. A build
 * starts the bundling in its own process while the entries are read, and links the files into
 * dist/ at the end; `astro dev` serves them from the cache.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { urls } from '../urls.ts';
import { linkTree } from './link-tree.ts';

/** What the bundle is made from besides the packages: the entry, the bundling script and the plugins. */
const SOURCES = [
	'src/cms/app.ts',
	'src/cms/swedish-default.ts',
	'src/cms/bundle.ts',
	'src/cms/vite-plugins.ts',
	'src/cms/sv-extra.json',
	'src/cms/entry-format.ts',
];
const PACKAGES = ['@sveltia/cms', 'vite', 'yaml'];
/** In the app's folder in dist/: the version it was linked from. */
const VERSION_FILE = '.version';

/** A digest of everything the bundle depends on: it names the bundle's folder in the cache. */
export function editingAppVersion(root: string): string {
	const hash = createHash('sha256').update(urls.adminApp);
	for (const source of SOURCES) hash.update(source).update(readFileSync(join(root, source)));
	for (const name of PACKAGES)
		hash.update(name).update(JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version);
	return hash.digest('hex').slice(0, 32);
}

/** The bundle's folder, bundled in a child process unless the cache has it. */
export function ensureEditingApp(root: string, cacheDir: string): Promise<string> {
	const folder = join(cacheDir, editingAppVersion(root));
	if (existsSync(join(folder, urls.adminAppScript.slice(urls.adminApp.length)))) return Promise.resolve(folder);
	const partial = `${folder}.partial`;
	rmSync(partial, { recursive: true, force: true });
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [join(root, 'src/cms/bundle.ts'), partial, urls.adminApp], {
			cwd: root,
			stdio: ['ignore', 'inherit', 'pipe'],
		});
		let errors = '';
		child.stderr.on('data', (chunk) => (errors += chunk));
		child.on('error', reject);
		child.on('close', (status) => {
			if (status !== 0) return reject(new Error(`Could not bundle the editing app (src/cms/bundle.ts, exit ${status}):\n${errors}`));
			rmSync(folder, { recursive: true, force: true });
			renameSync(partial, folder);
			resolve(folder);
		});
	});
}

/** Links the bundle into the site, unless the site already holds this very version. */
export function placeEditingApp(folder: string, site: string): void {
	const target = join(site, urls.adminApp);
	const version = folder.split(/[\\/]/).at(-1)!;
	const marker = join(target, VERSION_FILE);
	if (existsSync(marker) && readFileSync(marker, 'utf8') === version) return;
	rmSync(target, { recursive: true, force: true });
	linkTree(folder, target);
	writeFileSync(marker, version);
}

const TYPES: Record<string, string> = {
	'.js': 'text/javascript',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
	'.png': 'image/png',
	'.txt': 'text/plain',
	'.css': 'text/css',
};

export function editingApp(): AstroIntegration {
	let root = '';
	let cacheDir = '';
	let bundled: Promise<string> | undefined;
	return {
		name: 'editing-app',
		hooks: {
			'astro:config:setup': ({ config, command }) => {
				root = fileURLToPath(config.root);
				cacheDir = fileURLToPath(new URL('editing-app/', config.cacheDir));
				// Started at once, so that it runs while the entries are read; awaited when the site is written.
				if (command === 'build') {
					bundled = ensureEditingApp(root, cacheDir);
					// A failure is reported when the build awaits it, not as an unhandled rejection before.
					bundled.catch(() => undefined);
				}
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use(urls.adminApp, (request, response, next) => {
					(bundled ??= ensureEditingApp(root, cacheDir)).then((folder) => {
						const file = normalize(join(folder, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
						if (!file.startsWith(folder) || !existsSync(file)) return next();
						response.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
						createReadStream(file).pipe(response);
					}, next);
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				placeEditingApp(await (bundled ??= ensureEditingApp(root, cacheDir)), fileURLToPath(dir));
				logger.info(`editing app in place (${((performance.now() - started) / 1000).toFixed(1)} s after the pages)`);
			},
		},
	};
}
