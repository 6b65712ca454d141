/**
 * What a query names. The search box takes words, but people type places, organisations and case
 * numbers: a query that is (or is one or two typos from) the name of a municipality, a county, an
 * organisation, a fund or a decider is searched as that name, by the filters that select exactly its
 * projects, so that its count is true; anything else is searched as words. Pure, so it is tested
 * without a browser (the search page fetches the names: client/project-search.ts).
 */
import { editDistance, fold } from '../domain/text.ts';
import type { NamedEntity } from './shard-search.ts';

/** The places the search page knows without a fetch: every municipality and county, with the county's short name ("Norrbotten"). */
export function placeEntities(
	municipalities: readonly string[],
	counties: readonly { name: string; shortName: string }[],
): Map<string, NamedEntity> {
	const places = new Map<string, NamedEntity>();
	for (const name of municipalities) places.set(fold(name), { name, filters: [['kommun', name]] });
	for (const county of counties) {
		const entity: NamedEntity = { name: county.name, filters: [['lan', county.name]] };
		places.set(fold(county.name), entity);
		if (!places.has(fold(county.shortName))) places.set(fold(county.shortName), entity);
	}
	return places;
}

export interface NameMatch {
	entity: NamedEntity;
	/** False when the query was a typo away from the name. */
	exact: boolean;
}

/** Typos allowed in a name: none below four letters, one up to seven, two from eight. */
export function allowedTypos(folded: string): number {
	return folded.length < 4 ? 0 : folded.length < 8 ? 1 : 2;
}

/**
 * The name a whole query names, case, accents and spacing aside; else the one name within the
 * typos allowed (the nearest, and none when two are equally near: a guess between them would mislead).
 */
export function matchName(query: string, names: ReadonlyMap<string, NamedEntity>): NameMatch | undefined {
	const folded = fold(query.trim().replace(/\s+/g, ' '));
	if (!folded) return undefined;
	const exact = names.get(folded);
	if (exact) return { entity: exact, exact: true };
	const allowed = allowedTypos(folded);
	let best: { entity: NamedEntity; distance: number; tie: boolean } | undefined;
	for (const [key, entity] of names) {
		if (Math.abs(key.length - folded.length) > allowed) continue;
		const distance = editDistance(key, folded);
		if (distance > allowed) continue;
		if (!best || distance < best.distance) best = { entity, distance, tie: false };
		else if (distance === best.distance && best.entity !== entity) best.tie = true;
	}
	return best && !best.tie ? { entity: best.entity, exact: false } : undefined;
}

const relations: Record<string, string> = {
	kommun: 'verkar i kommunen',
	lan: 'verkar i länet',
	agare: 'ägs av organisationen',
	finansiar: 'har organisationen som finansiär',
	fond: 'har pengar ur fonden',
	beslutande: 'beslutades av organisationen',
	organ: 'beslutades av organet',
	nummer: 'har det ärende-id eller diarienummer',
};

/** What a name's projects are, said once: "projekt som ägs av organisationen eller har organisationen som finansiär". */
export function whatNameSelects(entity: NamedEntity): string {
	const said = [...new Set(entity.filters.map(([filter]) => relations[filter] ?? filter))];
	return `projekt som ${said.join(' eller ')}`;
}

/**
 * The words of a query each hit must hold whole (searched one by one with Pagefind's exact search):
 * none for a phrase the reader quoted, which is exact already, and none that hold no letter or digit.
 */
export function wholeWords(term: string | null): string[] {
	if (!term || term.includes('"')) return [];
	return term.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word));
}

/**
 * What a typed filter (owner, financier) suggests as the reader types: the values of that filter
 * whose names begin as the typed text does, case and accents aside, in Swedish order, at most `max`.
 */
export function suggestedNames(names: ReadonlyMap<string, NamedEntity>, filter: string, typed: string, max = 20): string[] {
	const folded = fold(typed.trim().replace(/\s+/g, ' '));
	if (!folded) return [];
	const values = new Set<string>();
	for (const [key, entity] of names)
		if (key.startsWith(folded)) for (const [f, value] of entity.filters) if (f === filter) values.add(value);
	return [...values].sort((a, b) => a.localeCompare(b, 'sv')).slice(0, max);
}
