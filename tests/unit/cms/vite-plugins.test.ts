import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { withStrings, withoutFontCdn, withoutThirdPartyRequests, withPlainCodeBlocks } from '../../../src/cms/vite-plugins.ts';
import type { Plugin } from 'vite';

const transformer = (plugin: Plugin) => (code: string, id: string) =>
	(plugin.transform as (code: string, id: string) => { code: string } | undefined)(code, id);
const SVELTIA = '/p/node_modules/@sveltia/cms/npm/index.js';

it('removes the CDN font declarations from Sveltia CMS, and touches nothing else', () => {
	const transform = transformer(withoutFontCdn());
	const css =
		"a{}\n  @font-face {font-family:'Noto Mono';src:url(https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2)\n      format('woff2');\n  }\n  @font-face {font-family:'Local';src:url(/x.woff2)}";
	expect(transform(css, SVELTIA)?.code).toBe("a{}\n  \n  @font-face {font-family:'Local';src:url(/x.woff2)}");
	expect(transform(css, '/p/src/client/other.ts')).toBeUndefined();
});

it('gives every code-block language an empty grammar of its own name, in place of its lazy chunk', async () => {
	const transform = transformer(withPlainCodeBlocks());
	const code =
		'const langs={ahk:()=>u(()=>import(`@shikijs/langs/ahk`),[]),"c++":()=>import("@shikijs/langs/cpp"),theme:()=>import(`@shikijs/themes/github-light`)};';
	const out = transform(code, SVELTIA)!.code;
	expect(out).not.toContain('@shikijs/langs/');
	expect(out).toContain('import(`@shikijs/themes/github-light`)');
	const grammar = await new Function(`return ${/Promise\.resolve\(\{default:\[.*?\]\}\)/.exec(out)![0]}`)();
	expect(grammar).toEqual({ default: [{ name: 'ahk', scopeName: 'source.ahk', patterns: [], repository: {} }] });
	expect(out).toContain('"name":"cpp"');
	expect(transform(code, '/p/src/client/other.ts')).toBeUndefined();
});

it('makes the app ask no status page and no image host: the status is read from an empty answer, the avatar left out', () => {
	const transform = transformer(withoutThirdPartyRequests());
	const code =
		'Lye=`https://www.githubstatus.com/`,Rye=`https://www.githubstatus.com/api/v2/status.json`,Nbe=`https://status-api.hostedstatus.com/1.0/status/5b36dc6502d06804c08349f7`,u={avatarURL:i.avatar_url,profileURL:i[r.profileURL]}';
	expect(transform(code, SVELTIA)?.code).toBe(
		'Lye=`https://www.githubstatus.com/`,Rye=`data:application/json,{}`,Nbe=`data:application/json,{}`,u={avatarURL:void 0,profileURL:i[r.profileURL]}',
	);
	expect(transform(code, '/p/src/client/other.ts')).toBeUndefined();
	expect(transform('const a=1', SVELTIA)).toBeUndefined();
});

it("adds the strings the app's Swedish translation lacks, and ours replace those it left in English", () => {
	expect(
		withStrings({ save: 'Spara', token: 'Access Token', a: { b: 'B' } }, { token: 'Åtkomsttoken', show_errors: 'Visa fel', a: { c: 'C' } }),
	).toEqual({ save: 'Spara', token: 'Åtkomsttoken', show_errors: 'Visa fel', a: { b: 'B', c: 'C' } });
});

it("src/cms/sv-extra.json gives Swedish for every string of the app's English that its Swedish lacks", () => {
	const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
	const keys = (strings: Record<string, unknown>, prefix = ''): string[] =>
		Object.entries(strings).flatMap(([key, value]) =>
			typeof value === 'object' ? keys(value as Record<string, unknown>, `${prefix}${key}.`) : [`${prefix}${key}`],
		);
	const swedish = new Set(keys(withStrings(read('node_modules/@sveltia/cms/locales/sv.json'), read('src/cms/sv-extra.json'))));
	expect(keys(read('node_modules/@sveltia/cms/locales/en-US.json')).filter((key) => !swedish.has(key))).toEqual([]);
});
