/** Stable, readable URL slugs from Swedish names: "Örnsköldsvik" → "ornskoldsvik". */
export function slugify(name: string): string {
	return name
		.toLocaleLowerCase('sv')
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/** Swedish alphabetical order (å, ä, ö after z). */
export const swedishCollator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

export function bySwedishName<T>(name: (item: T) => string) {
	return (a: T, b: T) => swedishCollator.compare(name(a), name(b));
}
