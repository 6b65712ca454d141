/**
 * Data quality: what in an entry's text looks like a fault of the export rather than what the
 * source meant. These are warnings, never errors: the entry publishes what the source says, and
 * `npm run validate`, the import's summary and the public page /data/kvalitet/ show the doubt.
 */

export const qualityKinds = ['lost-character', 'placeholder', 'cut-at-limit'] as const;
export type QualityKind = (typeof qualityKinds)[number];

/** What each kind means, in Swedish, for the page and the messages. */
export const qualityKindLabels: Record<QualityKind, string> = {
	'lost-character': 'Tecken som gått förlorade',
	placeholder: 'Platshållare i stället för sammanfattning',
	'cut-at-limit': 'Texten avbruten vid exportens gräns',
};

/** The entry fields the rules read, with their Swedish names ("where" on the page). */
export const qualityFieldLabels = { title: 'Projektnamn', owner: 'Projektägare', summary: 'Sammanfattning' } as const;
export type QualityField = keyof typeof qualityFieldLabels;

export interface QualityWarning {
	kind: QualityKind;
	field: QualityField;
	/** What was found, in Swedish, with the words or figures that show it. */
	message: string;
}

/**
 * "¿" inside a word ("n¿ringsliv"), where an export replaced a letter it could not encode, and
 * "�", the replacement character a decoder writes for bytes it could not read. A "¿" that opens a
 * Spanish question ("¿Qué?") stands before a word, not in one, and is not reported.
 */
export function lostCharacters(text: string): string[] {
	const words = new Set<string>();
	for (const match of text.matchAll(/[\p{L}\p{N}¿\uFFFD-]*(?:\p{L}¿|\uFFFD)[\p{L}\p{N}¿\uFFFD-]*/gu)) words.add(match[0]);
	return [...words];
}

/** Texts exports write where a project has no summary. */
export const PLACEHOLDERS = [
	'ej aktuellt',
	'se underlag för prioritering',
	'saknas',
	'ingen beskrivning',
	'se bilaga',
	'se ansökan',
	'uppgift saknas',
	'-',
	'.',
];

/** A summary shorter than this says too little to be one (the shortest shipped summary is far longer). */
export const SHORT_SUMMARY = 40;

/** A text on one line, cut short: what a message quotes. */
const shown = (text: string, length = 60) => {
	const line = text.trim().replace(/\s+/g, ' ');
	return line.length > length ? `${line.slice(0, length - 1)}…` : line;
};

/** Why the summary is no summary: a known placeholder, or too short; undefined for a summary. */
export function placeholderSummary(text: string): string | undefined {
	const plain = text
		.trim()
		.replace(/[.!\s]+$/, '')
		.toLocaleLowerCase('sv');
	if (PLACEHOLDERS.includes(plain) || plain === '') return `sammanfattningen är bara ”${shown(text)}”`;
	const length = [...text.trim()].length;
	if (length < SHORT_SUMMARY) return `sammanfattningen är bara ${length} tecken lång: ”${shown(text)}”`;
	return undefined;
}

/** Field sizes exports cut text at (database columns of 255, 1 000, 2 000, 4 000 characters, and one less). */
export const EXPORT_LIMITS = [255, 256, 999, 1000, 1023, 1024, 1999, 2000, 2047, 2048, 3999, 4000, 4095, 4096, 7999, 8000];

/**
 * A text exactly as long as an export's field limit that ends inside a word or sentence (a letter,
 * digit or comma, no closing punctuation): most likely cut by the export, not ended by its author.
 */
export function cutAtLimit(text: string): number | undefined {
	const length = text.length;
	if (!EXPORT_LIMITS.includes(length)) return undefined;
	return /[\p{L}\p{N},;:-]$/u.test(text) ? length : undefined;
}

const words = (list: readonly string[]) => list.map((w) => `”${w}”`).join(', ');

/** Every warning for a project's texts: its name, owner and summary. */
export function qualityWarnings(project: { title: string; owner?: { name: string } | undefined }, summary: string): QualityWarning[] {
	const warnings: QualityWarning[] = [];
	const texts: [QualityField, string | undefined][] = [
		['title', project.title],
		['owner', project.owner?.name],
		['summary', summary],
	];
	for (const [field, text] of texts) {
		if (text === undefined) continue;
		const lost = lostCharacters(text);
		if (lost.length > 0)
			warnings.push({
				kind: 'lost-character',
				field,
				message: `${lost.length === 1 ? 'ordet' : 'orden'} ${words(lost.slice(0, 5))}${lost.length > 5 ? ` och ${lost.length - 5} till` : ''} har ett tecken som gått förlorat i exporten (”¿” eller ”�” i stället för en bokstav)`,
			});
	}
	const placeholder = placeholderSummary(summary);
	if (placeholder) warnings.push({ kind: 'placeholder', field: 'summary', message: placeholder });
	const cut = cutAtLimit(summary.trim());
	if (cut !== undefined)
		warnings.push({
			kind: 'cut-at-limit',
			field: 'summary',
			message: `sammanfattningen är exakt ${cut.toLocaleString('sv-SE').replace(/\s/g, ' ')} tecken och slutar mitt i en mening (”…${shown(summary.trim().slice(-30))}”): troligen avbruten vid exportens gräns`,
		});
	return warnings;
}
