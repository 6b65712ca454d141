import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { nestEntryHeadings, prefixHeadingIds, unsafeMarkdownProblem } from '../../../src/entries/markdown.ts';

describe('entry bodies', () => {
	it('may hold Markdown with web links', () => {
		expect(unsafeMarkdownProblem('Text med **fetstil** och [länk](https://example.se).\n\n## Beslut\n\n1. Punkt')).toBeUndefined();
	});

	it('may not hold raw HTML or script links', () => {
		expect(unsafeMarkdownProblem('Första stycket.\n\nText <script>alert(1)</script>')).toMatchInlineSnapshot(`
			{
			  "line": 3,
			  "message": "texten innehåller HTML: "<script>". Skriv texten som Markdown, utan HTML-taggar.",
			}
		`);
		expect(unsafeMarkdownProblem('[x](javascript:alert(1))')).toMatchInlineSnapshot(`
			{
			  "line": 1,
			  "message": "länken "javascript:alert(1)" är ingen webbadress. Använd en vanlig webbadress som börjar med https://.",
			}
		`);
		expect(unsafeMarkdownProblem('![x](data:text/html,hej)')).toMatchInlineSnapshot(`
			{
			  "line": 1,
			  "message": "bildens adress "data:text/html,hej" är ingen webbadress. Använd en vanlig webbadress som börjar med https://.",
			}
		`);
		expect(unsafeMarkdownProblem('[x][ref]\n\n[ref]: vbscript:msgbox')).toMatchInlineSnapshot(`
			{
			  "line": 3,
			  "message": "länken "vbscript:msgbox" är ingen webbadress. Använd en vanlig webbadress som börjar med https://.",
			}
		`);
	});

	it('start their headings under the page’s own and prefix their ids', () => {
		const html = markdownToHtml('## Beslut\n\n###### Sista', { mdastPlugins: [nestEntryHeadings], hastPlugins: [prefixHeadingIds] }).html;
		expect(html).toContain('<h3 id="text-beslut">Beslut</h3>');
		expect(html).toContain('<h6 id="text-sista">Sista</h6>');
	});
});
