/** Cumulative layout shift of a page, as the browser reports it (used by tests and the benchmark). */
import type { Page } from 'playwright-core';

/** Starts summing layout shifts from the first frame; read the sum with layoutShift(). */
export async function observeLayoutShift(page: Page): Promise<void> {
	await page.addInitScript(() => {
		(window as unknown as { shift: number }).shift = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
				if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

export function layoutShift(page: Page): Promise<number> {
	return page.evaluate(() => (window as unknown as { shift: number }).shift);
}
