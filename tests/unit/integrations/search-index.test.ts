import type { AstroPrerenderer, RouteData } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import { indexingPrerenderer, type ShardIndexer } from '../../../src/integrations/search-index.ts';

describe('the prerenderer that indexes while pages render', () => {
	const route = {} as RouteData;
	const base: AstroPrerenderer = {
		name: 'astro:default',
		getStaticPaths: async () =>
			['/', '/projekt/1/', '/sokindex/delar.json', '/sokindex/2025.json', '/sokindex/utan-datum.json'].map((pathname) => ({
				pathname,
				route,
			})),
		render: async (request) => new Response(`rendered ${new URL(request.url).pathname}`),
	};

	it('renders the search records first and hands each shard, not the manifest, to the indexer', async () => {
		const add = vi.fn(async () => undefined);
		const prerenderer = indexingPrerenderer(base, () => ({ add }) as unknown as ShardIndexer);
		expect((await prerenderer.getStaticPaths()).map((p) => p.pathname)).toEqual([
			'/sokindex/2025.json',
			'/sokindex/utan-datum.json',
			'/',
			'/projekt/1/',
			'/sokindex/delar.json',
		]);
		for (const pathname of ['/sokindex/2025.json', '/sokindex/delar.json', '/projekt/1/']) {
			const response = await prerenderer.render(new Request(`http://localhost${pathname}`), { routeData: route });
			expect(await (response as Response).text()).toBe(`rendered ${pathname}`);
		}
		expect(add.mock.calls).toEqual([['rendered /sokindex/2025.json']]);
	});
});
