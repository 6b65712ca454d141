/**
 * The page of one municipality, county, decider or fund: its projects as a sortable,
 * paginated list, figures that say what they count, and charts on the first page. A municipality
 * page also shows its county's county-level projects (apart, never in its sums) and what the
 * municipality itself put into projects.
 */
import { defaultSortOrder, searchOrders, sortProjects, type SortOrder } from '../domain/listing.ts';
import { measure } from '../domain/measures.ts';
import { organisationMoney } from '../domain/organisations.ts';
import { coverageOf } from '../domain/places.ts';
import type { ProjectEntry } from '../domain/project.ts';
import { findCounty, municipalitiesIn, type County } from '../domain/registry.ts';
import { counted, countProjects, formatKronor, listAnd, notGrantedClause } from '../format.ts';
import { deciderKindLabels, fundKindLabels, type DeciderConfig } from '../schemas/site.ts';
import { urls, type SearchParams } from '../urls.ts';
import { sourceDates, type Bank } from './bank.ts';
import { cacheKey } from './cache-key.ts';
import { chartFigure, facetCharts, type ChartFigureModel } from './charts.ts';
import { loadBank } from './collection.ts';
import {
	countyFacets,
	fundFacets,
	municipalityFacets,
	deciderFacets,
	type Facet,
	type FacetKind,
	type MunicipalityFacet,
} from './facets.ts';
import { downloads, type Downloads } from './downloads.ts';
import { embedSnippet, placeEmbedHeight, type EmbedSnippet } from './embed.ts';
import { hasFeed } from './feeds.ts';
import { hasChangeFeed } from './history.ts';
import { breadcrumbs, type Alternate, type Crumb } from './layout.ts';
import { listingModels, type ListingModel } from './listing.ts';
import { grantedInWords, measureStats, type Stat } from './measures.ts';
import type { TableModel } from './table.ts';
import { projectTable } from './tables.ts';

/** How many of a county's county-level projects a municipality page lists before it links on. */
export const COUNTY_LEVEL_SHOWN = 20;

export interface FacetPageModel {
	title: string;
	description: string;
	breadcrumbs: Crumb[];
	name: string;
	/** The sentence under the heading, with an optional link at its end. */
	lead: { text: string; link?: { href: string; label: string } | undefined };
	stats: Stat[];
	/** Places show how the even share is counted. */
	place: boolean;
	/** A place page: how its projects for the whole country count in its figures, where it has any. */
	nationwide: string | undefined;
	/** Undefined when the facet has no projects. */
	listing: ListingModel | undefined;
	/** What the page says in place of a list when it has no project. */
	empty: string;
	/** Only on the first page of the default order. */
	charts: ChartFigureModel[];
	/** A municipality page: its county's county-level projects, not counted in its figures. */
	countyLevel: { heading: string; text: string; table: TableModel; more: { href: string; label: string } | undefined } | undefined;
	/** A municipality page: the municipality as a financier of projects. */
	asFinancier: { heading: string; text: string; link: { href: string; label: string } } | undefined;
	/** A county page: its municipalities, each with the number of projects that name it. */
	municipalities: { name: string; href: string; count: string }[] | undefined;
	/** Municipality and county pages: the compare page with this place chosen. */
	compare: { href: string; label: string } | undefined;
	/** Municipality and county pages: the <iframe> that shows the place's figures on another site. */
	embed: EmbedSnippet | undefined;
	/** Its projects as files (where it has any) and its decisions as a feed. */
	downloads: Downloads;
	alternates: Alternate[];
}

interface FacetCopy {
	facet: Facet;
	parent: Crumb;
	lead: FacetPageModel['lead'];
	countLabel: string;
	/** "Banken har inga projekt som …" when the facet has none. */
	empty: string;
	place: boolean;
	/** Only on the first page: sections about the place beyond its list. */
	extras?: Partial<Pick<FacetPageModel, 'countyLevel' | 'asFinancier' | 'municipalities'>>;
	/** A county's list marks its county-level projects. */
	county?: County;
	/** The search filter that finds the facet's projects, for the orders the page does not pre-render. */
	filter: SearchParams;
	compare?: FacetPageModel['compare'];
	embed?: FacetPageModel['embed'];
}

