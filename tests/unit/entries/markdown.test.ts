import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { nestEntryHeadings, prefixHeadingIds, unsafeMarkdownProblem } from '../../../src/entries/markdown.ts';

describe('entry bodies', () => {
	it('may hold Markdown with web links', () => {
		expect(unsafeMarkdownProblem('Text med **fetstil** och [länk](https://example.se).\n\n## Beslut\n\n1. Punkt')).toBeUndefined();
	});

	it('may not hold raw HTML or script links', () => {
		expect(unsafeMarkdownProblem('Text <script>alert(1)</script>')).toMatchInlineSnapshot(`"expected Markdown without raw HTML, found "<script>""`);
		expect(unsafeMarkdownProblem('[x](javascript:alert(1))')).toMatchInlineSnapshot(`"expected a web link, found "javascript:alert(1)""`);
		expect(unsafeMarkdownProblem('![x](data:text/html,hej)')).toMatchInlineSnapshot(`"expected an image address, found "data:text/html,hej""`);
		expect(unsafeMarkdownProblem('[x][ref]\n\n[ref]: vbscript:msgbox')).toMatchInlineSnapshot(`"expected a web link, found "vbscript:msgbox""`);
	});

	it('start their headings under the page’s own and prefix their ids', () => {
		const html = markdownToHtml('## Beslut\n\n###### Sista', { mdastPlugins: [nestEntryHeadings], hastPlugins: [prefixHeadingIds] }).html;
		expect(html).toContain('<h3 id="text-beslut">Beslut</h3>');
		expect(html).toContain('<h6 id="text-sista">Sista</h6>');
	});
});
