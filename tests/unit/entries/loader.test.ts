import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { EntryValidationError, projectLoader } from '../../../src/entries/loader.ts';
import { entryFile, modified, testConfig, validEntry } from '../../helpers/fixtures.ts';

/**
 * A content layer in miniature: a store that, like Astro's, keeps an entry whose digest it already
 * has, a renderer that counts its calls, a logger and maybe a watcher.
 */
function context(root: string, watcher?: EventEmitter & { add: (path: string) => void }) {
	const entries = new Map<string, any>();
	const store = {
		get: (id: string) => entries.get(id),
		set: (entry: any) => {
			if (entries.get(entry.id)?.digest === entry.digest) return false;
			entries.set(entry.id, entry);
			return true;
		},
		delete: (id: string) => void entries.delete(id),
		keys: () => [...entries.keys()],
	};
	const renderMarkdown = vi.fn(async (body: string) => ({ html: `<p>${body}</p>` }));
	const logger = { info: vi.fn(), error: vi.fn() };
	return {
		entries,
		renderMarkdown,
		logger,
		ctx: {
			store,
			renderMarkdown,
			logger,
			watcher,
			config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/node_modules/.astro/`) },
			generateDigest: (value: unknown) => `d:${JSON.stringify(value)}`,
		} as any,
	};
}

function project(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'loader-'));
	mkdirSync(join(root, 'src/content/projects'), { recursive: true });
	for (const [name, content] of Object.entries(files)) writeFileSync(join(root, 'src/content/projects', name), content);
	return root;
}

const loader = projectLoader({ base: 'src/content/projects', config: testConfig });

describe('the project loader', () => {
	it('stores every valid entry under its file name, with its data, body and rendered summary', async () => {
		const root = project({ '20378916.md': entryFile(validEntry(), { body: 'Sammanfattning.' }).content });
		const { ctx, entries } = context(root);
		await loader.load(ctx);
		expect([...entries.keys()]).toEqual(['20378916']);
		expect(entries.get('20378916')).toMatchObject({
			id: '20378916',
			filePath: 'src/content/projects/20378916.md',
			body: 'Sammanfattning.',
			digest: expect.stringMatching(/^d:\{"data":\{.*\},"body":"Sammanfattning\."\}$/),
			rendered: { html: '<p>Sammanfattning.</p>' },
			data: { title: validEntry().title, appliedAmount: 2_219_230 },
		});
	});

	it("refuses a `slug` key, so no entry can take another entry's page", async () => {
		const hijack = modified((e) => {
			e.id = '20378917';
			e.slug = '20378916';
		});
		const root = project({
			'20378916.md': entryFile(validEntry()).content,
			'20378917.md': entryFile(hijack, { name: '20378917.md' }).content,
		});
		const { ctx, entries } = context(root);
		const error = await loader.load(ctx).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(EntryValidationError);
		expect((error as EntryValidationError).problems).toMatchObject([{ file: 'src/content/projects/20378917.md', field: 'slug' }]);
		expect(entries.size).toBe(0);
	});

	it("checks the cited document against the bank's source documents, with no English hint from Astro", async () => {
		const root = project({ '20378916.md': entryFile(validEntry()).content });
		mkdirSync(join(root, 'src/content/sources'));
		writeFileSync(
			join(root, 'src/content/sources/beslut.yaml'),
			'title: Region Västerbotten, beslut 2026\nissuer: Region Västerbotten\nkind: decision\n',
		);
		const error = await loader.load(context(root).ctx).catch((e: unknown) => e);
		expect((error as EntryValidationError).problems).toMatchObject([{ field: 'source.document', line: 37 }]);
		// Astro adds "Browser APIs are not available on the server" to any error whose toString() says "document" or "window".
		expect(String(error)).not.toMatch(/document|window/);
		writeFileSync(
			join(root, 'src/content/projects/20378916.md'),
			entryFile(modified((e) => (e.source.document = 'Region Västerbotten, beslut 2026'))).content,
		);
		await expect(loader.load(context(root).ctx)).resolves.toBeUndefined();
	});

	it('stops with every problem when an entry is invalid, and stores nothing', async () => {
		const root = project({
			'20378916.md': entryFile(modified((e) => (e.municipalities = ['Umea']))).content,
			'20378917.md': 'no frontmatter',
		});
		const { ctx, entries } = context(root);
		const error = await loader.load(ctx).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(EntryValidationError);
		expect((error as EntryValidationError).problems).toHaveLength(2);
		expect((error as Error).message).toMatchInlineSnapshot(`
			"Posterna har fel; inget byggdes:

			src/content/projects/20378916.md:23: municipalities, rad 1 – "Umea" är ingen av Sveriges 290 kommuner. Menade du "Umeå"?
			src/content/projects/20378917.md:1: frontmatter – filen börjar inte med fält mellan två rader med "---". Skriv "---" på första raden, fälten under, och "---" igen före texten.

			2 fel i 2 filer. Rätta dem och bygg igen (npm run validate visar samma lista snabbare)."
		`);
		expect((error as Error).stack).toBe('');
		expect(entries.size).toBe(0);
	});

	it('renders a summary again only when it changed, and forgets deleted entries', async () => {
		const root = project({
			'20378916.md': entryFile(validEntry()).content,
			'dnr-1.md': entryFile(
				modified((e) => delete e.id),
				{ name: 'dnr-1.md' },
			).content,
		});
		const { ctx, entries, renderMarkdown } = context(root);
		await loader.load(ctx);
		expect(renderMarkdown).toHaveBeenCalledTimes(2);
		rmSync(join(root, 'src/content/projects/dnr-1.md'));
		writeFileSync(join(root, 'src/content/projects/20378916.md'), entryFile(modified((e) => (e.title = 'Ny titel'))).content);
		await loader.load(ctx);
		expect(renderMarkdown).toHaveBeenCalledTimes(2); // same body: the earlier rendering is kept
		expect([...entries.keys()]).toEqual(['20378916']);
		expect(entries.get('20378916').data.title).toBe('Ny titel');
		writeFileSync(join(root, 'src/content/projects/20378916.md'), entryFile(validEntry(), { body: 'Ändrad.' }).content);
		await loader.load(ctx);
		expect(renderMarkdown).toHaveBeenCalledTimes(3);
	});

	it('in `astro dev`, reloads on a change and keeps the last valid content when an edit is invalid', async () => {
		const root = project({ '20378916.md': entryFile(validEntry()).content });
		const watched: string[] = [];
		const watcher = Object.assign(new EventEmitter(), { add: (path: string) => watched.push(path) });
		const { ctx, entries, logger } = context(root, watcher);
		await loader.load(ctx);
		const dir = join(root, 'src/content/projects/');
		expect(watched).toEqual([dir]);
		const file = join(dir, '20378916.md');
		writeFileSync(file, entryFile(modified((e) => (e.title = 'Ändrad'))).content);
		watcher.emit('change', file);
		await vi.waitFor(() => expect(entries.get('20378916').data.title).toBe('Ändrad'));
		expect(logger.info).toHaveBeenCalledWith('Posterna lästes in på nytt.');
		writeFileSync(file, entryFile(modified((e) => (e.municipalities = ['Umea']))).content);
		watcher.emit('change', file);
		await vi.waitFor(() => expect(logger.error).toHaveBeenCalled());
		expect(logger.error.mock.calls[0]![0]).toContain(
			'src/content/projects/20378916.md:23: municipalities, rad 1 – "Umea" är ingen av Sveriges 290 kommuner.',
		);
		expect(logger.error.mock.calls[0]![0]).toContain('sidorna visar den senaste giltiga versionen');
		expect(entries.get('20378916').data.title).toBe('Ändrad');
		const logged = logger.info.mock.calls.length;
		watcher.emit('change', join(root, 'src/other.ts'));
		expect(logger.info).toHaveBeenCalledTimes(logged); // a file outside the entries changes nothing
	});

	it('says how many entries are valid, how many it checked before, and how many summaries it rendered', async () => {
		const root = project({ '20378916.md': entryFile(validEntry()).content });
		const { ctx, logger } = context(root);
		await loader.load(ctx);
		expect(logger.info.mock.calls[0]![0]).toMatch(
			/^1 entries valid \(\d+\.\d s, 0 unchanged since the last run\); 1 summaries rendered \(\d+\.\d s\)$/,
		);
		await loader.load(ctx);
		expect(logger.info.mock.calls[1]![0]).toMatch(/, 1 unchanged since the last run\); 0 summaries rendered/);
	});

	it('checks an edited file again, though the cache knows its old content', async () => {
		const root = project({ '20378916.md': entryFile(validEntry()).content });
		const { ctx, entries } = context(root);
		await loader.load(ctx);
		writeFileSync(join(root, 'src/content/projects/20378916.md'), entryFile(modified((e) => (e.grantedAmount = 'många'))).content);
		await expect(loader.load(ctx)).rejects.toBeInstanceOf(EntryValidationError);
		writeFileSync(join(root, 'src/content/projects/20378916.md'), entryFile(modified((e) => (e.title = 'Nytt namn'))).content);
		await loader.load(ctx);
		expect(entries.get('20378916')!.data.title).toBe('Nytt namn');
	});
});