function municipalityExtras(facet: MunicipalityFacet, bank: Bank): Pick<FacetPageModel, 'countyLevel' | 'asFinancier'> {
	const countyLevel = sortProjects(facet.countyLevel, defaultSortOrder);
	const shown = countyLevel.slice(0, COUNTY_LEVEL_SHOWN);
	const org = facet.organisation;
	const money = org && organisationMoney(org);
	return {
		countyLevel: countyLevel.length
			? {
					heading: `Projekt för hela ${facet.county.name}`,
					text: `${countProjects(countyLevel.length)} verkar i ${facet.county.name} utan att källan namnger några kommuner. De kan röra ${facet.name} men räknas inte i siffrorna ovan.`,
					table: projectTable(shown, `Projekt på länsnivå i ${facet.county.name}`, { names: bank.displayNames }),
					more:
						countyLevel.length > shown.length
							? { href: urls.county(facet.county), label: `Alla ${countProjects(countyLevel.length)} på länsnivå på länets sida` }
							: undefined,
				}
			: undefined,
		asFinancier:
			org && money
				? {
						heading: org.coFinanced.length ? `${org.name} som finansiär` : `${org.name} som projektägare`,
						text: [
							money.coFinancedGranted
								? `har satt ${formatKronor(money.coFinancingGranted)} i ${countProjects(money.coFinancedGranted)} som beviljats, enligt projektens finansieringstabeller`
								: '',
							money.coFinancedApplied
								? `finns med i ${countProjects(money.coFinancedApplied)} ${notGrantedClause(money.coFinancedApplied)} (${formatKronor(money.coFinancingApplied)}, inte beviljat)`
								: '',
							org.coFinanced.length ? '' : 'finns inte i någon finansieringstabell i banken',
						]
							.filter(Boolean)
							.join(', och ')
							.replace(/^/, `${org.name} `)
							.concat(org.owned.length ? `. Kommunen äger själv ${countProjects(org.owned.length)}.` : '.'),
						link: { href: urls.organisation(org.key), label: `Allt om ${org.name} som projektägare och finansiär` },
					}
				: undefined,
	};
}

const capitalised = (text: string) => `${text[0]!.toLocaleUpperCase('sv')}${text.slice(1)}`;

/**
 * A place's projects for the whole country, in words: they count in full in its figures (as in
 * every place's), and with one equal part each in the even share.
 */
export function nationwideNote(projects: readonly ProjectEntry[]): string | undefined {
	const nationwide = projects.filter((p) => coverageOf(p.data).wholeCountry);
	if (nationwide.length === 0) return undefined;
	const m = measure(nationwide);
	const money = m.granted ? `, ${grantedInWords(m)} beviljat,` : '';
	return `${countProjects(nationwide.length)} av dem verkar i hela Sverige. ${nationwide.length === 1 ? 'Det räknas' : 'De räknas'}${money} med hela sitt belopp i siffrorna ovan, som i varje kommun och län, men i den beräknade jämna andelen bara med en lika del per plats som källan namnger (1/290 per kommun där alla kommuner namnges).`;
}

/** What the body is and what it decides for, in the settings' words: "Region som beslutar för Västerbottens län." */
export function deciderLead(decider: DeciderConfig, organisationPage?: string): FacetPageModel['lead'] {
	const kind = deciderKindLabels[decider.kind];
	const counties = decider.counties.map((code) => findCounty(code)?.name ?? code);
	const remit = decider.national ? ' som beslutar för hela landet' : counties.length ? ` som beslutar för ${listAnd(counties)}` : '';
	const text = `${capitalised(kind)}${remit}.`;
	if (decider.priorities.length) return { text: `${text} Se även organets `, link: { href: urls.priorities, label: 'prioriteringar' } };
	// A body that finances or owns projects it did not decide (Tillväxtverket's ERUF money in a region's decisions) has those on its organisation page.
	return organisationPage
		? {
				text: `${text} Projekt där ${decider.name} finansierar eller äger utan att ha beslutat står på `,
				link: { href: organisationPage, label: 'organisationens sida' },
			}
		: { text };
}

