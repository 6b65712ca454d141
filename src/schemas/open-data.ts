/**
 * The open data's contract (README, "Open data"): the record of one project as /data/projekt.json
 * and /projekt/<key>.json publish it. /data/schema.json is generated from these schemas
 * (z.toJSONSchema), and the tests validate the published files against it, so the documentation
 * cannot drift from the data. Fields are added, never renamed or removed without a new file name.
 * Descriptions are Swedish: the /data/ page shows them to readers.
 */
import { z } from 'astro/zod';
import { decisionKinds, indicatorKinds, projectStatuses, proposedOutcomes, workStatuses } from '../domain/kinds.ts';

const describe = <T extends z.ZodType>(schema: T, description: string): T => schema.meta({ description });

/** A date at the precision of the source: a day, a month or a year. */
const isoDate = (what: string) =>
	describe(
		z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
		`${what}: ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM (en månad) eller ÅÅÅÅ (ett år), så exakt som källan anger det`,
	);
/** Whole kronor. */
const kronor = (what: string) => describe(z.number().int().nonnegative(), `${what}, hela kronor`);

export const openDataProjectSchema = z
	.strictObject({
		/** Permalink key: the ärende-id, else the entry's file name. */
		key: describe(
			z.string().regex(/^[a-z0-9-]+$/),
			'Projektets nyckel i adressen: ärende-id:t, eller postens filnamn när källan saknar ärende-id',
		),
		/** The project page. */
		url: describe(z.url(), 'Projektsidans adress'),
		/** Ärende-id / NYPS-id. */
		id: describe(z.string().regex(/^\d{8}$/), 'Ärende-id (NYPS-id), 8 siffror').optional(),
		/** Diarienummer. */
		ref: describe(z.string(), 'Diarienummer som i källan').optional(),
		title: describe(z.string(), 'Projektets namn som i källan'),
		/** The deciding body, as the site settings name it. */
		decider: describe(z.string(), 'Beslutande organ: regionen, myndigheten eller programmet som beslutar om stödet'),
		/** The same as decider: its name before banks held other deciders than regions, kept for existing users. */
		region: describe(z.string(), 'Samma som decider (fältets äldre namn, kvar för dem som redan läser filen)'),
		owner: describe(
			z.strictObject({
				name: describe(z.string(), 'Namn som i källan'),
				orgNumber: describe(z.string(), 'Organisationsnummer').optional(),
				orgId: describe(
					z.string().regex(/^SE-BLV-\d{10}$/),
					'Organisationsnumret som organisations-id i org-id-formen, t.ex. SE-BLV-2321000222',
				).optional(),
			}),
			'Projektägare (stödmottagare); saknas när källan inte namnger någon',
		).optional(),
		/** What the latest decision says; only granted and rejected are decided. */
		status: describe(
			z.enum(projectStatuses),
			'applied: ansökt, inte avgjort; proposed: ett förslag till beslut väntar på beslut; granted: beviljat; rejected: avslag',
		),
		decisions: describe(
			z.array(
				z.strictObject({
					date: isoDate('Datum').optional(),
					kind: describe(
						z.enum(decisionKinds),
						'application: ansökan; proposal: förslag till beslut; grant: beviljande; rejection: avslag; amendment: ändringsbeslut',
					),
					proposed: describe(
						z.enum(proposedOutcomes),
						'Bara för ett förslag: vad det föreslår, grant (bifall) eller rejection (avslag)',
					).optional(),
					body: describe(z.string(), 'Vem som beslutade').optional(),
					reference: describe(z.string(), 'Paragraf eller referens, t.ex. "§ 36"').optional(),
					summary: describe(z.string(), 'Vad som beslutades, med beloppen som i källan'),
				}),
			),
			'Besluten om projektet, det äldsta först',
		),
		period: describe(z.strictObject({ start: isoDate('Första dagen'), end: isoDate('Sista dagen') }), 'Projektperiod').optional(),
		fund: describe(z.string(), 'Fond eller anslag').optional(),
		priority: describe(
			z.strictObject({
				code: describe(z.string(), 'Områdets nummer i strategin').optional(),
				name: describe(z.string(), 'Områdets namn'),
				sub: describe(z.string(), 'Delprioritering').optional(),
			}),
			'Prioriterat område i det beslutande organets strategi (för en region dess regionala utvecklingsstrategi, RUS)',
		).optional(),
		municipalities: describe(
			z.array(
				z.strictObject({
					name: describe(z.string(), 'Kommunens officiella namn'),
					code: describe(z.string().regex(/^\d{4}$/), 'Kommunkod, 4 siffror'),
				}),
			),
			'Kommunerna som källan namnger',
		),
		counties: describe(
			z.array(
				z.strictObject({
					name: describe(z.string(), 'Länets officiella namn'),
					code: describe(z.string().regex(/^\d{2}$/), 'Länskod, 2 siffror'),
					countyLevel: describe(z.boolean(), 'true när källan anger länet som område utan att namnge kommuner där'),
				}),
			),
			'Alla län projektet verkar i: de namngivna kommunernas län och län som källan anger utan kommuner',
		),
		locationNote: describe(z.string(), 'Källans egna ord om området').optional(),
		grantedAmount: kronor('Beviljat belopp som publicerat').optional(),
		appliedAmount: kronor('Sökt belopp som publicerat').optional(),
		totalBudget: kronor('Total projektbudget, alla finansiärer, som publicerad').optional(),
		// Progress: what was paid out and how the work stands, apart from the decision.
		paidAmount: kronor(
			'Utbetalt belopp enligt källan, per paidDate; ingår aldrig i det beviljade beloppet och ska inte läggas ihop med det',
		).optional(),
		paidDate: isoDate('Datum då det utbetalda beloppet gällde enligt källan').optional(),
		workStatus: describe(
			z.enum(workStatuses),
			'Arbetets status enligt källan, skild från beslutet: ongoing: pågående; closed: avslutat; terminated: avbrutet; withdrawn: återkallat',
		).optional(),
		workStatusDate: isoDate('Datum då arbetets status gällde enligt källan').optional(),
		derivedWorkStatus: describe(
			z.enum(['ongoing', 'closed']),
			'Bara där källan inte anger arbetets status, för ett beviljat projekt med projektperiod: härlett ur perioden och byggdagen (generated), inte uppgivet av källan. closed: periodens sista dag ligger före byggdagen; ongoing: byggdagen ligger i perioden',
		).optional(),
		financing: describe(
			z.array(
				z.strictObject({
					financier: describe(z.string(), 'Finansiären som i källans tabell'),
					amount: kronor('Belopp som publicerat'),
					inKind: describe(z.boolean(), 'true för bidrag i annat än pengar'),
					correctedAmount: kronor('Belopp efter postens rättelser (lika med amount där ingen rättelse finns)'),
				}),
			),
			'Finansieringstabellen som publicerad, i källans ordning',
		),
		costs: describe(
			z.array(z.strictObject({ category: describe(z.string(), 'Kostnadsslag'), amount: kronor('Belopp') })),
			'Kostnadsbudget per kostnadsslag',
		),
		activities: describe(
			z.array(
				z.strictObject({
					code: describe(z.string(), 'Nummer som i källan').optional(),
					name: describe(z.string(), 'Namn'),
					start: isoDate('Start').optional(),
					end: isoDate('Slut').optional(),
					cost: kronor('Kostnad').optional(),
					description: describe(z.string(), 'Beskrivning ur källan').optional(),
				}),
			),
			'Aktiviteter och arbetspaket',
		),
		indicators: describe(
			z.array(
				z.strictObject({
					kind: describe(z.enum(indicatorKinds), 'output: aktivitetsindikator; result: resultatindikator'),
					name: describe(z.string(), 'Indikatorns namn'),
					target: describe(z.number().nonnegative(), 'Målvärde'),
					unit: describe(z.string(), 'Enhet'),
					baseline: describe(z.union([z.string(), z.number()]), 'Startvärde som tryckt').optional(),
					note: describe(z.string(), 'Anmärkning').optional(),
				}),
			),
			'Indikatorer och målvärden',
		),
		agenda2030: describe(z.array(z.number().int().min(1).max(17)), 'FN:s globala mål (1–17) som källan nämner'),
		// --- EU programmes' lists of operations (issue 17, item 7) ---
		priorityAxis: describe(z.string(), 'EU-programmets insatsområde som i källan').optional(),
		thematicObjective: describe(z.string(), 'EU:s tematiska mål som i källan').optional(),
		programmeArea: describe(z.string(), 'Programområdet som i källan, t.ex. "Övre Norrland"').optional(),
		grantedAmountEur: describe(
			z.number().int().nonnegative(),
			'Beviljat belopp i euro som källan anger det, hela euro; aldrig omräknat och aldrig lagt till beloppen i kronor',
		).optional(),
		spellings: describe(
			z.array(
				z.strictObject({
					published: describe(z.string(), 'Namnet som källan skriver det'),
					name: describe(z.string(), 'Det officiella namnet som posten använder'),
				}),
			),
			'Ortnamn som källan stavar annorlunda än registret: hur källan skriver dem och vilket officiellt namn posten använder',
		),
		// --- end ---
		source: describe(
			z.strictObject({
				document: describe(z.string(), 'Källdokumentets titel'),
				passage: describe(z.string(), 'Avsnitt i dokumentet').optional(),
			}),
			'Var uppgifterna kommer ifrån',
		),
		corrections: describe(
			z.array(
				z.strictObject({
					field: describe(z.string(), 'Sökväg till siffran som rättas, t.ex. "financing[5].amount" (raderna räknas från 0)'),
					published: describe(z.union([z.string(), z.number()]), 'Siffran som den är tryckt i källan'),
					corrected: kronor('Vad siffran måste vara för att dokumentets egna summor ska stämma'),
					note: describe(z.string(), 'Varför siffran rättas'),
				}),
			),
			'Siffror som källan har fel: posten behåller det publicerade värdet',
		),
		summary: describe(z.string(), 'Sammanfattningen ur källan, i Markdown'),
	})
	.meta({ id: 'projekt', title: 'Projekt', description: 'Ett projekt i projektbanken, med alla uppgifter ur dess post' });

export type OpenDataProject = z.output<typeof openDataProjectSchema>;

/** /data/projekt.json. */
export const openDataFileSchema = z
	.strictObject({
		generated: describe(z.iso.datetime(), 'När filen byggdes (UTC)'),
		licence: describe(
			z.strictObject({ name: describe(z.string(), 'Licensens namn'), url: describe(z.url(), 'Licensens adress') }),
			'Licensen uppgifterna får användas enligt',
		),
		projects: describe(z.array(openDataProjectSchema), 'Alla projekt, i bokstavsordning efter namn'),
	})
	.meta({
		title: 'Projektbankens öppna data',
		description: 'Alla projekt i banken: /data/projekt.json. Ett projekt för sig: /projekt/<nyckel>.json, mot $defs/projekt.',
	});

export type OpenDataFile = z.output<typeof openDataFileSchema>;

/** The JSON Schema of the export (2020-12), as /data/schema.json publishes it. */
export function openDataJsonSchema(id: string) {
	return { ...z.toJSONSchema(openDataFileSchema, { target: 'draft-2020-12', io: 'output' }), $id: id };
}
