/**
 * The comparison's sections as HTML: the compare page writes the default pair with it at build time
 * and <compare-places> writes the reader's choice with it, so both are the same markup. Its tables
 * are those of Table.astro (caption, scoped headers, numeric columns, a labelled scroll region).
 */
import type { ComparisonModel } from '../views/comparison.ts';
import type { TableModel } from '../views/table.ts';
import { cellHtml, escapeHtml } from './table-cell.ts';

export function tableHtml(table: TableModel): string {
	const id = escapeHtml(table.captionId!);
	const hint = table.columns.length >= 3 ? `${id}-rulla` : undefined;
	const head = table.columns.map((c) => `<th scope="col"${c.numeric ? ' class="num"' : ''}>${escapeHtml(c.label)}</th>`).join('');
	const body = table.rows
		.map((row) => `<tr>${row.cells.map((c, i) => (i === 0 ? `<th scope="row">${cellHtml(c)}</th>` : `<td${table.columns[i]?.numeric ? ' class="num"' : ''}>${cellHtml(c)}</td>`)).join('')}</tr>`)
		.join('');
	return (
		`<div class="table-scroll" role="region" aria-labelledby="${id}"${hint ? ` aria-describedby="${hint}"` : ''} tabindex="0">` +
		`<table${table.className ? ` class="${escapeHtml(table.className)}"` : ''}><caption id="${id}">${escapeHtml(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>` +
		(hint ? `<p class="scroll-hint" id="${hint}">Tabellen kan rullas i sidled.</p>` : '')
	);
}

export function comparisonHtml(model: ComparisonModel): string {
	const links = model.places.map((p) => `<li><a href="${escapeHtml(p.href)}">${escapeHtml(p.name)}</a></li>`).join('');
	const sections = model.sections
		.map((s) => `<section aria-labelledby="${escapeHtml(s.id)}"><h3 id="${escapeHtml(s.id)}">${escapeHtml(s.heading)}</h3><p class="prose">${escapeHtml(s.text)}</p>${tableHtml(s.table)}</section>`)
		.join('');
	return `<h2 id="jamforelse" tabindex="-1">${escapeHtml(model.heading)}</h2><p>Varje plats egen sida, med projekten och metoden:</p><ul class="inline-list">${links}</ul>${sections}`;
}
