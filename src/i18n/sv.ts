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
	stats: {
		inBank: 'i banken',
		missing: 'uppgift saknas',
		breakdown: (parts: string[]) => `varav ${parts.length > 1 ? `${parts.slice(0, -1).join(', ')} och ${parts.at(-1)}` : parts[0]}`,
		granted: (n: string, count: number) => `${n} ${count === 1 ? 'beviljat' : 'beviljade'}`,
		rejected: (n: string, count: number) => `${n} ${count === 1 ? 'avslaget' : 'avslagna'}`,
		undecided: (n: string, count: number) => `${n} som inte är ${count === 1 ? 'avgjort' : 'avgjorda'}`,
		projects: (n: string, _count: number) => `${n} projekt`,
		grantedProjects: (n: string, count: number) => `${n} ${count === 1 ? 'beviljat projekt' : 'beviljade projekt'}`,
		someOf: (stated: string, of: string, unstated: string) => `${stated} av ${of}; uppgift saknas för ${unstated}`,
		noFund: 'ingen fond angiven',
		allFrom: (fund: string) => `, allt ur ${fund}`,
		ofWhich: ', varav',
		fundPart: (fund: string, amount: string, projects: string) => `${fund}: ${amount} i ${projects}`,
		grantedBy: (projects: string, suffix: string) => `beviljat av de beslutande organen till ${projects}${suffix}`,
		grantedMissing: (projects: string) => `om beviljat belopp för ${projects}: källan anger inget`,
		budgetSome: (budgets: string) => `i total budget, alla finansiärer, för ${budgets}`,
		budgetAll: 'i total budget för de beviljade projekten, alla finansiärer',
		budgetMissing: (projects: string) => `om total budget för ${projects}: källan anger ingen`,
		applications: (n: string, count: number) =>
			`${n} ${count === 1 ? 'ansökan' : 'ansökningar'} som avslogs eller inte är ${count === 1 ? 'avgjord' : 'avgjorda'}`,
		appliedMissing: (applications: string) => `om sökt belopp i ${applications}: källan anger inget`,
		applied: (stated: string | undefined, applications: string, unstated: string | undefined) =>
			`sökt i ${stated ? `${stated} av ` : ''}${applications}${unstated ? `; uppgift saknas för ${unstated}` : ''}: inte beviljat`,
	},
	money: {
		noApplication: 'ingen ansökan',
		noneGranted: 'inget beviljat',
		missingFor: (unstated: string, of: string) => `uppgift saknas för ${unstated} av ${of}`,
		ofWhich: (part: string) => `varav ${part}`,
		columns: { projects: 'Projekt', granted: 'Beviljat', budget: 'Total budget, beviljade projekt', applied: 'Sökt, inte beviljat' },
	},
	home: {
		title: 'Start',
		/** The lead under the name: empty for the settings' own tagline. */
		lead: '',
		feed: 'Beslut i hela banken (Atom)',
		json: 'Alla projekt som öppna data (JSON)',
		contents: 'Vad banken innehåller',
		find: 'Hitta projekt',
		searchLabel: 'Sök bland projekten',
		searchPlaceholder: 'Ord, kommun, organisation eller ärende-id',
		searchButton: 'Sök',
		ways: {
			municipalities: { title: 'Kommuner', text: 'Vad som finansieras där du bor: alla 290 kommuner.' },
			counties: { title: 'Län', text: 'Projekten per län, med sammanlagda och jämnt fördelade budgetar.' },
			projects: { title: 'Alla projekt', text: 'Sortera efter belopp, budget, datum eller namn.' },
			organisations: { title: 'Organisationer', text: 'Vem som äger projekten och vem som medfinansierar dem.' },
			funds: { title: 'Fonder och anslag', text: '' },
			priorities: { title: 'Prioriteringar', text: 'Projekten per prioriterat område i de beslutande organens strategier.' },
			deciders: { title: 'Beslutande organ', text: 'Vad varje region, myndighet och program har beviljat och avslagit.' },
			statistics: { title: 'Statistik', text: 'Pengarna per prioritering, fond, beslutande organ, län och år i diagram, och en karta.' },
			openData: { title: 'Öppna data', text: 'Ladda ner alla projekt med alla belopp som JSON, fritt att använda.' },
		},
		byDecider: 'Per beslutande organ',
		byDeciderCaption: 'Projekt och belopp per beslutande organ',
		deciderHeader: 'Beslutande organ',
		latest: 'Senaste besluten',
		latestNote:
			'Beslut, förslag till beslut och ändringsbeslut, nyast först. Där källan inte daterar beslutet står källdokumentets datum, dagen dokumentet gavs ut, och det står vid datumet. Händelser utan något datum står bara på projektens sidor.',
		latestCaption: (count: number, sourceDated: boolean) =>
			`De ${count} senaste daterade händelserna: beslut, förslag och ändringar${sourceDated ? '; där källan inte daterar beslutet står källdokumentets datum, när det gavs ut' : ''}`,
		eventColumns: { event: 'Händelse', date: 'Datum', project: 'Projekt', amount: 'Belopp', decider: 'Beslutande organ' },
		grantedAmount: (amount: string) => `${amount} beviljat`,
		appliedAmount: (amount: string) => `${amount} sökt`,
		sourceDate: 'källdokumentets datum: beslutet är inte daterat i källan',
	},
};
