import { expect, it } from 'vitest';
import { withoutFontCdn, withPlainCodeBlocks } from '../../../src/cms/vite-plugins.ts';
import type { Plugin } from 'vite';

const transformer = (plugin: Plugin) => (code: string, id: string) => (plugin.transform as (code: string, id: string) => { code: string } | undefined)(code, id);
const SVELTIA = '/p/node_modules/@sveltia/cms/npm/index.js';

it('removes the CDN font declarations from Sveltia CMS, and touches nothing else', () => {
	const transform = transformer(withoutFontCdn());
	const css = "a{}\n  @font-face {font-family:'Noto Mono';src:url(https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2)\n      format('woff2');\n  }\n  @font-face {font-family:'Local';src:url(/x.woff2)}";
	expect(transform(css, SVELTIA)?.code).toBe("a{}\n  \n  @font-face {font-family:'Local';src:url(/x.woff2)}");
	expect(transform(css, '/p/src/client/other.ts')).toBeUndefined();
});

it('gives every code-block language an empty grammar of its own name, in place of its lazy chunk', async () => {
	const transform = transformer(withPlainCodeBlocks());
	const code = 'const langs={ahk:()=>u(()=>import(`@shikijs/langs/ahk`),[]),"c++":()=>import("@shikijs/langs/cpp"),theme:()=>import(`@shikijs/themes/github-light`)};';
	const out = transform(code, SVELTIA)!.code;
	expect(out).not.toContain('@shikijs/langs/');
	expect(out).toContain('import(`@shikijs/themes/github-light`)');
	const grammar = await new Function(`return ${/Promise\.resolve\(\{default:\[.*?\]\}\)/.exec(out)![0]}`)();
	expect(grammar).toEqual({ default: [{ name: 'ahk', scopeName: 'source.ahk', patterns: [], repository: {} }] });
	expect(out).toContain('"name":"cpp"');
	expect(transform(code, '/p/src/client/other.ts')).toBeUndefined();
});
