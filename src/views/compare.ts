/**
 * The compare page (/jamfor/) and the per-place files its script reads: every municipality's and
 * county's figures prepared once at build time with the measures of their own pages (the even
 * share of views/facets.ts), split by fund, priority area and decision year.
 */
import { measurePlaceBy } from '../domain/comparison.ts';
import { decisionYear } from '../domain/decisions.ts';
import { countyShare, municipalityShare } from '../domain/places.ts';
import { NO_PRIORITY_LABEL, priorityLabel } from '../domain/priorities.ts';
import type { ProjectData } from '../domain/project.ts';
import { bySwedishName } from '../domain/text.ts';
import { urls } from '../urls.ts';
import type { Bank } from './bank.ts';
import { UNDATED_YEAR_LABEL } from './charts.ts';
import { loadBank } from './collection.ts';
import { comparisonModel, kindNouns, type ComparedCategory, type ComparedKind, type ComparedPlace } from '../client/comparison.ts';
import { countyFacets, municipalityFacets, NO_FUND_LABEL, type PlaceFacet } from './facets.ts';
import { breadcrumbs } from './layout.ts';

const fundOf = (p: ProjectData) => p.fund ?? NO_FUND_LABEL;
const priorityOf = (p: ProjectData) =>
	`${p.decider}: ${p.priority ? priorityLabel(p.priority) : NO_PRIORITY_LABEL.toLocaleLowerCase('sv')}`;
const yearOf = (p: ProjectData) => decisionYear(p) ?? UNDATED_YEAR_LABEL;

/** A place's figures for comparison: all its projects, and its granted ones by category. */
export function comparedPlace(kind: ComparedKind, facet: PlaceFacet, shareHere: (p: ProjectData) => number): ComparedPlace {
	const granted = facet.projects.filter((p) => p.data.status === 'granted');
	const split = (categoryOf: (p: ProjectData) => string, unstated: string): ComparedCategory[] =>
		measurePlaceBy(granted, shareHere, categoryOf).map((c) => ({ ...c, unstated: c.category === unstated }));
	return {
		kind,
		name: facet.name,
		path: facet.path,
		measures: facet.measures,
		byFund: split(fundOf, NO_FUND_LABEL),
		byPriority: split(priorityOf, ''),
		byYear: split(yearOf, UNDATED_YEAR_LABEL),
	};
}

interface PlaceFile {
	kind: ComparedKind;
	slug: string;
	name: string;
	place: ComparedPlace;
}

/** Every municipality and county with its figures, in Swedish alphabetical order within each kind. */
function placeFiles(bank: Bank): PlaceFile[] {
	const municipalities = municipalityFacets(bank).map((f) => ({
		kind: 'kommun' as const,
		slug: f.slug,
		name: f.name,
		place: comparedPlace('kommun', f, (p) => municipalityShare(p, f.municipality)),
	}));
	const counties = countyFacets(bank).map((f) => ({
		kind: 'lan' as const,
		slug: f.slug,
		name: f.name,
		place: comparedPlace('lan', f, (p) => countyShare(p, f.county)),
	}));
	return [...municipalities.sort(bySwedishName((f) => f.name)), ...counties.sort(bySwedishName((f) => f.name))];
}

/** Params and content of /jamfor/<kind>/<slug>.json. */
export async function placeFilePaths() {
	const bank = await loadBank();
	return placeFiles(bank).map((f) => ({ params: { kind: f.kind, slug: f.slug }, props: { content: JSON.stringify(f.place) } }));
}

/** The pair shown without a choice: the two municipalities with most projects (ties by name). */
export function defaultPair(places: readonly ComparedPlace[]): ComparedPlace[] {
	return places
		.filter((p) => p.kind === 'kommun')
		.sort((a, b) => b.measures.projects - a.measures.projects || a.name.localeCompare(b.name, 'sv'))
		.slice(0, 2);
}

/** How many places one comparison holds. */
export const MAX_COMPARED = 4;

export async function comparePage() {
	const bank = await loadBank();
	const files = placeFiles(bank);
	const pair = defaultPair(files.map((f) => f.place));
	const options = (kind: ComparedKind) =>
		files.filter((f) => f.kind === kind).map((f) => ({ name: f.name, src: urls.compareData(kind, f.slug) }));
	const form = (kind: ComparedKind, chosen: string[]) => ({
		kind,
		legend: `Jämför ${kindNouns[kind].many}`,
		noun: kindNouns[kind].one,
		options: options(kind),
		selects: Array.from({ length: MAX_COMPARED }, (_, i) => ({
			id: `${kind}-${i + 1}`,
			label: `${kindNouns[kind].one[0]!.toLocaleUpperCase('sv')}${kindNouns[kind].one.slice(1)} ${i + 1}`,
			selected: chosen[i] ?? '',
		})),
	});
	return {
		title: 'Jämför kommuner och län',
		description:
			'Jämför beviljade pengar och projekt i två till fyra kommuner eller län, sida vid sida: per fond, prioriterat område och beslutsår.',
		breadcrumbs: breadcrumbs({ label: 'Jämför' }),
		forms: [
			form(
				'kommun',
				pair.map((p) => p.name),
			),
			form('lan', []),
		],
		comparison: comparisonModel(pair),
		defaultNames: pair.map((p) => p.name),
	};
}
