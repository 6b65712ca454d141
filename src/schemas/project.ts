import { z } from 'astro/zod';
import Organisationsnummer from 'organisationsnummer';
import { figureAt, financingAmountPath, isDecidingRegionRow } from '../domain/financing.ts';
import { decidedAmount, sum } from '../domain/measures.ts';
import { samePriority } from '../domain/priorities.ts';
import { compareDates, endsOnOrAfter } from '../domain/dates.ts';
import { countiesOfMunicipalities } from '../domain/places.ts';
import { findCountyByName, findMunicipality, suggestCounties, suggestMunicipalities } from '../domain/registry.ts';
import { amountSchema } from './amount.ts';
import { partialDateSchema } from './date.ts';
import { describeFound, expected, expectedFound } from './errors.ts';
import type { SiteConfig } from './site.ts';

const text = (what: string) => z.string({ error: expected(what) }).trim().min(1, { error: expected(what) });

/** The organisation that runs the project (projektägare, stödmottagare, stödsökande). */
const ownerSchema = z.object(
	{
		/** Name as printed in the source. */
		name: text('the owner organisation name'),
		/** Organisationsnummer, e.g. "232100-0222"; validated by its checksum. */
		orgNumber: z
			.string({ error: expected('an organisationsnummer such as "232100-0222"') })
			.refine((value) => Organisationsnummer.valid(value), {
				error: (issue) => expectedFound('a valid organisationsnummer (10 digits with a correct check digit)', issue.input),
			})
			.optional(),
	},
	{ error: expected('an owner with a name (and optionally orgNumber)') },
);

export const decisionKinds = ['application', 'proposal', 'grant', 'rejection', 'amendment'] as const;
export const proposedOutcomes = ['grant', 'rejection'] as const;

/**
 * One event in the project's history. Only a grant or a rejection decides; an application asks, a
 * proposal (a PM's "Förslag till beslut") proposes, an amendment (ändringsbeslut) changes a decision.
 */
const decisionSchema = z.object(
	{
		/** Date as precise as the source gives it; omitted when the source prints none. */
		date: partialDateSchema.optional(),
		/** application | proposal | grant | rejection | amendment. */
		kind: z.enum(decisionKinds, { error: expected(`one of ${decisionKinds.join(', ')}`) }),
		/** For a proposal: what it proposes, grant or rejection. */
		proposed: z.enum(proposedOutcomes, { error: expected('grant or rejection') }).optional(),
		/** Who decided, e.g. "Regionala utvecklingsnämnden". */
		body: z.string().optional(),
		/** Paragraph or document reference, e.g. "§ 36". */
		reference: z.string().optional(),
		/** What was decided (for an amendment: what changed), in Swedish, with the figures as printed. */
		summary: text('a summary of the decision'),
	},
	{ error: expected('a decision with kind and summary') },
);

/** Project period, both ends inclusive, each as precise as the source gives it. */
const periodSchema = z.object(
	{
		start: partialDateSchema,
		end: partialDateSchema,
	},
	{ error: expected('a period with start and end dates') },
);

/** The region's RUS priority area the project falls under. */
const projectPrioritySchema = z.object(
	{
		/** Number of the priority area, e.g. "1"; omitted where the strategy has none. */
		code: z.string().optional(),
		/** Name of the priority area as configured for the region. */
		name: text('the priority area name'),
		/** Sub-priority, e.g. "1.2 Digitalisering och nya lösningar". */
		sub: z.string().optional(),
	},
	{ error: expected('a priority with a name (and optionally code and sub)') },
);

/** One row of the financing table. */
const financingRowSchema = z.object(
	{
		/** Funder as printed, e.g. "Tillväxtverket (ERUF)", "Region Norrbotten (1:1)". */
		financier: text('the financier name'),
		/** Amount in whole kronor. */
		amount: amountSchema,
		/** True for "bidrag i annat än pengar" (contributions in kind). */
		inKind: z.boolean({ error: expected('true or false') }).default(false),
	},
	{ error: expected('a financing row with financier and amount') },
);

/** One row of the cost budget. */
const costRowSchema = z.object(
	{
		/** Kostnadsslag, e.g. "Personal". */
		category: text('the cost category'),
		amount: amountSchema,
	},
	{ error: expected('a cost row with category and amount') },
);

