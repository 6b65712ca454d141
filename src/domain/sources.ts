/** Which source document a project cites, and where in its text the cited passage lies. */

/**
 * The line (from 1) where a passage begins in a document's text: the first line that starts with the
 * passage's first part ("§ 36" in "§ 36; Beslut"), or failing that contains it, or failing that
 * contains its case number ("Ärende-id 20372556" → "20372556"). Undefined when it is not there: a
 * reader is then sent to the top of the text rather than to a guess.
 */
export function passageLine(text: string, passage: string): number | undefined {
	const first = passage.split(';')[0]!.trim();
	if (!first) return undefined;
	const lines = text.split(/\r?\n/).map((line) => line.replace(/\s+/g, ' ').trim());
	const needles = [first, ...(/\d{6,}/.exec(first) ?? [])];
	for (const needle of needles) {
		const starts = lines.findIndex((line) => line === needle || line.startsWith(`${needle} `));
		if (starts >= 0) return starts + 1;
		const contains = lines.findIndex((line) => line.includes(needle));
		if (contains >= 0) return contains + 1;
	}
	return undefined;
}
