/**
 * The fields of a project entry's frontmatter, each on its own. Every object is strict: a key the
 * schema does not know is an error, never silently dropped. Every field carries its Swedish label
 * and a short hint (`meta`), from which the scaffold of `npm run new`, the editing app's
 * configuration and the "did you mean" of an unknown key are all made; the lists of choices
 * (deciders, funds, priority areas, municipalities, counties) are the very lists the validation
 * checks against. The rules between fields are the domain's (domain/project-rules.ts), applied by
 * schemas/project.ts: this module reads nothing of the model of projects, which takes its
 * `ProjectData` from here.
 */
import { z } from 'astro/zod';
import Organisationsnummer from 'organisationsnummer';
import {
	decisionKinds,
	indicatorKinds,
	projectStatuses,
	projectStatusLabels,
	proposedOutcomes,
	workStatuses,
	workStatusLabels,
} from '../domain/kinds.ts';
import { hasOrganisationAddress, isOrganisation } from '../domain/organisation-names.ts';
import {
	allCounties,
	allMunicipalities,
	findCountyByName,
	findMunicipality,
	suggestCounties,
	suggestMunicipalities,
} from '../domain/registry.ts';
import { closestMatches } from '../domain/text.ts';
import { amountSchema, euroAmountSchema } from './amount.ts';
import { partialDateSchema } from './date.ts';
import { didYouMean, expected, expectedFound, listOr, quote } from './errors.ts';
import type { SiteConfig } from './site.ts';

/** What the editing tools know about a field: its Swedish label and hint, and its choices. */
export type FieldMeta = {
	/** Label, e.g. "Projektägare". */
	title: string;
	/** One line for editors: what to write, with an example. */
	description: string;
	/** How the value is written, where its type alone does not say. */
	kind?: 'amount' | 'date' | 'longText';
	/** The allowed values, for fields that must be one of a list. */
	options?: readonly (string | number)[];
	/** Swedish names of coded values (status, decision kinds). */
	optionLabels?: Readonly<Record<string, string>>;
};

const field = <T extends z.ZodType>(schema: T, meta: FieldMeta): T => schema.meta(meta);

const text = (what: string, action: string) =>
	z
		.string({ error: expected(what, action) })
		.trim()
		.min(1, { error: expected(what, action) });

/** An object whose keys are all known: an unknown key is reported (with the closest known one by validate.ts). */
const entryObject = <S extends z.core.$ZodLooseShape>(shape: S, what: string, action: string) =>
	z.strictObject(shape, {
		error: (issue) =>
			issue.code === 'unrecognized_keys' ? `okänt fält ${issue.keys.join(', ')}` : expectedFound(what, issue.input, action),
	});

/** One of some coded values, written as the code; a Swedish word for one of them is recognised. */
function choice<const T extends readonly [string, ...string[]]>(values: T, labels: Readonly<Record<T[number], string>>) {
	const written = listOr(values.map((v) => `${v} (${labels[v as T[number]]})`));
	return z.enum(values, {
		error: (issue) => {
			const input = issue.input;
			const candidates = values.flatMap((v) => [v, labels[v as T[number]]]);
			const close = typeof input === 'string' ? closestMatches(input, candidates, 1) : [];
			const value = values.find((v) => v === close[0] || labels[v as T[number]] === close[0]);
			return expectedFound(`en av ${written}`, input, value ? `Menade du ${value}?` : 'Skriv koden, inte den svenska benämningen.');
		},
	});
}

/** A list where no value may appear twice (a municipality named twice would count twice). */
function uniqueList<T extends z.ZodType>(item: T, what: string) {
	return z
		.array(item, { error: expected(what, 'Skriv en lista, t.ex. [Umeå, Skellefteå], eller en rad per värde som börjar med "- ".') })
		.superRefine((items, ctx) => {
			const seen = new Map<string, number>();
			items.forEach((item, i) => {
				const first = seen.get(String(item));
				if (first === undefined) seen.set(String(item), i);
				else
					ctx.addIssue({
						code: 'custom',
						path: [i],
						input: item,
						message: `${quote(item)} står redan på rad ${first + 1}. Ta bort den ena raden: ett värde räknas bara en gång.`,
					});
			});
		});
}

const ORGANISATIONSNUMMER_EXAMPLE = '"232100-0222"';

