import { expect, it } from 'vitest';
import { withoutFontCdn } from '../../../src/cms/font-cdn.ts';

const transform = (code: string, id: string) => (withoutFontCdn().transform as (code: string, id: string) => { code: string } | undefined)(code, id);

it('removes the CDN font declarations from Sveltia CMS, and touches nothing else', () => {
	const css = "a{}\n  @font-face {font-family:'Noto Mono';src:url(https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2)\n      format('woff2');\n  }\n  @font-face {font-family:'Local';src:url(/x.woff2)}";
	expect(transform(css, '/p/node_modules/@sveltia/cms/npm/index.js')?.code).toBe("a{}\n  \n  @font-face {font-family:'Local';src:url(/x.woff2)}");
	expect(transform(css, '/p/src/client/other.ts')).toBeUndefined();
});
