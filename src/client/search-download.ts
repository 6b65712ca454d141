/**
 * The search page's "Ladda ner träffarna (CSV)": every hit of the current search, not only those
 * shown, as a CSV for Excel made of the lines the build wrote for each shard (views/slices.ts
 * searchRows). Pure, so it is tested without a browser.
 */
export interface ShardRows {
	/** The header line, CRLF included. */
	header: string;
	/** Project page path → its line, CRLF included. */
	rows: Record<string, string>;
}

/** The CSV of some hits, in their order: BOM, header, one line per hit; a hit no shard has a line for is an error, never left out. */
export function hitsCsv(shards: readonly ShardRows[], hits: readonly string[]): string {
	if (shards.length === 0) throw new Error('no rows to make the file from');
	const lines = hits.map((url) => {
		const line = shards.find((s) => url in s.rows)?.rows[url];
		if (line === undefined) throw new Error(`no row for ${url}`);
		return line;
	});
	return `\uFEFF${shards[0]!.header}${lines.join('')}`;
}

/** "projekt-solel-norrbottens-lan.csv": the file's name says what the search was. */
export function downloadName(what: readonly string[]): string {
	const words = what
		.join(' ')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 60);
	return `projekt${words ? `-${words}` : ''}.csv`;
}
