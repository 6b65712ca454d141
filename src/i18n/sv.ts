/**
 * The Swedish words of the pages that have an English edition (i18n/en.ts has the same keys, checked
 * by its type and by tests/unit/i18n). The words of statuses and decisions are format.ts's own.
 */
import { decisionKindLabels, indicatorKindLabels, proposalNames, proposalOutcomes, statusNames, workStatusNames } from '../format.ts';
import { fundKindLabels } from '../schemas/site.ts';

export const sv = {
	/** The language's own name, as the switch to it says it. */
	languageName: 'Svenska',
	layout: {
		skipLink: 'Hoppa till innehållet',
		mainMenu: 'Huvudmeny',
		breadcrumbs: 'Du är här',
		start: 'Start',
		nav: { search: 'Sök', projects: 'Projekt', municipalities: 'Kommuner', statistics: 'Statistik', openData: 'Öppna data' },
		service: {
			about: 'Om projektbanken',
			sources: 'Källor',
			changes: 'Ändringar',
			openData: 'Öppna data',
			accessibility: 'Tillgänglighetsredogörelse',
		},
		siteInfo: 'Om webbplatsen',
		printedFrom: 'Utskrivet från',
		publishedBy: (name: string, publisher: string) =>
			`${name} publiceras av ${publisher}. Uppgifterna kommer från offentliga beslut av regioner och myndigheter; varje projektsida anger sin källa.`,
		reportError: (name: string) => `Hittat ett fel? Skriv till ${name}:`,
		licence: 'Data får användas fritt enligt',
		openDataLink: 'öppna data',
		/** Beside a link to a page that is only in the other language (empty where every page is in this one). */
		otherLanguageOnly: '',
		/** The switch to the other language: on a page without a version in it, it leads to that edition's home page. */
		switchTo: 'Read in English',
		/** The switch on a page with no version in the other language: to that edition's home page. */
		switchToEdition: 'English edition',
		ogLocale: 'sv_SE',
	},
	table: {
		scrollHint: 'Tabellen kan rullas i sidled.',
		sortBy: 'sortera',
	},
	pagination: { label: 'Sidor', previous: 'Föregående', next: 'Nästa', page: 'Sida ' },
	sortOrders: {
		'belopp-storst': 'beviljat belopp, störst först',
		'belopp-minst': 'beviljat belopp, minst först',
		'budget-storst': 'total budget, störst först',
		'budget-minst': 'total budget, minst först',
		'datum-nyast': 'beslutsdatum, senaste först',
		'datum-aldst': 'beslutsdatum, äldsta först',
		'start-nyast': 'startdatum, senaste först',
		'start-aldst': 'startdatum, tidigaste först',
		'titel-a-o': 'projektnamn, A–Ö',
		'titel-o-a': 'projektnamn, Ö–A',
	},
	labels: {
		status: statusNames,
		proposed: proposalNames,
		proposalPending: 'Förslag till beslut',
		decisionKinds: decisionKindLabels,
		proposalOutcomes,
		workStatus: workStatusNames,
		workUnknown: 'Anges inte',
		workDerived: (status: string) => `${status} enligt projektperioden`,
		workBySource: (status: string, date: string | undefined) => `${status} enligt källan${date ? ` (per ${date})` : ''}`,
		workByPeriod: (label: string, closed: boolean, end: string) =>
			`${label}, ${closed ? `som slutade ${end}` : `som slutar ${end}`} (härlett: källan anger inte arbetets status)`,
		indicatorKinds: indicatorKindLabels,
		fundKinds: fundKindLabels,
	},
	words: {
		notStated: 'anges ej',
		notDecided: 'inte avgjort',
		missing: 'uppgift saknas',
	},
	list: {
		heading: 'Alla projekt',
		caption: 'Projekt',
		sortedBy: (label: string) => `sorterade efter ${label}`,
		showing: (from: string, to: string, page: number, last: number) => `Visar ${from}–${to} (sida ${page} av ${last}).`,
		sortNav: 'Sortering',
		sortNavLead: 'Sortera efter:',
		sortHint: 'Välj en kolumnrubrik för att sortera.',
		sortHintSearch: 'Välj en kolumnrubrik för att sortera: listan visas då i sökningen.',
		title: (label: string, page: number) => `Alla projekt, sorterade efter ${label}${page > 1 ? `, sida ${page}` : ''}`,
		description: (count: number, label: string, page: number) =>
			`Alla projekt i banken, ${count} per sida, sorterade efter ${label}${page > 1 ? `: sida ${page}` : ''}.`,
		pageCrumb: (page: number) => `Sida ${page}`,
		columns: {
			title: 'Projekt',
			granted: 'Beviljat belopp',
			budget: 'Total budget',
			date: 'Beslutsdatum',
			status: 'Status',
			work: 'Arbetets status',
			decider: 'Beslutande organ',
		},
		worksIn: (area: string) => `Verkar i ${area}`,
		countyLevel: 'På länsnivå: källan namnger länet, inga kommuner',
	},
};
