/**
 * The page of one municipality, county, deciding region or fund: its projects as a sortable,
 * paginated list, honest totals, and charts on the first page.
 */
import { defaultSortOrder } from '../domain/listing.ts';
import type { Measures } from '../domain/measures.ts';
import type { PlaceMeasures } from '../domain/places.ts';
import { countyOf } from '../domain/registry.ts';
import { urls } from '../urls.ts';
import type { Bank } from './bank.ts';
import { loadBank } from './collection.ts';
import { chartFigure, facetCharts, type ChartFigureModel } from './charts.ts';
import { countyFacets, fundFacets, municipalityFacets, regionFacets, type Facet, type FacetKind } from './facets.ts';
import { breadcrumbs, type Crumb } from './layout.ts';
import { listingModels, type ListingModel } from './listing.ts';

export interface FacetPageModel {
	title: string;
	description: string;
	breadcrumbs: Crumb[];
	name: string;
	/** The sentence under the heading, with an optional link at its end. */
	lead: { text: string; link?: { href: string; label: string } | undefined };
	summary: {
		measures: Measures | PlaceMeasures;
		/** Completes "N projekt …", e.g. "som verkar i Umeå". */
		countLabel: string;
		/** Places show the even per-municipality share and its method. */
		place: boolean;
	};
	/** Undefined when the facet has no projects. */
	listing: ListingModel | undefined;
	/** Only on the first page of the default order. */
	charts: ChartFigureModel[];
}

interface FacetCopy {
	facet: Facet;
	parent: Crumb;
	lead: FacetPageModel['lead'];
	countLabel: string;
	place: boolean;
}

function copies(kind: FacetKind, bank: Bank): FacetCopy[] {
	switch (kind) {
		case 'kommun':
			return municipalityFacets(bank).map((facet) => {
				const county = countyOf(facet.municipality);
				return {
					facet,
					parent: { href: urls.municipalities, label: 'Kommuner' },
					lead: { text: 'Kommun i ', link: { href: urls.county(county), label: county.name } },
					countLabel: `som verkar i ${facet.name}`,
					place: true,
				};
			});
		case 'lan':
			return countyFacets(bank).map((facet) => ({
				facet,
				parent: { href: urls.counties, label: 'Län' },
				lead: { text: `Län med ${facet.county.shortName}s kommuner. Se även `, link: { href: urls.countyMunicipalities(facet.county), label: 'länets kommuner' } },
				countLabel: `som verkar i ${facet.name}`,
				place: true,
			}));
		case 'region':
			return regionFacets(bank).map((facet) => ({
				facet,
				parent: { href: urls.regions, label: 'Beslutande regioner' },
				lead: { text: 'Beslutande region. Se även regionens ', link: { href: urls.priorities, label: 'prioriteringar' } },
				countLabel: `beslutade av ${facet.name}`,
				place: false,
			}));
		case 'fond':
			return fundFacets(bank).map((facet) => ({
				facet,
				parent: { href: urls.funds, label: 'Fonder och anslag' },
				lead: { text: facet.description },
				countLabel: `med ${facet.name} som fond eller anslag`,
				place: false,
			}));
	}
}

/** Every page of every facet of a kind: params for `[slug]/[...rest]` and the page's model. */
export async function paths(kind: FacetKind) {
	const bank = await loadBank();
	return copies(kind, bank).flatMap(({ facet, parent, lead, countLabel, place }) => {
		const base = { name: facet.name, lead, summary: { measures: facet.measures, countLabel, place } };
		const trail = breadcrumbs(parent, { label: facet.name });
		const description = `Projekt med offentlig finansiering: ${facet.name}. ${facet.projects.length} projekt.`;
		if (facet.projects.length === 0) {
			const model: FacetPageModel = { ...base, title: facet.name, description, breadcrumbs: trail, listing: undefined, charts: [] };
			return [{ params: { slug: facet.slug, rest: undefined }, props: model }];
		}
		// Charts are computed once per facet and shown on its first page.
		const charts = facetCharts(facet.projects, bank, kind !== 'fond').map((spec) => chartFigure(spec));
		return listingModels(facet.projects, facet.path, `Projekt: ${facet.name}`).map((listing) => {
			const first = listing.order === defaultSortOrder && listing.page.pageNumber === 1;
			const model: FacetPageModel = {
				...base,
				title: first ? facet.name : `${facet.name}, ${listing.order.label}, sida ${listing.page.pageNumber}`,
				description,
				breadcrumbs: trail,
				listing,
				charts: first ? charts : [],
			};
			return { params: { slug: facet.slug, rest: listing.rest }, props: model };
		});
	});
}