/** An activity or work package. */
const activitySchema = z.object(
	{
		/** Numbering as in the source, e.g. "1.1"; sub-activities are shown under their parent. */
		code: z.string().optional(),
		name: text('the activity name'),
		start: partialDateSchema.optional(),
		end: partialDateSchema.optional(),
		/** Cost in whole kronor, where the source prints one. */
		cost: amountSchema.optional(),
		description: z.string().optional(),
	},
	{ error: expected('an activity with at least a name') },
);

export const indicatorKinds = ['output', 'result'] as const;

/** An output or result indicator with its target. */
const indicatorSchema = z.object(
	{
		kind: z.enum(indicatorKinds, { error: expected('output or result') }),
		name: text('the indicator name'),
		/** Target value (målvärde). */
		target: z.number({ error: expected('a number') }),
		/** Unit, e.g. "Organisationer". */
		unit: text('the unit'),
		/** Start value as printed (startvärde), e.g. "Ej aktuellt". */
		baseline: z.union([z.string(), z.number()]).optional(),
		/** Remark, e.g. how an ambiguous printed value was read. */
		note: z.string().optional(),
	},
	{ error: expected('an indicator with kind, name, target and unit') },
);

/** Where the figures come from, shown on the page for citation. */
const sourceSchema = z.object(
	{
		/** The document, e.g. "Protokoll, regionala utvecklingsnämnden Region Norrbotten 2020-03-24". */
		document: text('the source document'),
		/** The passage, e.g. "§ 36". */
		passage: z.string().optional(),
	},
	{ error: expected('a source with the document (and optionally passage)') },
);

/** A figure the source got wrong: the entry keeps what was published; this says what it must be. */
const correctionSchema = z.object(
	{
		/** Path of the figure in this entry, e.g. "financing[5].amount". */
		field: text('the path of the corrected figure, e.g. "financing[5].amount"'),
		/** The figure as printed, e.g. "66 6030 kr". */
		published: z.union([z.string(), z.number()], { error: expected('the figure as printed') }),
		/** The figure the document's own totals require. */
		corrected: amountSchema,
		/** Why, in Swedish; shown on the page. */
		note: text('a note explaining the correction'),
	},
	{ error: expected('a correction with field, published, corrected and note') },
);

/** applied: asked, not decided; proposed: a proposal awaits the decision; granted; rejected. */
export const projectStatuses = ['applied', 'proposed', 'granted', 'rejected'] as const;