/** The organisation that runs the project (projektägare, stödmottagare, stödsökande). */
const ownerSchema = entryObject(
	{
		/** Name as printed in the source. */
		name: field(text('projektägarens namn', 'Skriv namnet som det står i källan.'), {
			title: 'Namn',
			description: 'Projektägarens namn som i källan, t.ex. "Piteå Science Park AB".',
		}),
		/**
		 * Organisationsnummer, e.g. "232100-0222"; validated by its checksum. A sole trader's number is
		 * their personnummer, which the site never publishes.
		 */
		orgNumber: field(
			z
				.string({
					error: expected(
						`ett organisationsnummer inom citattecken, t.ex. ${ORGANISATIONSNUMMER_EXAMPLE}`,
						'Skriv numret som i källan eller ta bort raden.',
					),
				})
				.superRefine((value, ctx) => {
					if (!Organisationsnummer.valid(value)) {
						ctx.addIssue({
							code: 'custom',
							input: value,
							message: `${quote(value)} är inget giltigt organisationsnummer (10 siffror där den sista är en kontrollsiffra). Jämför med källan, t.ex. ${ORGANISATIONSNUMMER_EXAMPLE}.`,
						});
					} else if (Organisationsnummer.parse(value).isPersonnummer()) {
						ctx.addIssue({
							code: 'custom',
							input: value,
							message: `${quote(value)} är ett personnummer (en enskild firmas organisationsnummer är ägarens personnummer). Personnummer publiceras inte: ta bort raden och skriv bara ägarens namn.`,
						});
					}
				})
				.optional(),
			{
				title: 'Organisationsnummer',
				description: `Organisationsnummer inom citattecken, t.ex. ${ORGANISATIONSNUMMER_EXAMPLE}. Aldrig ett personnummer (enskild firma): ta då bort raden.`,
			},
		),
	},
	'projektägaren som en grupp av fält med name (och ev. orgNumber)',
	'Skriv name: på en egen indragen rad under owner:.',
);

const decisionKindLabels = {
	application: 'ansökan',
	proposal: 'förslag till beslut',
	grant: 'beviljande',
	rejection: 'avslag',
	amendment: 'ändringsbeslut',
} as const;
const outcomeLabels = { grant: 'bifall', rejection: 'avslag' } as const;

/**
 * One event in the project's history. Only a grant or a rejection decides; an application asks, a
 * proposal (a PM's "Förslag till beslut") proposes, an amendment (ändringsbeslut) changes a decision.
 */
const decisionSchema = entryObject(
	{
		/** Date as precise as the source gives it; omitted when the source prints none. */
		date: field(partialDateSchema.optional(), {
			title: 'Datum',
			description: 'Beslutets datum så exakt som källan anger det: 2020-03-24, 2020-03 eller 2020. Ta bort raden om källan saknar datum.',
			kind: 'date',
		}),
		/** application | proposal | grant | rejection | amendment. */
		kind: field(choice(decisionKinds, decisionKindLabels), {
			title: 'Typ',
			description:
				'application (ansökan), proposal (förslag till beslut), grant (beviljande), rejection (avslag) eller amendment (ändringsbeslut).',
			options: decisionKinds,
			optionLabels: decisionKindLabels,
		}),
		/** For a proposal: what it proposes, grant or rejection. */
		proposed: field(choice(proposedOutcomes, outcomeLabels).optional(), {
			title: 'Förslaget gäller',
			description: 'Bara för ett förslag till beslut: grant (bifall) eller rejection (avslag). Ta annars bort raden.',
			options: proposedOutcomes,
			optionLabels: outcomeLabels,
		}),
		/** Who decided, e.g. "Regionala utvecklingsnämnden". */
		body: field(
			z.string({ error: expected('vem som beslutade, t.ex. "Regionala utvecklingsnämnden"', 'Skriv texten inom citattecken.') }).optional(),
			{
				title: 'Beslutande organ',
				description: 'Vem som beslutade, t.ex. "Regionala utvecklingsnämnden". Ta bort raden om källan inte säger det.',
			},
		),
		/** Paragraph or document reference, e.g. "§ 36". */
		reference: field(
			z
				.string({ error: expected('en paragraf eller referens inom citattecken, t.ex. "§ 36"', 'Skriv texten inom citattecken.') })
				.optional(),
			{
				title: 'Paragraf eller referens',
				description: 'Paragraf eller annan referens inom citattecken, t.ex. "§ 36". Ta bort raden om källan saknar den.',
			},
		),
		/** What was decided (for an amendment: what changed), in Swedish, with the figures as printed. */
		summary: field(text('en sammanfattning av beslutet', 'Skriv vad som beslutades, med beloppen som i källan.'), {
			title: 'Vad som beslutades',
			description: 'Vad som beslutades (för ett ändringsbeslut: vad som ändrades), med beloppen som i källan.',
			kind: 'longText',
		}),
	},
	'ett beslut med kind och summary',
	'Börja raden med "- kind:" och skriv summary: på nästa rad.',
);

/** Project period, both ends inclusive, each as precise as the source gives it. */
const periodSchema = entryObject(
	{
		start: field(partialDateSchema, {
			title: 'Start',
			description: 'Första dagen så exakt som källan anger den: 2020-09-01, 2020-09 eller 2020.',
			kind: 'date',
		}),
		end: field(partialDateSchema, {
			title: 'Slut',
			description: 'Sista dagen så exakt som källan anger den: 2023-02-28, 2023-02 eller 2023.',
			kind: 'date',
		}),
	},
	'en period med start och end',
	'Skriv start: och end: på egna indragna rader under period:.',
);

