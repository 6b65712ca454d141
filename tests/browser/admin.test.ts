/**
 * The editing app at /admin/, in Chromium, as an editor trying it on a local copy of the repository
 * ("Arbeta med lokalt repository"): it loads from the site alone, lists every project, and what it
 * saves passes validation. Headless Chromium cannot show a folder picker, so the picker returns a
 * folder in the browser's own storage that holds the shipped entries.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { readEntryFiles } from '../../src/entries/files.ts';
import { formatProblem, validateEntries } from '../../src/entries/validate.ts';
import { siteConfig } from '../../src/site.config.ts';
import { urls } from '../../src/urls.ts';
import { useSiteInChromium } from './harness.ts';

const site = useSiteInChromium();
const entries = readEntryFiles();

async function openLocalRepository(page: Page) {
	await page.evaluate(
		async (files) => {
			const root = await navigator.storage.getDirectory();
			const repo = await root.getDirectoryHandle('repo', { create: true });
			await repo.getDirectoryHandle('.git', { create: true });
			let dir = repo;
			for (const name of ['src', 'content', 'projects']) dir = await dir.getDirectoryHandle(name, { create: true });
			for (const file of files) {
				const writable = await (await dir.getFileHandle(file.name, { create: true })).createWritable();
				await writable.write(file.text);
				await writable.close();
			}
		},
		entries.map((f) => ({ name: f.path.split('/').at(-1)!, text: f.content })),
	);
	await page.reload();
	await page.getByRole('button', { name: 'Arbeta med lokalt repository' }).click();
}

const readSaved = (page: Page, name: string) =>
	page.evaluate(async (name) => {
		let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
		for (const part of ['src', 'content', 'projects']) dir = await dir.getDirectoryHandle(part);
		return (await (await dir.getFileHandle(name)).getFile()).text();
	}, name);

it('/admin/ loads from the site alone, lists every project, and saves an entry that validates', async () => {
	// A browser in English: the app speaks Swedish all the same.
	const context = await site.browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 } });
	await context.addInitScript(() => {
		const w = window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle>; violations: string[] };
		w.showDirectoryPicker = async () => (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
		w.violations = [];
		document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
	});
	const page = await context.newPage();
	const elsewhere: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (/^https?:$/.test(url.protocol) && url.origin !== new URL(site.url).origin) elsewhere.push(request.url());
	});
	await page.goto(`${site.url}${urls.admin}`);
	// Sign-in at the git host alone: a token, no OAuth through a third party (api.netlify.com).
	await page.getByRole('button', { name: 'Logga in med en åtkomsttoken' }).waitFor({ timeout: 30_000 });
	expect(await page.getByRole('button', { name: /Logga in med GitHub/ }).count()).toBe(0);
	await page.waitForTimeout(1000); // the app's status check ran at once on load, when it still had one
	expect(elsewhere).toEqual([]);
	expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
	await openLocalRepository(page);

	// Every project is listed: the sidebar counts them, and the list shows them by title.
	const collection = page.getByRole('treeitem', { name: 'Projekt' });
	await collection.waitFor({ timeout: 30_000 });
	expect(await collection.innerText()).toMatch(new RegExp(`\\bProjekt\\s+${entries.length}$`));
	for (const title of [
		'ADDIFAB - Den additiva digitalstödda idéfabriken 4.0 (20204909)',
		'Build Equal (20372391)',
		'Arctic Solar 2.0 (20204814)',
	]) {
		await page.getByRole('gridcell', { name: title }).waitFor({ timeout: 10_000 });
	}

	// An entry with an error is not saved, and the app says so in Swedish (its own translation lacks this string).
	await page.getByRole('gridcell', { name: 'Intersective Innovation 2.0 (20204763)' }).click();
	const title = page.getByRole('textbox', { name: /Projektnamn/ });
	await title.fill('');
	await page.getByRole('button', { name: 'Spara' }).click();
	await page.getByRole('button', { name: 'Visa fel' }).waitFor({ timeout: 10_000 });
	expect(await page.getByText('Show Errors').count()).toBe(0);

	// An edit saved in the app is an entry the validator accepts.
	await title.fill('Intersective Innovation 2.0 (redigerad)');
	await page.getByRole('button', { name: 'Spara' }).click();
	await expect.poll(() => readSaved(page, '20204763.md'), { timeout: 15_000 }).toContain('Intersective Innovation 2.0 (redigerad)');
	const saved = await readSaved(page, '20204763.md');
	// Only the edited line changed: the rest of the file keeps its quoting, lists and layout.
	const original = entries.find((f) => f.path.endsWith('/20204763.md'))!.content.split('\n');
	const changed = saved
		.split('\n')
		.map((line, i) => (line === original[i] ? undefined : line))
		.filter((line) => line !== undefined);
	expect(changed).toEqual(['title: Intersective Innovation 2.0 (redigerad)']);
	expect(saved.split('\n')).toHaveLength(original.length);
	const { problems } = validateEntries([{ path: 'src/content/projects/20204763.md', content: saved }], siteConfig);
	expect(problems.map(formatProblem)).toEqual([]);

	// Nothing was asked of another host, and the CSP had nothing to stop.
	expect(elsewhere).toEqual([]);
	expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
	await context.close();
});
