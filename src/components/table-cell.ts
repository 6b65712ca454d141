/**
 * A table cell's content as HTML, escaped: Table.astro writes thousands of cells on a list page, and
 * a function is many times cheaper to render than a component per cell.
 */
import type { TableCell } from '../views/table.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export function cellHtml(cell: TableCell): string {
	const text = escapeHtml(cell.text);
	const main = cell.tag
		? `<span class="tag status-${escapeHtml(cell.tag.tone)}">${text}</span>`
		: cell.href
			? `<a href="${escapeHtml(cell.href)}">${text}</a>`
			: cell.datetime
				? `<time datetime="${escapeHtml(cell.datetime)}" class="nowrap">${text}</time>`
				: cell.muted
					? `<span class="muted">${text}</span>`
					: text;
	const suffixes = (cell.suffixes ?? []).map((s) => ` <span class="muted">${escapeHtml(s)}</span>`).join('');
	const note = cell.note ? `<br><a href="${escapeHtml(cell.note.href)}">${escapeHtml(cell.note.text)}</a>` : '';
	const details = (cell.details ?? []).map((d) => `<p class="muted">${escapeHtml(d)}</p>`).join('');
	return main + suffixes + note + details;
}
