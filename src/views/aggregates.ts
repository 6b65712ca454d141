/**
 * Counts and sums per municipality, county, decider, fund, priority area and organisation,
 * as /data/<name>.csv: the figures of the browse pages and the statistics, each file naming how a
 * project's money is attributed (a column "Fördelning"), since a project can work in several places.
 */
import { measure, statedApplied, statedBudget, statedGranted, type Measures } from '../domain/measures.ts';
import { organisationMoney, type Organisation } from '../domain/organisations.ts';
import type { PlaceMeasures } from '../domain/places.ts';
import { NO_PRIORITY_LABEL, priorityTree } from '../domain/priorities.ts';
import { fundKindLabels, fundKinds, type FundConfig, type FundKind } from '../schemas/site.ts';
import type { Bank } from './bank.ts';
import { toCsv, type CsvColumn } from './csv.ts';
import { countyFacets, fundFacets, municipalityFacets, deciderFacets, withoutFund } from './facets.ts';
import { kindTotals } from './measures.ts';

/** How a place's sums count a project's money. */
export const PLACE_METHOD =
	'Hela beloppet för varje projekt som verkar här: ett projekt som verkar på flera platser räknas i var och en. Beräknad jämn andel: varje beviljat projekts belopp delat lika mellan de platser källan namnger (varje kommun, och varje län där inga kommuner namnges), och bara delen här.';
/** Each project has one decider and at most one fund and priority area (those naming none have a row of their own): nothing is shared. */
export const WHOLE_METHOD =
	'Hela beloppet: varje projekt räknas på en enda rad, så att inget räknas två gånger och raderna tillsammans ger bankens summor.';
export const ORGANISATION_METHOD =
	'Egna projekt: hela beviljade beloppet och budgeten för projekt organisationen äger. Medfinansiering: organisationens rader i projektens finansieringstabeller, efter rättelser, skilt på beviljade projekt och ansökningar som avslogs eller inte är avgjorda.';

interface MeasuredRow {
	name: string;
	measures: Measures | PlaceMeasures;
}

const measureColumns = <Row extends MeasuredRow>(method: string): CsvColumn<Row>[] => [
	{ header: 'Projekt', description: 'Projekt som räknas här, alla statusar.', value: (r) => r.measures.projects },
	{ header: 'Beviljade projekt', description: 'Av dem beviljade.', value: (r) => r.measures.granted },
	{ header: 'Avslagna projekt', description: 'Av dem avslagna.', value: (r) => r.measures.rejected },
	{ header: 'Ej avgjorda projekt', description: 'Av dem ansökta eller med ett förslag till beslut.', value: (r) => r.measures.undecided },
	{
		header: 'Beviljat (kr)',
		description:
			'Vad de beslutande organen beviljat de beviljade projekten som anger beloppet, efter rättelser; tomt där inget av dem anger det (uppgift saknas, inte 0).',
		value: (r) => statedGranted(r.measures),
	},
	{
		header: 'Beviljade projekt som anger beloppet',
		description: 'Av de beviljade projekten: så många räknas i Beviljat; för resten saknas uppgift.',
		value: (r) => r.measures.grantedWithAmount,
	},
	{
		header: 'Total budget, beviljade projekt (kr)',
		description: 'De beviljade projektens hela budgetar, alla finansiärer, där de anges: inte pengar som gått hit; tomt där ingen anges.',
		value: (r) => statedBudget(r.measures),
	},
	{
		header: 'Beviljade projekt som anger budget',
		description: 'Av de beviljade projekten: så många räknas i den totala budgeten.',
		value: (r) => r.measures.grantedWithBudget,
	},
	{
		header: 'Sökt, inte beviljat (kr)',
		description: 'Vad avslagna och ej avgjorda ansökningar sökte, där de anger det; tomt där ingen anger det.',
		value: (r) => statedApplied(r.measures),
	},
	{ header: 'Fördelning', description: 'Hur ett projekts pengar räknas här.', value: () => method },
];

const evenShareColumns = <Row extends MeasuredRow & { measures: PlaceMeasures }>(): CsvColumn<Row>[] => [
	{
		header: 'Beräknad jämn andel av beviljat (kr)',
		description:
			'Varje beviljat projekts beviljade belopp delat lika mellan de platser källan namnger; delen här, avrundad till kronor; tomt där inget projekt här anger beloppet.',
		value: (r) => r.measures.evenShareGranted,
	},
	{
		header: 'Beräknad jämn andel av budgetarna (kr)',
		description: 'Samma delning av de beviljade projektens totala budgetar; tomt där inget anger en budget.',
		value: (r) => r.measures.evenShareBudget,
	},
];

/**
 * Granted money by whose money it is, one column per kind (and one for no fund named): a decider's
 * total never reads as its own money alone. Empty where no granted project states its amount.
 */
const kindColumns = <Row extends MeasuredRow>(funds: readonly FundConfig[]): CsvColumn<Row>[] =>
	kindTotals([], funds).map(({ label }, i) => ({
		header: `Beviljat, varav ${label} (kr)`,
		description:
			i < fundKinds.length
				? `Den del av det beviljade som kommer ur fonder och anslag med slaget ${label} i inställningarna.`
				: 'Den del av det beviljade där källan inte anger någon fond.',
		value: (r: Row) => (r.measures.grantedWithAmount ? kindTotals(r.measures.grantedByFund, funds)[i]!.amount : undefined),
	}));

type PlaceRow = MeasuredRow & { code: string; county?: string; measures: PlaceMeasures };

