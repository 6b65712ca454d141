/**
 * Bundles the editing app (src/cms/app.ts: Sveltia CMS from npm) into a folder, with Vite, apart
 * from the site's own build. Run as a script by the editing-app integration:
 *
 *   node src/cms/bundle.ts OUT_DIR BASE_PATH
 *
 * The entry script is urls.adminAppScript under BASE_PATH (urls.adminApp); chunks and assets lie beside it.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { urls } from '../urls.ts';
import { withoutFontCdn, withoutThirdPartyRequests, withPlainCodeBlocks, withSwedishStrings } from './vite-plugins.ts';

export async function bundleEditingApp(outDir: string, base: string): Promise<void> {
	await build({
		configFile: false,
		root: fileURLToPath(new URL('../..', import.meta.url)),
		base,
		logLevel: 'error',
		plugins: [
			withoutFontCdn(),
			withPlainCodeBlocks(),
			withoutThirdPartyRequests(),
			withSwedishStrings(fileURLToPath(new URL('sv-extra.json', import.meta.url))),
		],
		build: {
			outDir,
			emptyOutDir: true,
			assetsDir: '',
			copyPublicDir: false,
			// The app is one large module by design; it is loaded on /admin/ only.
			chunkSizeWarningLimit: 4096,
			rolldownOptions: {
				input: fileURLToPath(new URL('app.ts', import.meta.url)),
				output: {
					entryFileNames: urls.adminAppScript.slice(urls.adminApp.length),
					chunkFileNames: '[name]-[hash].js',
					assetFileNames: '[name]-[hash][extname]',
				},
			},
		},
	});
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const [outDir, base] = process.argv.slice(2);
	if (!outDir || !base) throw new Error('usage: node src/cms/bundle.ts OUT_DIR BASE_PATH');
	await bundleEditingApp(outDir, base);
}