function createBaseSchema(config: SiteConfig) {
	const regionNames = config.regions.map((r) => r.name);
	const fundNames = config.funds.map((f) => f.name);
	return z.object({
		/** Ärende-id / NYPS-id, 8 digits; also the permalink. Omitted when the source has none. */
		id: z
			.union([z.string(), z.number()], { error: expected('an 8-digit ärende-id such as "20372556"') })
			.transform(String)
			.refine((value) => /^\d{8}$/.test(value), { error: (issue) => expectedFound('an 8-digit ärende-id such as "20372556"', issue.input) })
			.optional(),
		/** Project name as in the source. */
		title: text('the project title'),
		/** Diarienummer (the region's registry number), e.g. "REGAC-317-2022". */
		ref: z.union([z.string(), z.number()]).transform(String).optional(),
		/** The deciding region, one of the regions in the site settings. */
		region: z.string({ error: expected(`one of ${regionNames.join(', ')}`) }).refine((value) => regionNames.includes(value), {
			error: (issue) => expectedFound(`one of the regions in the site settings (${regionNames.join(', ')})`, issue.input),
		}),
		/** Project owner; omitted only when the source names none. */
		owner: ownerSchema.optional(),
		/** applied | granted | rejected. */
		status: z.enum(projectStatuses, { error: expected(`one of ${projectStatuses.join(', ')}`) }),
		/** The decision history, oldest first. */
		decisions: z.array(decisionSchema, { error: expected('a list of decisions') }).default([]),
		period: periodSchema.optional(),
		/** Fund or appropriation, one of the funds in the site settings. */
		fund: z
			.string({ error: expected(`one of ${fundNames.join(', ')}`) })
			.refine((value) => fundNames.includes(value), {
				error: (issue) => expectedFound(`one of the funds in the site settings (${fundNames.join(', ')})`, issue.input),
			})
			.optional(),
		priority: projectPrioritySchema.optional(),
		/** Municipalities the project works in, by official name. */
		municipalities: z
			.array(
				z.string({ error: expected('a municipality name') }).refine((name) => findMunicipality(name) !== undefined, {
					error: (issue) => {
						const suggestions = typeof issue.input === 'string' ? suggestMunicipalities(issue.input) : [];
						const hint = suggestions.length ? ` (did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?)` : '';
						return expectedFound('one of Sweden\'s 290 municipalities by official name', issue.input) + hint;
					},
				}),
				{ error: expected('a list of municipality names') },
			)
			.default([]),
		/**
		 * Counties the project works in where the source names an area ("Norrbotten", "Övre Norrland")
		 * rather than municipalities, by official name ("Norrbottens län"). Never a county that one of
		 * its named municipalities already lies in.
		 */
		counties: z
			.array(
				z.string({ error: expected('a county name') }).refine((name) => findCountyByName(name) !== undefined, {
					error: (issue) => {
						const suggestions = typeof issue.input === 'string' ? suggestCounties(issue.input) : [];
						const hint = suggestions.length ? ` (did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?)` : '';
						return expectedFound('one of Sweden\'s 21 counties by official name, e.g. "Norrbottens län"', issue.input) + hint;
					},
				}),
				{ error: expected('a list of county names') },
			)
			.default([]),
		/** The source's own words about the area, e.g. "Övre Norrland (små och medelstora företag)". */
		locationNote: z.string().optional(),
		/** Beviljat belopp: what the deciding region granted. */
		grantedAmount: amountSchema.optional(),
		/** Sökt belopp: what was applied for from the deciding region. */
		appliedAmount: amountSchema.optional(),
		/** Total projektbudget: all financiers together. */
		totalBudget: amountSchema.optional(),
		financing: z.array(financingRowSchema).default([]),
		costs: z.array(costRowSchema).default([]),
		activities: z.array(activitySchema).default([]),
		indicators: z.array(indicatorSchema).default([]),
		/** UN sustainable development goals, 1–17. */
		agenda2030: z
			.array(z.number({ error: expected('a goal number 1–17') }).int({ error: expected('a goal number 1–17') }).min(1, { error: expected('a goal number 1–17') }).max(17, { error: expected('a goal number 1–17') }))
			.default([]),
		source: sourceSchema,
		corrections: z.array(correctionSchema).default([]),
	});
}

export type ProjectData = z.output<ReturnType<typeof createBaseSchema>>;

type Issue = { path: (string | number)[]; message: string };

const kr = (n: number) => `${n.toLocaleString('sv-SE').replace(/\s/g, ' ')} kr`;