const indicatorKindLabels = { output: 'aktivitetsindikator', result: 'resultatindikator' } as const;

/** A target value: a whole number, or a decimal written with a comma or a point. */
const targetSchema = z
	.union([z.number(), z.string()], {
		error: expected('ett målvärde skrivet med siffror, t.ex. 11 eller 2,5', 'Skriv målvärdet som i källan, med siffror.'),
	})
	.transform((input, ctx) => {
		const value =
			typeof input === 'number' ? input : /^\s*\d+(?:[.,]\d+)?\s*$/.test(input) ? Number(input.trim().replace(',', '.')) : undefined;
		if (value === undefined || !Number.isFinite(value) || value < 0) {
			ctx.addIssue({
				code: 'custom',
				input,
				message: expectedFound('ett målvärde skrivet med siffror, t.ex. 11 eller 2,5', input, 'Skriv målvärdet som i källan, med siffror.'),
			});
			return z.NEVER;
		}
		return value;
	});

// --- Progress: how the work and the payments stand, apart from the decision ---------------------

/** The fields of progress: what has been paid out and how the work stands, each as of a date the source gives. */
const progressFields = {
	/** Utbetalt: what has been paid out, as of `paidDate`. Shown apart from the granted amount, never added to it. */
	paidAmount: field(amountSchema.optional(), {
		title: 'Utbetalt belopp',
		description:
			'Belopp som har betalats ut enligt källan, i hela kronor, t.ex. "850 000". Skriv datumet i paidDate. Ta bort raden om källan inte anger det.',
		kind: 'amount',
	}),
	/** The date the paid amount stands at, as precise as the source gives it (e.g. the export's uppdateringsdatum). */
	paidDate: field(partialDateSchema.optional(), {
		title: 'Utbetalt per',
		description:
			'Datumet då det utbetalda beloppet gällde enligt källan, t.ex. exportens uppdateringsdatum: 2024-03-31, 2024-03 eller 2024.',
		kind: 'date',
	}),
	/** ongoing | closed | terminated | withdrawn, only as the source states it; never guessed from the period. */
	workStatus: field(choice(workStatuses, workStatusLabels).optional(), {
		title: 'Arbetets status',
		description:
			'Hur arbetet står enligt källan: ongoing (pågående), closed (avslutat), terminated (avbrutet) eller withdrawn (återkallat). Ta bort raden om källan inte säger det: webbplatsen visar då vad projektperioden säger, märkt som härlett.',
		options: workStatuses,
		optionLabels: workStatusLabels,
	}),
	/** The date the source states the work status at, as precise as it gives it; omitted where it gives none. */
	workStatusDate: field(partialDateSchema.optional(), {
		title: 'Arbetets status per',
		description:
			'Datumet då arbetets status gällde enligt källan: 2024-03-31, 2024-03 eller 2024. Ta bort raden om källan inte anger något.',
		kind: 'date',
	}),
};

// --- End of progress -----------------------------------------------------------------------------

/** Reserved by the content layer: an entry's address is its file name, never a key in it. */
export const reservedKeys: Readonly<Record<string, string>> = {
	slug: 'sidans adress bestäms av filens namn och kan inte väljas i posten (annars kunde en post ta över en annan posts sida)',
};

