/**
 * A table cell's content as HTML, escaped: Table.astro writes thousands of cells on a list page, and
 * a function is many times cheaper to render than a component per cell.
 */
import type { TableCell } from '../views/table.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export function cellHtml(cell: TableCell): string {
	const text = escapeHtml(cell.text);
	// Text in another language than the page's (Swedish data on an English page) says so.
	const lang = cell.lang ? ` lang="${escapeHtml(cell.lang)}"` : '';
	const main = cell.tag
		? `<span class="tag status-${escapeHtml(cell.tag.tone)}"${lang}>${text}</span>`
		: cell.href
			? `<a href="${escapeHtml(cell.href)}"${lang}>${text}</a>`
			: cell.datetime
				? `<time datetime="${escapeHtml(cell.datetime)}" class="nowrap"${lang}>${text}</time>`
				: cell.muted
					? `<span class="muted"${lang}>${text}</span>`
					: lang
						? `<span${lang}>${text}</span>`
						: text;
	const suffixes = (cell.suffixes ?? []).map((s) => ` <span class="muted">${escapeHtml(s)}</span>`).join('');
	const note = cell.note ? `<br><a href="${escapeHtml(cell.note.href)}">${escapeHtml(cell.note.text)}</a>` : '';
	const detailsLang = cell.detailsLang ? ` lang="${escapeHtml(cell.detailsLang)}"` : '';
	const details = (cell.details ?? []).map((d) => `<p class="muted"${detailsLang}>${escapeHtml(d)}</p>`).join('');
	return main + suffixes + note + details;
}