function copies(kind: FacetKind, bank: Bank): FacetCopy[] {
	switch (kind) {
		case 'kommun':
			return municipalityFacets(bank).map((facet) => ({
				facet,
				parent: { href: urls.municipalities, label: 'Kommuner' },
				lead: { text: 'Kommun i ', link: { href: urls.county(facet.county), label: facet.county.name } },
				countLabel: `som verkar i ${facet.name}`,
				empty: `Banken har inga projekt som namnger ${facet.name} än.`,
				place: true,
				extras: municipalityExtras(facet, bank),
				filter: { kommun: facet.name },
				compare: { href: urls.compare('kommun', [facet.name]), label: 'Jämför med en annan kommun' },
				embed: embedSnippet(facet.path, `Projekt i ${facet.name} – ${bank.config.name}`, bank.config.baseUrl, placeEmbedHeight(facet)),
			}));
		case 'lan':
			return countyFacets(bank).map((facet) => ({
				facet,
				parent: { href: urls.counties, label: 'Län' },
				lead: {
					text: `Län med ${counted(municipalitiesIn(facet.county).length, 'kommun', 'kommuner')}. Se även `,
					link: { href: `${facet.path}#kommuner`, label: 'länets kommuner' },
				},
				extras: {
					municipalities: municipalitiesIn(facet.county).map((m) => {
						const count = bank.byMunicipality.get(m.code)?.length ?? 0;
						return { name: m.name, href: urls.municipality(m), count: count ? countProjects(count) : 'inga projekt som namnger kommunen' };
					}),
				},
				countLabel:
					`som verkar i ${facet.name}` +
					(facet.countyLevel.length ? ` (${facet.countyLevel.length} av dem på länsnivå, utan namngivna kommuner)` : ''),
				empty: `Banken har inga projekt som namnger ${facet.name} eller någon av dess kommuner än.`,
				place: true,
				county: facet.county,
				filter: { lan: facet.name },
				compare: { href: urls.compare('lan', [facet.name]), label: 'Jämför med ett annat län' },
				embed: embedSnippet(facet.path, `Projekt i ${facet.name} – ${bank.config.name}`, bank.config.baseUrl, placeEmbedHeight(facet)),
			}));
		case 'beslutande':
			return deciderFacets(bank).map((facet) => {
				const decider = bank.config.deciders.find((d) => d.name === facet.name)!;
				const organisation = bank.organisations.find((o) => o.key === facet.slug && (o.owned.length > 0 || o.coFinanced.length > 0));
				return {
					facet,
					parent: { href: urls.deciders, label: 'Beslutande organ' },
					lead: deciderLead(decider, organisation && urls.organisation(organisation.key)),
					countLabel: `beslutade av eller sökta hos ${facet.name}`,
					empty: `Banken har inga projekt som ${facet.name} har beslutat om eller har att avgöra än.`,
					place: false,
					filter: { beslutande: facet.name },
				};
			});
		case 'fond':
			return fundFacets(bank).map((facet) => ({
				facet,
				parent: { href: urls.funds, label: 'Fonder och anslag' },
				lead: { text: `${capitalised(fundKindLabels[facet.fundKind])}. ${facet.description}` },
				countLabel: `med ${facet.name} som fond eller anslag`,
				empty: `Banken har inga projekt med ${facet.name} som fond eller anslag än.`,
				place: false,
				filter: { fond: facet.name },
			}));
	}
}

/** Every page of every facet of a kind: params for `[slug]/[...rest]` and the page's model. */
export async function paths(kind: FacetKind) {
	const bank = await loadBank();
	return copies(kind, bank).flatMap(({ facet, parent, lead, countLabel, empty, place, extras, county, filter, compare, embed }) => {
		const files = downloads(facet.name, facet.path, facet.projects.length > 0, {
			decisions: hasFeed(facet.projects, sourceDates(bank)) ? urls.feed(facet.path) : undefined,
			changes: hasChangeFeed(bank, facet.projects) ? urls.changesFeed(facet.path) : undefined,
		});
		const base = {
			name: facet.name,
			lead,
			empty,
			stats: measureStats(facet.measures, countLabel, bank.config.funds),
			place,
			nationwide: place ? nationwideNote(facet.projects) : undefined,
			compare,
			embed,
			downloads: files,
			alternates: files.alternates,
		};
		const trail = breadcrumbs(parent, { label: facet.name });
		const description = `Projekt med offentlig finansiering: ${facet.name}. ${countProjects(facet.projects.length)}.`;
		const firstPageExtras = { countyLevel: extras?.countyLevel, asFinancier: extras?.asFinancier, municipalities: extras?.municipalities };
		if (facet.projects.length === 0) {
			const model: FacetPageModel = {
				...base,
				...firstPageExtras,
				title: facet.name,
				description,
				breadcrumbs: trail,
				listing: undefined,
				charts: [],
			};
			return [{ params: { slug: facet.slug, rest: undefined }, props: model, cacheKey: cacheKey(model) }];
		}
		// Charts are computed once per facet and shown on its first page.
		const charts = facetCharts(facet.projects, bank, kind !== 'fond').map((spec) => chartFigure(spec));
		// One order pre-rendered, the default; the others are the search page's, with this facet's filter.
		const inSearch = (order: SortOrder) => (searchOrders.includes(order) ? urls.search({ ...filter, sortera: order.slug }) : undefined);
		return listingModels(
			facet.projects,
			facet.path,
			`Projekt: ${facet.name}`,
			[defaultSortOrder],
			{ names: bank.displayNames, county },
			inSearch,
		).map((listing) => {
			const first = listing.order === defaultSortOrder && listing.page.pageNumber === 1;
			const model: FacetPageModel = {
				...base,
				title: first ? facet.name : `${facet.name}, ${listing.order.label}, sida ${listing.page.pageNumber}`,
				description,
				breadcrumbs: trail,
				listing,
				charts: first ? charts : [],
				countyLevel: first ? firstPageExtras.countyLevel : undefined,
				asFinancier: first ? firstPageExtras.asFinancier : undefined,
				municipalities: first ? firstPageExtras.municipalities : undefined,
			};
			return { params: { slug: facet.slug, rest: listing.rest }, props: model, cacheKey: cacheKey(model) };
		});
	});
}