/** The fields of a project entry, each checked on its own and against the settings; the rules between fields are domain/project-rules.ts. */
export function createBaseSchema(config: SiteConfig) {
	const deciderNames = config.deciders.map((r) => r.name);
	const fundNames = config.funds.map((f) => f.name);
	const priorityNames = [...new Set(config.deciders.flatMap((r) => r.priorities.map((p) => p.name)))];
	const subNames = [...new Set(config.deciders.flatMap((r) => r.priorities.flatMap((p) => p.subs)))];
	const municipalityNames = allMunicipalities.map((m) => m.name);
	const countyNames = allCounties.map((c) => c.name);

	// `none` agrees with the noun's gender: "ingen av fonderna", "inget av de beslutande organen".
	const oneOf = (names: readonly string[], what: string, where: string, [one, none] = ['en', 'ingen']) =>
		z
			.string({ error: expected(`${one} av ${what} (${names.join(', ')})`, `Skriv ett av namnen exakt, eller lägg till det i ${where}.`) })
			.refine((value) => names.includes(value), {
				error: (issue) =>
					`${quote(issue.input)} är ${none} av ${what} (${listOr(names)}).${didYouMean(issue.input, names) || ` Skriv ett av namnen exakt, eller lägg till det i ${where}.`}`,
			});

	/** An organisation's name must spell its page's address (urls.ts organisation, domain/organisations.ts organisationKey). */
	const addressProblem = (name: string, ctx: z.core.$RefinementCtx, path: PropertyKey[], role: 'owner' | 'financier') => {
		if (hasOrganisationAddress(name, config.organisationAliases)) return;
		const action =
			role === 'owner'
				? 'Skriv projektägarens namn som i källan; nämner källan ingen projektägare, ta bort owner.'
				: 'Skriv finansiärens namn som i källan; är raden ingen organisation (som "Deltagande företag"), lägg till namnet bland financierCategories i src/site.config.ts.';
		ctx.addIssue({
			code: 'custom',
			path,
			input: name,
			message: `${quote(name)} har ingen bokstav eller siffra (en parentes i slutet räknas inte), så organisationen kan inte få någon sida. ${action}`,
		});
	};

	/** One row of the financing table. */
	const financingRowSchema = entryObject(
		{
			/** Funder as printed, e.g. "Tillväxtverket (ERUF)", "Region Norrbotten (1:1)". */
			financier: field(
				text('finansiärens namn', 'Skriv namnet som i källans finansieringstabell.').superRefine((name, ctx) => {
					if (isOrganisation(name, config)) addressProblem(name, ctx, [], 'financier');
				}),
				{
					title: 'Finansiär',
					description:
						'Finansiären som i källans tabell, t.ex. "Tillväxtverket (ERUF)". Det beslutande organets rad börjar med organets namn.',
				},
			),
			/** Amount in whole kronor. */
			amount: field(amountSchema, {
				title: 'Belopp',
				description: 'Belopp i hela kronor som i källan, t.ex. "1 347 090 kr" eller "300 tkr".',
				kind: 'amount',
			}),
			/** True for "bidrag i annat än pengar" (contributions in kind). */
			inKind: field(
				z.boolean({ error: expected('true eller false', 'Skriv true för bidrag i annat än pengar, annars false.') }).default(false),
				{
					title: 'Bidrag i annat än pengar',
					description: 'true för bidrag i annat än pengar (t.ex. arbetstid), annars false.',
				},
			),
		},
		'en finansieringsrad med financier och amount',
		'Börja raden med "- financier:" och skriv amount: på nästa rad.',
	);

	/** One row of the cost budget. */
	const costRowSchema = entryObject(
		{
			/** Kostnadsslag, e.g. "Personal". */
			category: field(text('kostnadsslaget', 'Skriv kostnadsslaget som i källan, t.ex. "Personal".'), {
				title: 'Kostnadsslag',
				description: 'Kostnadsslaget som i källan, t.ex. "Personal".',
			}),
			amount: field(amountSchema, {
				title: 'Belopp',
				description: 'Belopp i hela kronor som i källan, t.ex. "6 712 453".',
				kind: 'amount',
			}),
		},
		'en kostnadsrad med category och amount',
		'Börja raden med "- category:" och skriv amount: på nästa rad.',
	);

	/** An activity or work package. */
	const activitySchema = entryObject(
		{
			/** Numbering as in the source, e.g. "1.1"; sub-activities are shown under their parent. */
			code: field(
				z.string({ error: expected('aktivitetens nummer inom citattecken, t.ex. "1.1"', 'Sätt citattecken runt numret.') }).optional(),
				{
					title: 'Nummer',
					description: 'Aktivitetens nummer inom citattecken som i källan, t.ex. "1.1". Ta bort raden om källan saknar nummer.',
				},
			),
			name: field(text('aktivitetens namn', 'Skriv namnet som i källan.'), {
				title: 'Namn',
				description: 'Aktivitetens namn som i källan.',
			}),
			start: field(partialDateSchema.optional(), {
				title: 'Start',
				description: 'Startdatum så exakt som källan anger det. Ta bort raden om det saknas.',
				kind: 'date',
			}),
			end: field(partialDateSchema.optional(), {
				title: 'Slut',
				description: 'Slutdatum så exakt som källan anger det. Ta bort raden om det saknas.',
				kind: 'date',
			}),
			/** Cost in whole kronor, where the source prints one. */
			cost: field(amountSchema.optional(), {
				title: 'Kostnad',
				description: 'Kostnad i hela kronor. Ta bort raden om källan saknar den.',
				kind: 'amount',
			}),
			description: field(z.string({ error: expected('en beskrivning', 'Skriv texten inom citattecken.') }).optional(), {
				title: 'Beskrivning',
				description: 'Kort beskrivning ur källan. Ta bort raden om den saknas.',
				kind: 'longText',
			}),
		},
		'en aktivitet med minst name',
		'Börja raden med "- name:".',
	);

	/** An output or result indicator with its target. */
	const indicatorSchema = entryObject(
		{
			kind: field(choice(indicatorKinds, indicatorKindLabels), {
				title: 'Typ',
				description: 'output (aktivitetsindikator) eller result (resultatindikator).',
				options: indicatorKinds,
				optionLabels: indicatorKindLabels,
			}),
			name: field(text('indikatorns namn', 'Skriv namnet som i källan.'), {
				title: 'Namn',
				description: 'Indikatorns namn som i källan, t.ex. "Organisationer som får stöd".',
			}),
			/** Target value (målvärde). */
			target: field(targetSchema, { title: 'Målvärde', description: 'Målvärdet med siffror, t.ex. 11.' }),
			/** Unit, e.g. "Organisationer". */
			unit: field(text('enheten', 'Skriv enheten som i källan, t.ex. "Organisationer".'), {
				title: 'Enhet',
				description: 'Enheten som i källan, t.ex. "Organisationer".',
			}),
			/** Start value as printed (startvärde), e.g. "Ej aktuellt". */
			baseline: field(
				z.union([z.string(), z.number()], { error: expected('startvärdet som i källan', 'Skriv värdet som det är tryckt.') }).optional(),
				{
					title: 'Startvärde',
					description: 'Startvärdet som det är tryckt, t.ex. "Ej aktuellt". Ta bort raden om det saknas.',
				},
			),
			/** Remark, e.g. how an ambiguous printed value was read. */
			note: field(z.string({ error: expected('en anmärkning', 'Skriv texten inom citattecken.') }).optional(), {
				title: 'Anmärkning',
				description: 'Anmärkning, t.ex. hur ett otydligt tryckt värde har lästs. Ta bort raden om den inte behövs.',
				kind: 'longText',
			}),
		},
		'en indikator med kind, name, target och unit',
		'Börja raden med "- kind:".',
	);

	/** Where the figures come from, shown on the page for citation. */
	const sourceSchema = entryObject(
		{
			/** The document, e.g. "Protokoll, regionala utvecklingsnämnden Region Norrbotten 2020-03-24". */
			document: field(text('källdokumentets namn', 'Skriv dokumentets namn så att en läsare kan hitta det.'), {
				title: 'Dokument',
				description: 'Källdokumentet, t.ex. "Protokoll, regionala utvecklingsnämnden Region Norrbotten 2020-03-24".',
			}),
			/** The passage, e.g. "§ 36". */
			passage: field(
				z.string({ error: expected('ett avsnitt inom citattecken, t.ex. "§ 36"', 'Sätt citattecken runt avsnittet.') }).optional(),
				{
					title: 'Avsnitt',
					description: 'Avsnittet i dokumentet inom citattecken, t.ex. "§ 36". Ta bort raden om det inte behövs.',
				},
			),
		},
		'en källa med document (och ev. passage)',
		'Skriv document: på en egen indragen rad under source:.',
	);

	/** A figure the source got wrong: the entry keeps what was published; this says what it must be. */
	const correctionSchema = entryObject(
		{
			/** Path of the figure in this entry, e.g. "financing[5].amount". */
			field: field(
				text(
					'sökvägen till siffran som rättas, t.ex. "financing[5].amount"',
					'Skriv sökvägen till siffran (raderna räknas från 0 i sökvägen).',
				),
				{
					title: 'Fält som rättas',
					description:
						'Sökvägen till siffran i posten, t.ex. "financing[5].amount" för finansieringstabellens sjätte rad (raderna räknas från 0 här) eller "totalBudget".',
				},
			),
			/** The figure as printed, e.g. "66 6030 kr". */
			published: field(
				z.union([z.string(), z.number()], {
					error: expected('siffran som den är tryckt i källan', 'Skriv den inom citattecken, t.ex. "66 6030 kr".'),
				}),
				{
					title: 'Publicerat värde',
					description: 'Siffran precis som den är tryckt i källan, t.ex. "66 6030 kr" inom citattecken.',
				},
			),
			/** The figure the document's own totals require. */
			corrected: field(amountSchema, {
				title: 'Rättat värde',
				description: 'Vad siffran måste vara för att dokumentets egna summor ska stämma, t.ex. "66 603".',
				kind: 'amount',
			}),
			/** Why, in Swedish; shown on the page. */
			note: field(text('en förklaring till rättelsen', 'Skriv varför siffran rättas; texten visas på sidan.'), {
				title: 'Förklaring',
				description: 'Varför siffran rättas, med räkningen. Visas på projektets sida.',
				kind: 'longText',
			}),
		},
		'en rättelse med field, published, corrected och note',
		'Börja raden med "- field:".',
	);

	return entryObject(
		{
			/** Ärende-id / NYPS-id, 8 digits; also the permalink. Omitted when the source has none. */
			id: field(
				z
					.union([z.string(), z.number()], {
						error: expected(
							'ett ärende-id med 8 siffror inom citattecken, t.ex. "20372556"',
							'Skriv ärende-id:t som i källan, eller ta bort raden om källan saknar det.',
						),
					})
					.transform(String)
					.refine((value) => /^\d{8}$/.test(value), {
						error: (issue) =>
							expectedFound(
								'ett ärende-id med 8 siffror, t.ex. "20372556"',
								issue.input,
								'Skriv ärende-id:t som i källan, inom citattecken.',
							),
					})
					.optional(),
				{
					title: 'Ärende-id',
					description: 'Ärende-id (NYPS-id), 8 siffror inom citattecken, t.ex. "20372556". Filen heter likadant: 20372556.md.',
				},
			),
			/** Project name as in the source. */
			title: field(text('projektets namn', 'Skriv namnet som det står i källan.'), {
				title: 'Projektnamn',
				description: 'Projektets namn som i källan.',
			}),
			/** Diarienummer (the decider's registry number), e.g. "REGAC-317-2022". */
			ref: field(
				z
					.union([z.string(), z.number()], {
						error: expected(
							'ett diarienummer inom citattecken, t.ex. "REGAC-317-2022"',
							'Skriv diarienumret som i källan, eller ta bort raden.',
						),
					})
					.transform(String)
					.optional(),
				{
					title: 'Diarienummer',
					description: 'Diarienummer inom citattecken, t.ex. "REGAC-317-2022". Ta bort raden om källan saknar det.',
				},
			),
			/** The deciding body (a region, an agency, a managing authority), one of the deciders in the site settings. */
			decider: field(oneOf(deciderNames, 'de beslutande organen i inställningarna', 'src/site.config.ts', ['ett', 'inget']), {
				title: 'Beslutande organ',
				description: `Den som beslutar om stödet: ${listOr(deciderNames)}.`,
				options: deciderNames,
			}),
			/** Project owner; omitted only when the source names none. */
			owner: field(ownerSchema.superRefine((owner, ctx) => addressProblem(owner.name, ctx, ['name'], 'owner')).optional(), {
				title: 'Projektägare',
				description: 'Projektägaren (stödmottagaren). Ta bort owner bara om källan inte nämner någon.',
			}),
			/** applied | proposed | granted | rejected. */
			status: field(choice(projectStatuses, projectStatusLabels), {
				title: 'Status',
				description:
					'applied (ansökt), proposed (förslag till beslut), granted (beviljat) eller rejected (avslag): följer det senaste beslutet.',
				options: projectStatuses,
				optionLabels: projectStatusLabels,
			}),
			/** The decision history, oldest first. */
			decisions: field(
				z
					.array(decisionSchema, { error: expected('en lista med beslut', 'Skriv varje beslut på en rad som börjar med "- kind:".') })
					.default([]),
				{
					title: 'Beslut',
					description: 'Besluten om projektet, det äldsta först; ett ändringsbeslut läggs till sist.',
				},
			),
			period: field(periodSchema.optional(), {
				title: 'Projektperiod',
				description: 'Projektperioden. Ta bort period om källan inte anger den.',
			}),
			/** Fund or appropriation, one of the funds in the site settings. */
			fund: field(oneOf(fundNames, 'fonderna i inställningarna', 'src/site.config.ts').optional(), {
				title: 'Fond eller anslag',
				description: `Fonden eller anslaget: ${listOr(fundNames)}. Ta bort raden om källan inte anger den.`,
				options: fundNames,
			}),
			priority: field(
				entryObject(
					{
						/** Number of the priority area, e.g. "1"; omitted where the strategy has none. */
						code: field(
							z.string({ error: expected('områdets nummer inom citattecken, t.ex. "1"', 'Sätt citattecken runt numret.') }).optional(),
							{
								title: 'Nummer',
								description: 'Områdets nummer inom citattecken, t.ex. "1". Ta bort raden om strategin inte numrerar sina områden.',
							},
						),
						/** Name of the priority area as configured for the decider. */
						name: field(text('det prioriterade områdets namn', 'Skriv namnet som i inställningarna.'), {
							title: 'Område',
							description: 'Områdets namn, precis som i inställningarna för det beslutande organet.',
							options: priorityNames,
						}),
						/** Sub-priority, e.g. "1.2 Digitalisering och nya lösningar". */
						sub: field(z.string({ error: expected('ett delområde', 'Skriv delområdet som i inställningarna.') }).optional(), {
							title: 'Delområde',
							description: 'Delområde, t.ex. "1.2 Digitalisering och nya lösningar". Ta bort raden om källan inte anger något.',
							options: subNames,
						}),
					},
					'ett prioriterat område med name (och ev. code och sub)',
					'Skriv name: på en egen indragen rad under priority:.',
				).optional(),
				{
					title: 'Prioriterat område (RUS)',
					description: 'Regionens prioriterade område i den regionala utvecklingsstrategin. Ta bort priority om källan inte anger något.',
				},
			),
			/** Municipalities the project works in, by official name. */
			municipalities: field(
				uniqueList(
					z
						.string({ error: expected('en kommuns officiella namn', 'Skriv namnet, t.ex. Umeå.') })
						.refine((name) => findMunicipality(name) !== undefined, {
							error: (issue) => {
								const input = issue.input;
								const suggestions = typeof input === 'string' ? suggestMunicipalities(input.replace(/\s+(kommun|stad)$/i, '')) : [];
								const hint = suggestions.length
									? `Menade du ${listOr(suggestions.map((s) => JSON.stringify(s)))}?`
									: 'Skriv kommunens officiella namn, t.ex. "Upplands Väsby".';
								return `${quote(input)} är ingen av Sveriges 290 kommuner. ${hint}`;
							},
						}),
					'en lista med kommuner',
				).default([]),
				{
					title: 'Kommuner',
					description: 'Kommunerna som källan nämner, med officiella namn: [Umeå, Skellefteå]. [] om den inte nämner någon.',
					options: municipalityNames,
				},
			),
			/**
			 * Counties the project works in where the source names an area ("Norrbotten", "Övre Norrland")
			 * rather than municipalities, by official name ("Norrbottens län"). Never a county that one of
			 * its named municipalities already lies in.
			 */
			counties: field(
				uniqueList(
					z
						.string({ error: expected('ett läns officiella namn', 'Skriv t.ex. Norrbottens län.') })
						.refine((name) => findCountyByName(name) !== undefined, {
							error: (issue) => {
								const suggestions = typeof issue.input === 'string' ? suggestCounties(issue.input) : [];
								const hint = suggestions.length
									? `Menade du ${listOr(suggestions.map((s) => JSON.stringify(s)))}?`
									: 'Skriv länets officiella namn, t.ex. "Norrbottens län".';
								return `${quote(issue.input)} är inget av Sveriges 21 län. ${hint}`;
							},
						}),
					'en lista med län',
				).default([]),
				{
					title: 'Län',
					description:
						'Län som källan anger som område utan att nämna kommuner där, t.ex. [Norrbottens län]. [] annars: länen för kommunerna räknas ut.',
					options: countyNames,
				},
			),
			/** The source's own words about the area, e.g. "Övre Norrland (små och medelstora företag)". */
			locationNote: field(z.string({ error: expected('källans ord om området', 'Skriv texten inom citattecken.') }).optional(), {
				title: 'Områdesbeskrivning',
				description: 'Källans egna ord om området, t.ex. "Övre Norrland". Ta bort raden om den inte behövs.',
			}),
			/** Beviljat belopp: what the decider granted. */
			grantedAmount: field(amountSchema.optional(), {
				title: 'Beviljat belopp',
				description: 'Beviljat belopp i hela kronor, t.ex. "1 222 867". Ta bort raden om inget har beviljats.',
				kind: 'amount',
			}),
			/** Sökt belopp: what was applied for from the decider. */
			appliedAmount: field(amountSchema.optional(), {
				title: 'Sökt belopp',
				description: 'Sökt belopp i hela kronor. Ta bort raden om källan inte anger det.',
				kind: 'amount',
			}),
			/** Total projektbudget: all financiers together. */
			totalBudget: field(amountSchema.optional(), {
				title: 'Total projektbudget',
				description: 'Hela projektets budget, alla finansiärer. Ta bort raden om källan inte anger den.',
				kind: 'amount',
			}),
			...progressFields,
			financing: field(
				z
					.array(financingRowSchema, { error: expected('en lista med finansieringsrader', 'Börja varje rad med "- financier:".') })
					.default([]),
				{
					title: 'Finansiering',
					description: 'Finansieringstabellen som i källan, rad för rad. [] om källan saknar den.',
				},
			),
			costs: field(
				z.array(costRowSchema, { error: expected('en lista med kostnadsrader', 'Börja varje rad med "- category:".') }).default([]),
				{
					title: 'Kostnadsbudget',
					description: 'Kostnadsbudgeten per kostnadsslag. [] om källan saknar den.',
				},
			),
			activities: field(
				z.array(activitySchema, { error: expected('en lista med aktiviteter', 'Börja varje aktivitet med "- name:".') }).default([]),
				{
					title: 'Aktiviteter',
					description: 'Aktiviteter eller arbetspaket. [] om källan saknar dem.',
				},
			),
			indicators: field(
				z.array(indicatorSchema, { error: expected('en lista med indikatorer', 'Börja varje indikator med "- kind:".') }).default([]),
				{
					title: 'Indikatorer',
					description: 'Aktivitets- och resultatindikatorer med målvärden. [] om källan saknar dem.',
				},
			),
			/** UN sustainable development goals, 1–17. */
			agenda2030: field(
				uniqueList(
					z
						.number({ error: expected('ett målnummer 1–17', 'Skriv bara numret, t.ex. 7.') })
						.int({ error: expected('ett målnummer 1–17', 'Skriv bara numret, t.ex. 7.') })
						.min(1, { error: expected('ett målnummer 1–17', 'Skriv bara numret, t.ex. 7.') })
						.max(17, { error: expected('ett målnummer 1–17', 'Skriv bara numret, t.ex. 7.') }),
					'en lista med målnummer',
				).default([]),
				{
					title: 'Agenda 2030-mål',
					description: 'FN:s globala mål (1–17) som källan nämner, t.ex. [7, 9, 13]. [] om den inte nämner några.',
					options: Array.from({ length: 17 }, (_, i) => i + 1),
				},
			),
			// --- What EU programmes' lists of operations give (Tillväxtverket's Projektbanken and the like): issue 17, item 7. ---
			/** The EU programme's priority axis (insatsområde), as the source names it, e.g. "1. Att stärka forskning…". */
			priorityAxis: field(
				z
					.string({ error: expected('programmets insatsområde som text', 'Skriv insatsområdet som i källan, inom citattecken.') })
					.trim()
					.min(1)
					.optional(),
				{
					title: 'Insatsområde (EU-program)',
					description:
						'EU-programmets insatsområde som i källan, t.ex. "1. Att stärka forskning, teknisk utveckling och innovation". Ta bort raden om källan inte anger det.',
				},
			),
			/** The EU thematic objective (tematiskt mål) the project serves, as the source names it. */
			thematicObjective: field(
				z
					.string({ error: expected('det tematiska målet som text', 'Skriv målet som i källan, inom citattecken.') })
					.trim()
					.min(1)
					.optional(),
				{
					title: 'Tematiskt mål (EU)',
					description: 'EU:s tematiska mål som i källan, t.ex. "1. Forskning och innovation". Ta bort raden om källan inte anger det.',
				},
			),
			/** The programme area the decision concerns, as the source names it, e.g. "Övre Norrland" or "Nationellt". */
			programmeArea: field(
				z
					.string({ error: expected('programområdet som text', 'Skriv området som i källan, t.ex. "Övre Norrland".') })
					.trim()
					.min(1)
					.optional(),
				{
					title: 'Programområde',
					description: 'Programområdet som i källan, t.ex. "Övre Norrland". Ta bort raden om källan inte anger det.',
				},
			),
			/** The granted amount in euro as the source gives it; never converted, never added to kronor. */
			grantedAmountEur: field(euroAmountSchema.optional(), {
				title: 'Beviljat belopp i euro',
				description:
					'Beviljat belopp i hela euro som källan anger det, t.ex. "250 000". Räknas aldrig om till kronor. Ta bort raden om källan inte anger det (0 betyder ofta "anges inte").',
				kind: 'amount',
			}),
			/**
			 * Place names the source spells otherwise than the registry, each as published and as the entry
			 * writes it (from the settings' importSpellings), so that no spelling is silently "fixed".
			 */
			spellings: field(
				z
					.array(
						entryObject(
							{
								/** The name as the source prints it, e.g. "ÖstraGöinge". */
								published: field(text('namnet som källan skriver det', 'Skriv namnet precis som i källan.'), {
									title: 'Som i källan',
									description: 'Namnet precis som källan skriver det, t.ex. "ÖstraGöinge".',
								}),
								/** The official name the entry uses instead, e.g. "Östra Göinge". */
								name: field(text('det officiella namnet', 'Skriv namnet som i municipalities eller counties.'), {
									title: 'Officiellt namn',
									description: 'Det officiella namnet som posten använder, t.ex. "Östra Göinge".',
								}),
							},
							'en stavning med published och name',
							'Börja raden med "- published:" och skriv name: på nästa rad.',
						),
						{ error: expected('en lista med stavningar', 'Börja varje rad med "- published:".') },
					)
					.default([]),
				{
					title: 'Stavningar i källan',
					description:
						'Ortnamn som källan stavar annorlunda än registret: hur källan skriver det och vilket officiellt namn posten använder. [] om inga.',
				},
			),
			// --- end of issue 17, item 7 ---
			source: field(sourceSchema, { title: 'Källa', description: 'Var siffrorna kommer ifrån; visas på sidan.' }),
			corrections: field(
				z.array(correctionSchema, { error: expected('en lista med rättelser', 'Börja varje rättelse med "- field:".') }).default([]),
				{
					title: 'Rättelser',
					description: 'Siffror som källan har fel: posten behåller det tryckta värdet och rättelsen säger vad det måste vara. [] om inga.',
				},
			),
		},
		'fälten som nyckel: värde, en per rad',
		'Se docs/redaktorshandbok.md.',
	);
}

export type ProjectData = z.output<ReturnType<typeof createBaseSchema>>;