function placeColumns(withCounty: boolean): CsvColumn<PlaceRow>[] {
	const [projects, granted, rejected, undecided, money, withAmount, budget, withBudget, applied, method] =
		measureColumns<PlaceRow>(PLACE_METHOD);
	return [
		{ header: 'Namn', description: 'Officiellt namn.', value: (r) => r.name },
		{ header: 'Kod', description: 'Officiell kod.', value: (r) => r.code },
		...(withCounty ? [{ header: 'Län', description: 'Länet kommunen ligger i.', value: (r: PlaceRow) => r.county }] : []),
		projects!,
		granted!,
		rejected!,
		undecided!,
		money!,
		withAmount!,
		budget!,
		withBudget!,
		...evenShareColumns<PlaceRow>(),
		applied!,
		method!,
	];
}

type PriorityRow = MeasuredRow & { decider: string; code: string | undefined };

const organisationColumns: CsvColumn<Organisation>[] = [
	{ header: 'Namn', description: 'Organisationens namn som på dess sida.', value: (o) => o.name },
	{ header: 'Organisationsnummer', description: 'Där källorna anger det.', value: (o) => o.orgNumber },
	{ header: 'Äger, projekt', description: 'Projekt organisationen äger, alla statusar.', value: (o) => o.owned.length },
	{ header: 'Äger, beviljade projekt', description: 'Av dem beviljade.', value: (o) => organisationMoney(o).owned.granted },
	{
		header: 'Beviljat till egna projekt (kr)',
		description: 'Beviljat belopp för de beviljade projekt organisationen äger, där det anges; tomt där inget av dem anger det.',
		value: (o) => statedGranted(organisationMoney(o).owned),
	},
	{
		header: 'Medfinansierar, beviljade projekt',
		description: 'Beviljade projekt där organisationen har en rad i finansieringstabellen.',
		value: (o) => organisationMoney(o).coFinancedGranted,
	},
	{
		header: 'Medfinansiering i beviljade projekt (kr)',
		description: 'Summan av dess rader i de beviljade projektens finansieringstabeller, efter rättelser.',
		value: (o) => organisationMoney(o).coFinancingGranted,
	},
	{
		header: 'I finansieringen av ej beviljade, projekt',
		description: 'Avslagna eller ej avgjorda ansökningar där organisationen har en rad.',
		value: (o) => organisationMoney(o).coFinancedApplied,
	},
	{
		header: 'I finansieringen av ej beviljade (kr)',
		description: 'Summan av de raderna: planerade pengar, inte beviljade.',
		value: (o) => organisationMoney(o).coFinancingApplied,
	},
	{ header: 'Fördelning', description: 'Hur pengarna räknas.', value: () => ORGANISATION_METHOD },
];

export interface AggregateFile {
	/** The file's name under /data/ without ".csv": "kommuner". */
	name: string;
	/** What one row is, for the /data/ page: "en rad per kommun". */
	rows: string;
	/** The columns, for the /data/ page. */
	columns: readonly Pick<CsvColumn<never>, 'header' | 'description'>[];
	csv: () => string;
}

/** The aggregate files; each is made only when written. */
export function aggregateFiles(bank: Bank): AggregateFile[] {
	const file = <Row>(name: string, rows: string, columns: readonly CsvColumn<Row>[], items: () => readonly Row[]): AggregateFile => ({
		name,
		rows,
		columns,
		csv: () => toCsv(columns, items()),
	});
	const wholeColumns = [
		{ header: 'Namn', description: 'Namnet som i inställningarna.', value: (r: MeasuredRow) => r.name },
		...measureColumns<MeasuredRow>(WHOLE_METHOD),
	];
	return [
		file('kommuner', 'en rad per kommun, alla 290', placeColumns(true), () =>
			municipalityFacets(bank).map((f) => ({ name: f.name, code: f.municipality.code, county: f.county.name, measures: f.measures })),
		),
		file('lan', 'en rad per län, alla 21', placeColumns(false), () =>
			countyFacets(bank).map((f) => ({ name: f.name, code: f.county.code, measures: f.measures })),
		),
		file('beslutande', 'en rad per beslutande organ', [...wholeColumns, ...kindColumns<MeasuredRow>(bank.config.funds)], () =>
			deciderFacets(bank),
		),
		file(
			'fonder',
			'en rad per fond eller anslag, och en för projekt som inte anger någon',
			[
				...wholeColumns,
				{
					header: 'Slag av medel',
					description: 'Vems pengar fonden är: EU-medel, statliga medel, regionala medel eller övriga medel (inställningarnas kind).',
					value: (r: MeasuredRow & { fundKind?: FundKind }) => r.fundKind && fundKindLabels[r.fundKind],
				},
			],
			() => [...fundFacets(bank), withoutFund(bank)].filter((row) => row !== undefined),
		),
		file(
			'prioriteringar',
			'en rad per prioriterat område i de beslutande organens strategier, och per beslutande organ en för projekt som inte anger något',
			[
				{
					header: 'Beslutande organ',
					description: 'Det beslutande organ vars strategi området hör till.',
					value: (r: PriorityRow) => r.decider,
				},
				{ header: 'Nummer', description: 'Områdets nummer i strategin.', value: (r: PriorityRow) => r.code },
				{ header: 'Namn', description: 'Områdets namn.', value: (r: PriorityRow) => r.name },
				...measureColumns<PriorityRow>(WHOLE_METHOD),
			],
			() =>
				priorityTree(bank.projects, bank.config).flatMap((decider) => [
					...decider.priorities.map((p) => ({ decider: decider.decider, code: p.code, name: p.name, measures: p.measures })),
					...(decider.withoutPriority.length
						? [{ decider: decider.decider, code: undefined, name: NO_PRIORITY_LABEL, measures: measure(decider.withoutPriority) }]
						: []),
				]),
		),
		file(
			'organisationer',
			'en rad per organisation som äger eller medfinansierar ett projekt',
			organisationColumns,
			() => bank.organisations,
		),
	];
}
