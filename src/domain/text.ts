/** Swedish names as the site compares, orders and addresses them. */

/** Lower case without diacritics, for comparing what people type: "Örnsköldsvik" → "ornskoldsvik". */
export function fold(text: string): string {
	return text.toLocaleLowerCase('sv').normalize('NFD').replace(/\p{M}/gu, '');
}

/** Stable, readable URL slugs from Swedish names: "Örnsköldsvik" → "ornskoldsvik". */
export function slugify(name: string): string {
	return fold(name)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
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
