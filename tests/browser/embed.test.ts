/**
 * Embeds in another site's frame: a page on a second loopback origin frames the embed and an
 * ordinary page, with the headers of dist/_headers applied as a host would (the static server alone
 * sends none): the embed shows its figures without a script, the ordinary page is refused.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../../support/chromium.ts';
import { serveDist } from './server.ts';
import type { Browser } from 'playwright-core';

/** The rules of a _headers file: a path ("/x/*" for a folder) and its headers. */
function headerRules(file: string): { path: string; headers: [string, string][] }[] {
	return file
		.split(/\n\s*\n/)
		.map((block) => block.split('\n').filter((line) => line && !line.startsWith('#')))
		.filter((lines) => lines.length > 1)
		.map(([path, ...headers]) => ({
			path: path!,
			headers: headers.map(
				(h) =>
					h
						.trim()
						.split(/:\s(.*)/s)
						.slice(0, 2) as [string, string],
			),
		}));
}

const matches = (rule: string, path: string) => (rule.endsWith('/*') ? path.startsWith(rule.slice(0, -1)) : rule === path);

async function listen(server: Server): Promise<string> {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

let browser: Browser;
let site: { url: string; stop: () => Promise<void> };
let host: Server;
let other: Server;
let hostUrl: string;
let otherUrl: string;

beforeAll(async () => {
	site = await serveDist();
	const rules = headerRules(readFileSync('dist/_headers', 'utf8'));
	// The site as a host serves it: each response with the headers of the rules its path matches.
	host = createServer(async (request, response) => {
		const path = new URL(request.url ?? '/', 'http://x').pathname;
		const upstream = await fetch(site.url + (request.url ?? '/'));
		const headers = Object.fromEntries(rules.filter((r) => matches(r.path, path)).flatMap((r) => r.headers));
		response.writeHead(upstream.status, { 'Content-Type': upstream.headers.get('content-type') ?? 'text/plain', ...headers });
		response.end(Buffer.from(await upstream.arrayBuffer()));
	});
	hostUrl = await listen(host);
	// Another site: a newsroom's page that frames an embed and, wrongly, an ordinary page.
	other = createServer((_request, response) => {
		response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
		response.end(`<!doctype html><html lang="sv"><title>Lokaltidningen</title><h1>Lokaltidningen</h1>
			<iframe id="inbaddning" src="${hostUrl}/inbaddning/kommun/umea/" title="Projekt i Umeå" width="600" height="700"></iframe>
			<iframe id="sida" src="${hostUrl}/kommun/umea/" title="Umeå" width="600" height="300"></iframe>`);
	});
	otherUrl = await listen(other);
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	await new Promise((resolve) => host?.close(resolve));
	await new Promise((resolve) => other?.close(resolve));
	await site?.stop();
});

it('shows a municipality’s figures in a frame on another origin, without a script, and keeps every other page out of frames', async () => {
	expect(new URL(otherUrl).origin).not.toBe(new URL(hostUrl).origin);
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(otherUrl);
	const embed = page.frameLocator('#inbaddning');
	await embed.locator('h1').waitFor();
	expect(await embed.locator('h1').textContent()).toBe('Umeå');
	expect(await embed.locator('.stats li').first().textContent()).toMatch(/^14 projekt som verkar i Umeå/);
	expect(await embed.locator('caption').first().textContent()).toBe('Beviljat och total budget per beslutsår');
	const back = embed.getByRole('link', { name: /^Alla projekt i Umeå/ });
	expect(await back.getAttribute('target')).toBe('_top');
	expect(await embed.locator('script').count()).toBe(0);
	// The ordinary page's frame-ancestors 'none' stops it from showing in the frame.
	const ordinary = await (await page.$('#sida'))!.contentFrame();
	await ordinary!.waitForLoadState();
	expect(ordinary!.url()).not.toBe(`${hostUrl}/kommun/umea/`);
	expect(await ordinary!.locator('h1').count()).toBe(0);
	// …while the same page opened on its own shows.
	const alone = await context.newPage();
	await alone.goto(`${hostUrl}/kommun/umea/`);
	expect(await alone.locator('h1').textContent()).toBe('Umeå');
	await context.close();
});
