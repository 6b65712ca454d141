/** What a reader does with the data in Chromium: copy a project's citation, download every hit of a search. */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { expect, it } from 'vitest';
import { useSiteInChromium } from './harness.ts';

const chromium = useSiteInChromium();

it('copies the citation with its button, the same text a reader can select', async () => {
	const context = await chromium.browser.newContext();
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: chromium.url });
	const page = await context.newPage();
	await page.goto(`${chromium.url}/projekt/20204763/`);
	const button = page.getByRole('button', { name: 'Kopiera citatet' });
	await button.click();
	await expect.poll(() => page.locator('copy-text [data-status]').textContent()).toBe('Kopierat.');
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toMatch(
		/^Intersective Innovation 2\.0\. Ärende-id 20204763, diarienummer 00040-2020\. Beslut om stöd: Regionala utvecklingsnämnden, 24 mars 2020, § 40\. Källa: Protokoll, regionala utvecklingsnämnden Region Norrbotten 2020-03-24, § 40\. Öppna projektbanken, https:\/\/projektbanken\.example\.se\/projekt\/20204763\/ \(uppgifterna byggda \d+ \p{L}+ \d{4}\)\.$/u,
	);
	expect(copied).toBe((await page.locator('#citat').textContent())!.replace(/\s+/g, ' ').trim());
	await context.close();
});

it('without JavaScript the citation is there to select, and no button that would do nothing', async () => {
	const context = await chromium.browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${chromium.url}/projekt/20204763/`);
	await expect.poll(() => page.locator('#citat').textContent()).toContain('Ärende-id 20204763');
	expect(await page.getByRole('button', { name: 'Kopiera citatet' }).count()).toBe(0);
	await context.close();
});

it('downloads every hit of a search as CSV for Excel, not only those shown', async () => {
	const context = await chromium.browser.newContext({ acceptDownloads: true });
	const page = await context.newPage();
	await page.goto(`${chromium.url}/sok/?ar=Beslutsdatum+anges+inte+i+k%C3%A4llan`);
	await expect.poll(() => page.locator('[data-status]').textContent(), { timeout: 20_000 }).toMatch(/^17 projekt hittades/);
	await expect.poll(() => page.locator('.result').count()).toBe(10);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Ladda ner träffarna (CSV)' }).click(),
	]);
	expect(download.suggestedFilename()).toBe('projekt-beslutsdatum-anges-inte-i-kallan.csv');
	const text = readFileSync((await download.path())!, 'utf8');
	expect(text.startsWith('\uFEFFNyckel;Projektnamn;Status;')).toBe(true);
	const rows = parse(text, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
	expect(rows).toHaveLength(17);
	expect(rows.every((r) => r['Beslutande organ'] === 'Region Västerbotten' && r.Status === 'Beviljat')).toBe(true);
	await expect.poll(() => page.locator('[data-download-status]').textContent()).toBe('17 träffar hämtade som CSV.');
	await context.close();
});

it('downloads every hit of a search with no words in an order, in that order', async () => {
	const context = await chromium.browser.newContext({ acceptDownloads: true });
	const page = await context.newPage();
	await page.goto(`${chromium.url}/sok/?ar=Beslutsdatum+anges+inte+i+k%C3%A4llan&sortera=belopp-minst`);
	await expect.poll(() => page.locator('[data-status]').textContent(), { timeout: 20_000 }).toMatch(/^17 projekt hittades/);
	const shown = await page.locator('.result h3 a').evaluateAll((links) => links.map((a) => a.textContent));
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Ladda ner träffarna (CSV)' }).click(),
	]);
	const rows = parse(readFileSync((await download.path())!, 'utf8'), { bom: true, delimiter: ';', columns: true }) as Record<
		string,
		string
	>[];
	expect(rows).toHaveLength(17);
	expect(rows.slice(0, shown.length).map((r) => r.Projektnamn)).toEqual(shown);
	await context.close();
});
