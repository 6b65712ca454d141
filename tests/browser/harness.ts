/** Shared by the browser tests: the built site on loopback and one Debian Chromium per file. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../support/chromium.ts';
import { serveDist } from './server.ts';

export interface Harness {
	browser: Browser;
	url: string;
}

export function useSiteInChromium(): Harness {
	const harness = {} as Harness;
	let stop: (() => Promise<void>) | undefined;
	beforeAll(async () => {
		const site = await serveDist();
		harness.url = site.url;
		stop = site.stop;
		harness.browser = await launchChromium();
	});
	afterAll(async () => {
		await harness.browser?.close();
		await stop?.();
	});
	return harness;
}
