/**
 * Entries are data written by many hands; Astro's Markdown processor passes raw HTML through
 * untouched. So raw HTML and script links in an entry body are validation errors, not output.
 * One Sätteri plugin serves both the build (markdown.processor) and the pre-build validator.
 */
import { defineMdastPlugin, markdownToHtml } from 'satteri';

const SCRIPT_URL = /^\s*(?:javascript|vbscript|data):/i;

export class UnsafeMarkdownError extends Error {}

export const rejectUnsafeMarkdown = defineMdastPlugin({
	name: 'reject-unsafe-markdown',
	html(node) {
		throw new UnsafeMarkdownError(`expected Markdown without raw HTML, found ${JSON.stringify(node.value.trim().slice(0, 80))}`);
	},
	link(node) {
		if (SCRIPT_URL.test(node.url)) throw new UnsafeMarkdownError(`expected a web link, found ${JSON.stringify(node.url)}`);
	},
	image(node) {
		if (SCRIPT_URL.test(node.url)) throw new UnsafeMarkdownError(`expected an image address, found ${JSON.stringify(node.url)}`);
	},
	definition(node) {
		if (SCRIPT_URL.test(node.url)) throw new UnsafeMarkdownError(`expected a web link, found ${JSON.stringify(node.url)}`);
	},
});

/** The problem with a body, or undefined when it is safe. */
export function unsafeMarkdownProblem(body: string): string | undefined {
	try {
		markdownToHtml(body, { mdastPlugins: [rejectUnsafeMarkdown] });
		return undefined;
	} catch (error) {
		if (error instanceof UnsafeMarkdownError) return error.message;
		throw error;
	}
}
