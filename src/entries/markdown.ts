/**
 * Entries are data written by many hands; Astro's Markdown processor passes raw HTML through
 * untouched. So raw HTML and script links in an entry body are validation errors, not output.
 * One Sätteri plugin serves both the build (markdown.processor) and the pre-build validator.
 */
import { defineHastPlugin, defineMdastPlugin, markdownToHtml } from 'satteri';
import { slugify } from '../domain/text.ts';
import { quote } from '../schemas/errors.ts';

const SCRIPT_URL = /^\s*(?:javascript|vbscript|data):/i;

/**
 * An address on another site: a scheme ("https:"), or two slashes either way ("//host", "/\\host"),
 * which browsers read as another host. An image from there would be fetched by every reader's
 * browser, telling a third party who reads what; only the site's own images may be shown.
 */
const REMOTE_URL = /^\s*(?:[a-z][a-z0-9+.-]*:|[\\/]{2})/i;

export class UnsafeMarkdownError extends Error {
	/** The body's line (from 1) the problem is on, when the parser knows it. */
	readonly line: number | undefined;
	constructor(message: string, node: { position?: { start: { line: number } } | undefined }) {
		super(message);
		this.line = node.position?.start.line;
	}
}

const SCRIPT_LINK = 'Använd en vanlig webbadress som börjar med https://.';

export const rejectUnsafeMarkdown = defineMdastPlugin({
	name: 'reject-unsafe-markdown',
	options: { position: true },
	html(node) {
		throw new UnsafeMarkdownError(
			`texten innehåller HTML: ${quote(node.value.trim())}. Skriv texten som Markdown, utan HTML-taggar.`,
			node,
		);
	},
	link(node) {
		if (SCRIPT_URL.test(node.url)) throw new UnsafeMarkdownError(`länken ${quote(node.url)} är ingen webbadress. ${SCRIPT_LINK}`, node);
	},
	image(node) {
		if (SCRIPT_URL.test(node.url))
			throw new UnsafeMarkdownError(`bildens adress ${quote(node.url)} är ingen webbadress. ${SCRIPT_LINK}`, node);
		if (REMOTE_URL.test(node.url)) {
			throw new UnsafeMarkdownError(
				`bilden ${quote(node.url)} ligger på en annan webbplats, och varje läsares webbläsare skulle hämta den därifrån. Lägg bilden i public/ och skriv adressen från webbplatsens rot, t.ex. ![Karta över området](/bilder/karta.png), eller länka till den: [Karta över området](${node.url.trim()}).`,
				node,
			);
		}
	},
	imageReference(node) {
		throw new UnsafeMarkdownError(
			`bilden ![${node.alt ?? ''}][${node.label ?? node.identifier}] hämtar sin adress från en definition längre ned. Skriv adressen direkt i bilden, t.ex. ![Karta över området](/bilder/karta.png), så att den kan kontrolleras.`,
			node,
		);
	},
	definition(node) {
		if (SCRIPT_URL.test(node.url)) throw new UnsafeMarkdownError(`länken ${quote(node.url)} är ingen webbadress. ${SCRIPT_LINK}`, node);
	},
});

/** The problem with a body, or undefined when it is safe. */
export function unsafeMarkdownProblem(body: string): { message: string; line: number | undefined } | undefined {
	try {
		markdownToHtml(body, { mdastPlugins: [rejectUnsafeMarkdown] });
		return undefined;
	} catch (error) {
		if (error instanceof UnsafeMarkdownError) return { message: error.message, line: error.line };
		throw error;
	}
}

/**
 * An entry body is shown under the page's own "Sammanfattning" heading, so its headings start one
 * level down (## becomes <h3>), and their ids get a prefix so they never clash with the page's
 * section ids ("#beslut" is the decision history, "#text-beslut" a heading in the summary).
 */
export const nestEntryHeadings = defineMdastPlugin({
	name: 'nest-entry-headings',
	heading(node, ctx) {
		ctx.replaceNode(node, { ...node, depth: Math.min(6, node.depth + 1) as typeof node.depth });
	},
});

export const prefixHeadingIds = defineHastPlugin({
	name: 'prefix-heading-ids',
	element: {
		filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
		visit(node, ctx) {
			ctx.setProperty(node, 'id', `text-${slugify(ctx.textContent(node))}`);
		},
	},
});
