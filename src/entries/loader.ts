/**
 * The content loader of the project collection. It reads and validates every entry through the
 * same code as `npm run validate` (files.ts, validate.ts), so the build can never accept what
 * validation refuses, and a key Astro treats specially (such as `slug`) never reaches Astro: the
 * entry's id is its file name. Any problem stops the build with every message; in `astro dev` the
 * problems are logged and the last valid content stays up.
 */
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { SiteConfig } from '../schemas/site.ts';
import { readEntryFiles } from './files.ts';
import { readSources, SOURCES_DIR } from './sources.ts';
import { problemReport, validateEntries, type Problem } from './validate.ts';
import { validationCache, validatorVersion } from './validation-cache.ts';

/** In Astro's cache folder: what validation found in each file, for the next run. */
const VALIDATION_CACHE = 'entry-validation.json';

/**
 * Every problem in the entries, as one list an editor can work through. It carries no stack trace:
 * Astro prints a stack whenever an error has one, and for a mistake in an entry the only place
 * worth pointing at is the entry's own line.
 */
export class EntryValidationError extends Error {
	readonly problems: readonly Problem[];
	constructor(problems: readonly Problem[]) {
		super(
			`Posterna har fel; inget byggdes:\n\n${problemReport(problems, 'Rätta dem och bygg igen (npm run validate visar samma lista snabbare).')}`,
		);
		this.name = 'EntryValidationError';
		this.problems = problems;
		this.stack = '';
	}

	/**
	 * Astro appends an English hint about browser APIs to any error whose toString() mentions
	 * "document" or "window" (as "source.document" does); the problems are the whole message.
	 */
	override toString(): string {
		return this.name;
	}
}

export function projectLoader(options: { base: string; config: SiteConfig }): Loader {
	return {
		name: 'project-entries',
		async load({ store, config, logger, renderMarkdown, generateDigest, watcher }) {
			const root = fileURLToPath(config.root);
			const sync = async () => {
				const started = performance.now();
				const cache = validationCache(fileURLToPath(new URL(VALIDATION_CACHE, config.cacheDir)), validatorVersion(root, options.config));
				const { entries, problems } = validateEntries(
					readEntryFiles(options.base, root),
					options.config,
					cache,
					readSources(SOURCES_DIR, root),
				);
				cache.save();
				if (problems.length > 0) throw new EntryValidationError(problems);
				const validated = performance.now();
				let rendered = 0;
				const keep = new Set<string>();
				for (const entry of entries) {
					keep.add(entry.key);
					// The digest covers the validated data, not only the file: the same file can validate to other
					// data when the schema or the settings change, and the store keeps an entry whose digest it knows.
					const digest = generateDigest({ data: entry.data, body: entry.body });
					const previous = store.get(entry.key);
					const unchanged = previous?.body === entry.body && previous.rendered;
					if (!unchanged) rendered++;
					store.set({
						id: entry.key,
						data: { ...entry.data },
						body: entry.body,
						filePath: entry.path,
						digest,
						rendered: unchanged ? previous.rendered : await renderMarkdown(entry.body),
					});
				}
				for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
				const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
				logger.info(
					`${entries.length} entries valid (${seconds(validated - started)}, ${cache.reused} unchanged since the last run); ${rendered} summaries rendered (${seconds(performance.now() - validated)})`,
				);
			};
			await sync();
			if (!watcher) return;
			const dir = fileURLToPath(new URL(`${options.base}/`, config.root));
			watcher.add(dir);
			const resync = async (path: string) => {
				if (!path.startsWith(dir)) return;
				try {
					await sync();
					logger.info('Posterna lästes in på nytt.');
				} catch (error) {
					if (!(error instanceof EntryValidationError)) throw error;
					logger.error(
						`Posterna har fel; sidorna visar den senaste giltiga versionen:\n\n${problemReport(error.problems, 'Rätta dem och spara igen.')}`,
					);
				}
			};
			for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, resync);
		},
	};
}
