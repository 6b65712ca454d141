/** Swedish names as the site compares, orders and addresses them. */

/** Lower case without diacritics, for comparing what people type: "Örnsköldsvik" → "ornskoldsvik". */
export function fold(text: string): string {
	return text.toLocaleLowerCase('sv').normalize('NFD').replace(/\p{M}/gu, '');
}

/** The longest slug: a path segment well inside file-name limits (255 bytes), and an address one can read. */
export const MAX_SLUG_LENGTH = 80;

/** The name's letters and digits a–z, 0–9, joined by hyphens; '' when it has none ("(okänd)" has, "🚀🚀" not). */
const slugWords = (name: string) =>
	fold(name)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

/** A short, stable hash (FNV-1a, 32 bits) in hex: pure, so the same in the build and the browser. */
function shortHash(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
	return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Whether a name makes a readable address: it has a letter or digit that folds to a–z or 0–9. */
export function hasSlugText(name: string): boolean {
	return slugWords(name) !== '';
}

/**
 * Stable, readable URL slugs from Swedish names: "Örnsköldsvik" → "ornskoldsvik". Never empty and
 * never longer than MAX_SLUG_LENGTH: a longer name is cut at a word and ends in a hash of the whole,
 * so two long names that begin alike keep apart; a name with nothing to spell ("🚀🚀") gets "namn-"
 * and a hash. Validation refuses such names where they would name a page (schemas/project.ts), so
 * that fallback is only ever a last line of defence.
 */
export function slugify(name: string): string {
	const words = slugWords(name);
	if (words === '') return `namn-${shortHash(fold(name.trim()))}`;
	if (words.length <= MAX_SLUG_LENGTH) return words;
	const head = words.slice(0, MAX_SLUG_LENGTH - 9);
	return `${head.includes('-') ? head.slice(0, head.lastIndexOf('-')) : head}-${shortHash(words)}`;
}

/** Swedish alphabetical order (å, ä, ö after z). */
export const swedishCollator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

export function bySwedishName<T>(name: (item: T) => string) {
	return (a: T, b: T) => swedishCollator.compare(name(a), name(b));
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
			diagonal = above;
		}
	}
	return row[b.length]!;
}

/**
 * The candidates closest to a misspelt name, for "did you mean" suggestions: compared folded (case
 * and accents aside), within a distance that grows with the length, the best ones in Swedish order.
 */
export function closestMatches(name: string, candidates: readonly string[], limit = 3): string[] {
	const wanted = fold(name.trim());
	const scored = candidates
		.map((candidate) => ({ name: candidate, distance: editDistance(fold(candidate), wanted) }))
		.filter((c) => c.distance <= Math.max(2, Math.floor(wanted.length / 3)));
	const best = Math.min(...scored.map((c) => c.distance));
	return scored
		.filter((c) => c.distance === best)
		.sort((a, b) => swedishCollator.compare(a.name, b.name))
		.slice(0, limit)
		.map((c) => c.name);
}
