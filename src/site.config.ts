/**
 * The bank's identity. A region or agency running its own bank edits this file and the entries in
 * src/content/projects; pages and components read everything region-specific from here.
 */
import { parseSiteConfig, type SiteConfigInput } from './schemas/site.ts';

const config: SiteConfigInput = {
	name: 'Öppna projektbanken',
	tagline: 'Vilka projekt får offentliga utvecklingsmedel, från vem, till vad och var.',
	publisher: 'Öppna projektbanken (öppen källkod)',
	baseUrl: 'https://projektbanken.example.se',
	contact: { name: 'Redaktionen', email: 'redaktionen@projektbanken.example.se' },
	dataLicence: { name: 'CC0 1.0 Universell', url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.sv' },
	deciders: [
		{
			name: 'Region Västerbotten',
			kind: 'region',
			counties: ['24'],
			orgNumber: '232100-0222',
			strategy: 'Regional utvecklingsstrategi för Västerbottens län 2020–2030',
			priorities: [
				{ code: '1', name: 'Västerbotten - en nytänkande och smart region', subs: ['1.2 Digitalisering och nya lösningar'] },
				{ code: '2', name: 'Västerbotten - en region med platsbaserad hållbar näringslivsutveckling' },
				{ code: '3', name: 'Västerbotten - en nära tillgänglig region' },
				{ code: '4', name: 'Västerbotten - en region med hållbara livsmiljöer att bo, verka och leva i' },
				{ code: '6', name: 'Västerbotten - en region rik på kompetenser' },
			],
		},
		{
			name: 'Region Norrbotten',
			kind: 'region',
			counties: ['25'],
			strategy: 'Regional utvecklingsstrategi Norrbotten 2030',
			priorities: [
				{ name: 'Hög livskvalitet i attraktiva livsmiljöer', subs: ['klimat, energi och hållbar konsumtion'] },
				{ name: 'Smarta, hållbara innovationer och entreprenörskap' },
			],
		},
		{
			name: 'Region Västernorrland',
			kind: 'region',
			counties: ['22'],
			strategy: 'Regional utvecklingsstrategi för Västernorrland 2030',
			priorities: [],
		},
		// The managing authority of the regional fund programmes (ERUF), deciding for programme areas such as
		// Övre Norrland and for the national programme.
		{ name: 'Tillväxtverket', kind: 'managing-authority', national: true },
	],
	funds: [
		{
			name: 'ERUF',
			description: 'Europeiska regionala utvecklingsfonden, EU:s fond för regional utveckling, förvaltad av Tillväxtverket.',
			kind: 'eu',
		},
		{ name: 'ESF+', description: 'Europeiska socialfonden+, EU:s fond för kompetens och sysselsättning.', kind: 'eu' },
		{
			name: 'Interreg Aurora',
			description: 'EU-program för gränsöverskridande samarbete mellan norra Sverige, Finland och Norge.',
			kind: 'eu',
		},
		{ name: 'Regionala medel', description: 'Regionens egna medel för regional utveckling.', kind: 'regional' },
		{
			name: '1:1-anslaget',
			description: 'Statligt anslag 1:1 Regionala tillväxtåtgärder, som regionerna fördelar som medfinansiering.',
			kind: 'national',
		},
		{ name: 'Region Norrbottens kulturram', description: 'Region Norrbottens kulturenhets befintliga budgetram.', kind: 'regional' },
	],
	organisationAliases: {
		'Region Norrbotten 1:1': 'Region Norrbotten',
		'ERUF, Tillväxtverket': 'Tillväxtverket',
		ERUF: 'Tillväxtverket',
		'Kulturrådet utvecklingsmedel (ansöks om i mars 2020)': 'Kulturrådet',
		// § 37 prints the row under its table heading: private cash financing from Luleå Business Region AB.
		'Privat finansiering, kontanta medel; Luleå Business Region AB': 'Luleå Business Region AB',
		// A unit belongs to its parent.
		'Socialförvaltningen Luleå kommun': 'Luleå kommun',
	},
	// Tillväxtverket's Projektbanken export writes these municipalities without their space or with a
	// doubled letter; npm run import writes the official name and keeps the export's in the entry.
	importSpellings: {
		municipalities: { ÖstraGöinge: 'Östra Göinge', Stenungssund: 'Stenungsund', LillaEdet: 'Lilla Edet', UpplandsVäsby: 'Upplands Väsby' },
	},
	financierCategories: ['Deltagande företag', 'Medverkande företag', 'Kommuner i Västerbotten och Norrbotten'],
	// The identifiers of /data/360giving.json: register your bank with 360Giving for a prefix of its own.
	threeSixtyGivingPrefix: '360G-oppnaprojektbanken',
	// The repository the editing app at /admin/ commits to: replace it with your bank's own (docs/redaktorshandbok.md).
	editing: { backend: 'github', repo: 'exempel/projektbanken', branch: 'main' },
};

export const siteConfig = parseSiteConfig(config, 'src/site.config.ts');
export default siteConfig;
