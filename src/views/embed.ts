/**
 * Embeds: small pages meant for another site's <iframe> (/inbaddning/…): a municipality's or
 * county's headline figures and its money by decision year as a table, or a project's card. No
 * script; every link leads to the full page on this site, out of the frame. Their own header
 * policy lets any site frame them (integrations/security-headers.ts); every other page refuses.
 */
import { formatDate } from '../format.ts';
import { urls } from '../urls.ts';
import type { Bank } from './bank.ts';
import { buildTime } from './build-time.ts';
import { chartTable, yearChart } from './charts.ts';
import { loadBank } from './collection.ts';
import { countyFacets, municipalityFacets, type PlaceFacet } from './facets.ts';
import { measureStats, type Stat } from './measures.ts';
import { keyFacts, type Fact } from './project-page.ts';
import type { TableModel } from './table.ts';

/** The facts of a project card: what it is, what it got, whose it is, when and where. */
const CARD_FACTS = [
	'Status',
	'Beviljat belopp',
	'Sökt belopp',
	'Total projektbudget',
	'Projektägare',
	'Projektperiod',
	'Var projektet verkar',
	'Beslutande organ',
];

export interface EmbedModel {
	title: string;
	description: string;
	/** What the frame shows, e.g. "Umeå". */
	heading: string;
	/** What the figures are about, in a sentence. */
	lead: string;
	stats: Stat[];
	facts: Omit<Fact, 'href'>[];
	/** A place's money by decision year: the numbers of its page's chart. */
	table: TableModel | undefined;
	note: string | undefined;
	/** The full page, absolute, opened out of the frame. */
	fullPage: { href: string; label: string };
	/** The site and the day the figures were built. */
	source: string;
}

export interface EmbedSnippet {
	/** The embed's path on this site, and its absolute address. */
	path: string;
	src: string;
	/** The <iframe> element to copy. */
	code: string;
}

/** The <iframe> that shows an embed on another site: titled for screen readers, full width. */
export function embedSnippet(pagePath: string, title: string, baseUrl: string, height: number): EmbedSnippet {
	const src = urls.absolute(urls.embed(pagePath), baseUrl);
	const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
	return {
		path: urls.embed(pagePath),
		src,
		code: `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`,
	};
}

/** The height a place's frame needs: its figures and a row per year. */
export function placeEmbedHeight(facet: PlaceFacet): number {
	return 720 + 48 * (yearChart(facet.projects)?.labels.length ?? 0);
}

function source(bank: Bank): string {
	return `Uppgifter från ${bank.config.name}, ${formatDate(buildTime.toISOString().slice(0, 10))}.`;
}

function placeModel(facet: PlaceFacet, countLabel: string, bank: Bank): EmbedModel {
	const spec = yearChart(facet.projects, 'inbaddning-ar');
	return {
		title: `${facet.name}: projekt och beviljade pengar`,
		description: `Projekt med offentlig finansiering i ${facet.name}, för inbäddning på andra webbplatser.`,
		heading: facet.name,
		lead: `Projekt med offentlig finansiering som verkar i ${facet.name}, enligt besluten och ansökningarna i ${bank.config.name}.`,
		stats: measureStats(facet.measures, countLabel, bank.config.funds, 'metoden står på hela sidan, länkad nedan'),
		facts: [],
		table: spec && chartTable(spec),
		note: spec?.note,
		fullPage: { href: urls.absolute(facet.path, bank.config.baseUrl), label: `Alla projekt i ${facet.name}, och hur siffrorna räknas` },
		source: source(bank),
	};
}

/** Params `page` ("kommun/umea", "projekt/20204763") and the model of every embed. */
export async function paths() {
	const bank = await loadBank();
	const places = [
		...municipalityFacets(bank).map((f) => ({ facet: f, countLabel: `som verkar i ${f.name}` })),
		...countyFacets(bank).map((f) => ({ facet: f, countLabel: `som verkar i ${f.name}` })),
	].map(({ facet, countLabel }) => ({ page: facet.path, props: placeModel(facet, countLabel, bank) }));
	const projects = bank.projects.map((entry) => {
		const path = urls.project(entry.key);
		const facts = keyFacts(entry, bank)
			.filter((f) => CARD_FACTS.includes(f.term))
			.map(({ term, value }) => ({ term, value }));
		const props: EmbedModel = {
			title: entry.data.title,
			description: `${entry.data.title}: projektkort för inbäddning på andra webbplatser.`,
			heading: entry.data.title,
			lead: `Projekt i ${bank.config.name}.`,
			stats: [],
			facts,
			table: undefined,
			note: undefined,
			fullPage: { href: urls.absolute(path, bank.config.baseUrl), label: 'Hela projektet: finansiering, beslut och källa' },
			source: source(bank),
		};
		return { page: path, props };
	});
	return [...places, ...projects].map(({ page, props }) => ({ params: { page: page.replace(/^\/|\/$/g, '') }, props }));
}
