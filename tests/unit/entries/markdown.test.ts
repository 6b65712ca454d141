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

	it("may show only the site's own images, never one fetched from another site", () => {
		expect(unsafeMarkdownProblem('![Karta](/bilder/karta.png) och ![Logga](bilder/logga.svg)')).toBeUndefined();
		for (const url of [
			'https://example.se/spår.png',
			'http://example.se/a.png',
			'//example.se/a.png',
			'/\\example.se/a.png',
			' HTTPS://example.se/a.png',
			'ftp://example.se/a.png',
		]) {
			expect(unsafeMarkdownProblem(`Text.\n\n![Bild](${url})`)?.message, url).toMatch(/^bilden ".+" ligger på en annan webbplats/);
		}
		expect(unsafeMarkdownProblem('Text.\n\n![Bild](https://example.se/a.png)')).toMatchInlineSnapshot(`
			{
			  "line": 3,
			  "message": "bilden "https://example.se/a.png" ligger på en annan webbplats, och varje läsares webbläsare skulle hämta den därifrån. Lägg bilden i public/ och skriv adressen från webbplatsens rot, t.ex. ![Karta över området](/bilder/karta.png), eller länka till den: [Karta över området](https://example.se/a.png).",
			}
		`);
		expect(unsafeMarkdownProblem('![Bild][karta]\n\n[karta]: https://example.se/a.png')).toMatchInlineSnapshot(`
			{
			  "line": 1,
			  "message": "bilden ![Bild][karta] hämtar sin adress från en definition längre ned. Skriv adressen direkt i bilden, t.ex. ![Karta över området](/bilder/karta.png), så att den kan kontrolleras.",
			}
		`);
		// A link to an image on another site is fine: nothing is fetched until the reader follows it.
		expect(unsafeMarkdownProblem('[Bild](https://example.se/a.png)')).toBeUndefined();
	});

	it('start their headings under the page’s own and prefix their ids', () => {
		const html = markdownToHtml('## Beslut\n\n###### Sista', { mdastPlugins: [nestEntryHeadings], hastPlugins: [prefixHeadingIds] }).html;
		expect(html).toContain('<h3 id="text-beslut">Beslut</h3>');
		expect(html).toContain('<h6 id="text-sista">Sista</h6>');
	});
});
