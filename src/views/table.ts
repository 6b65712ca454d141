/**
 * The model of every data table on the site, rendered by components/Table.astro in the manner of
 * GOV.UK Frontend's table: a caption, scoped column and row headers, numeric columns aligned, and a
 * labelled scroll region that says it scrolls. Cells hold text and links, never markup.
 */
export interface TableColumn {
	label: string;
	/** Right-aligned, tabular figures. */
	numeric?: boolean;
	/**
	 * A column that sorts the list: where its header leads (if anywhere), and whether it is the current
	 * order; `scripted` when it leads to the search page, which needs JavaScript: the header is a link
	 * only when scripts run, plain text otherwise (no link into a dead end).
	 */
	sort?: { href: string | undefined; label: string; state: 'ascending' | 'descending' | undefined; scripted?: boolean };
}

export interface TableCell {
	text: string;
	href?: string | undefined;
	/** ISO date: the text is wrapped in <time datetime>. */
	datetime?: string | undefined;
	/** Quieter text after the main text, e.g. "(bidrag i annat än pengar)". */
	suffixes?: string[];
	/** Quieter lines under the main text, e.g. the owner under a project's name. */
	details?: string[];
	/** A status tag instead of plain text. */
	tag?: { tone: string } | undefined;
	/** A link under the figure, e.g. to a correction. */
	note?: { text: string; href: string } | undefined;
	/** Quieter text, e.g. "anges ej". */
	muted?: boolean;
	/** The language of the text where it is not the page's: Swedish data on an English page. */
	lang?: string | undefined;
	/** The language of the details where it is not the page's. */
	detailsLang?: string | undefined;
	/** data-* attributes, e.g. { amount: "666030" } for the published figure. */
	data?: Record<string, string>;
}

export interface TableRow {
	/** The first cell is the row's header. */
	cells: TableCell[];
	className?: string | undefined;
}

export interface TableModel {
	caption: string;
	/** Id of the caption, for charts and regions that point at the table. */
	captionId?: string | undefined;
	columns: TableColumn[];
	rows: TableRow[];
	/** Sum rows, printed once at the end (tfoot). */
	foot?: TableRow[];
	className?: string | undefined;
}

export const cell = (text: string, extra: Omit<TableCell, 'text'> = {}): TableCell => ({ text, ...extra });