/** Cross-field rules: each issue names the field and says what was expected and found. */
export function crossFieldIssues(data: ProjectData, config: SiteConfig): Issue[] {
	const issues: Issue[] = [];
	const add = (path: (string | number)[], message: string) => issues.push({ path, message });

	if (data.period && !endsOnOrAfter(data.period.end, data.period.start)) {
		add(['period', 'end'], expectedFound(`a date on or after the start ${data.period.start}`, data.period.end));
	}
	data.activities.forEach((activity, i) => {
		if (activity.start && activity.end && !endsOnOrAfter(activity.end, activity.start)) {
			add(['activities', i, 'end'], expectedFound(`a date on or after the start ${activity.start}`, activity.end));
		}
	});

	let previous: string | undefined;
	data.decisions.forEach((decision, i) => {
		if (decision.date && previous && compareDates(decision.date, previous) < 0) {
			add(['decisions', i, 'date'], expectedFound(`decisions oldest first (a date on or after ${previous})`, decision.date));
		}
		previous = decision.date ?? previous;
		if (decision.kind === 'proposal' && !decision.proposed) {
			add(['decisions', i, 'proposed'], expectedFound('what the proposal proposes: grant or rejection', undefined));
		}
		if (decision.kind !== 'proposal' && decision.proposed) {
			add(['decisions', i, 'proposed'], expectedFound('nothing: only a proposal proposes', decision.proposed));
		}
	});
	const last = data.decisions.at(-1);
	const fits: Record<string, readonly string[]> = { applied: ['application'], proposed: ['proposal'], granted: ['grant', 'amendment'], rejected: ['rejection'] };
	if (last && !fits[data.status]!.includes(last.kind)) {
		add(['status'], expectedFound(`a status that follows the latest decision (${last.kind})`, data.status));
	}

	const derived = new Set(countiesOfMunicipalities(data.municipalities).map((c) => c.name));
	data.counties.forEach((name, i) => {
		if (derived.has(name)) {
			add(['counties', i], expectedFound('a county none of the named municipalities lies in (the site derives those)', name));
		}
	});

	const region = config.regions.find((r) => r.name === data.region);
	if (region && data.priority) {
		const priority = region.priorities.find((p) => samePriority(p, data.priority!));
		if (!priority) {
			const known = region.priorities.map((p) => (p.code ? `${p.code}: ${p.name}` : p.name));
			add(['priority'], expectedFound(`a priority area of ${region.name} in the site settings (${known.join('; ') || 'none configured'})`, data.priority.code ? `${data.priority.code}: ${data.priority.name}` : data.priority.name));
		} else if (data.priority.sub && !priority.subs.includes(data.priority.sub)) {
			add(['priority', 'sub'], expectedFound(`a sub-priority of "${priority.name}" (${priority.subs.join('; ') || 'none configured'})`, data.priority.sub));
		}
	}

	// Corrections must point at a figure that holds the published value.
	const corrected = new Map<string, number>();
	data.corrections.forEach((correction, i) => {
		const value = figureAt(data, correction.field);
		if (value === undefined) {
			add(['corrections', i, 'field'], expectedFound('the path of a figure in this entry, e.g. "financing[5].amount"', correction.field));
			return;
		}
		const printedDigits = String(correction.published).replace(/\D/g, '');
		if (printedDigits !== String(value) && printedDigits !== String(value / 1000)) {
			add(['corrections', i, 'published'], `expected the figure that ${correction.field} holds (${kr(value)}), found ${describeFound(correction.published)}`);
		}
		corrected.set(correction.field, correction.corrected);
	});

	// The sums must hold for the figures as corrected: every figure may carry a correction.
	const fixed = (path: string, value: number) => corrected.get(path) ?? value;
	if (data.financing.length > 0) {
		if (data.totalBudget === undefined) {
			add(['totalBudget'], expectedFound('the total budget the financing rows add up to', undefined));
		} else {
			const total = fixed('totalBudget', data.totalBudget);
			const published = sum(data.financing.map((row) => row.amount));
			const afterCorrections = sum(data.financing.map((row, i) => fixed(financingAmountPath(i), row.amount)));
			if (afterCorrections !== total) {
				const explained = corrected.size > 0 ? ` (${kr(afterCorrections)} after corrections)` : '';
				add(['financing'], `expected rows adding up to totalBudget ${kr(total)}, found ${kr(published)}${explained}; if the source's table does not add up, record a correction`);
			}
		}
		const { field: amountField, amount: printed } = decidedAmount(data);
		if (printed !== undefined) {
			const amount = fixed(amountField, printed);
			const rows = data.financing.flatMap((row, i) => (isDecidingRegionRow(row, data.region) ? [fixed(financingAmountPath(i), row.amount)] : []));
			const regionSum = sum(rows);
			if (rows.length === 0) {
				add(['financing'], `expected a row for the deciding region (financier starting with "${data.region}") of ${kr(amount)}, found none`);
			} else if (regionSum !== amount) {
				add(['financing'], `expected the rows of ${data.region} to add up to ${amountField} ${kr(amount)}, found ${kr(regionSum)}`);
			}
		}
	}
	return issues;
}

/** The schema of a project entry's frontmatter, checked against the site settings. */
export function createProjectSchema(config: SiteConfig) {
	return createBaseSchema(config).superRefine((data, ctx) => {
		for (const issue of crossFieldIssues(data, config)) {
			ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, input: undefined });
		}
	});
}

