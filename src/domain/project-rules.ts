/**
 * The rules between a project entry's fields: dates in order, the status that follows from the
 * decisions, places, the priority area the settings know, corrections that point at a printed
 * figure, amounts that agree with each other and with the financing table, and the progress
 * fields. Each issue names the field and says what was expected, what was found and what to do.
 * Validation (schemas/project.ts) reports them beside the fields' own issues.
 */
import { expectedFound, listOr, quote } from '../schemas/errors.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { compareDates, endsOnOrAfter } from './dates.ts';
import { figureAt, financingAmountPath, isDeciderRow } from './financing.ts';
import { projectStatusLabels, type DecisionKind, type ProjectStatusCode } from './kinds.ts';
import { decidedAmount, sum } from './measures.ts';
import { countiesOfMunicipalities } from './places.ts';
import { priorityLabel, samePriority } from './priorities.ts';
import type { ProjectData } from './project.ts';

/** One broken rule: the field it is reported on and the message. */
export type ProjectIssue = { path: (string | number)[]; message: string };

const kr = (n: number) => `${n.toLocaleString('sv-SE').replace(/\s/g, ' ')} kr`;

/** The rules between the progress fields and the rest of the entry. */
function progressIssues(data: ProjectData, grantedAsCorrected: number | undefined): ProjectIssue[] {
	const issues: ProjectIssue[] = [];
	const add = (path: (string | number)[], message: string) => issues.push({ path, message });
	// Each is reported on the line that is there, naming the field that is not.
	if (data.paidAmount !== undefined && data.paidDate === undefined) {
		add(
			['paidAmount'],
			'ett utbetalt belopp säger inget utan sitt datum, men paidDate saknas. Skriv datumet beloppet gäller enligt källan på en egen rad, t.ex. paidDate: 2024-03-31.',
		);
	}
	if (data.paidDate !== undefined && data.paidAmount === undefined) {
		add(['paidDate'], 'ett datum för det utbetalda beloppet, men paidAmount saknas. Skriv beloppet som paidAmount, eller ta bort raden.');
	}
	if (data.paidAmount !== undefined && data.status !== 'granted') {
		add(
			['paidAmount'],
			`väntade inget utbetalt belopp för ett projekt med status ${data.status} (${projectStatusLabels[data.status]}), men det står ${kr(data.paidAmount)}. Bara beviljade pengar betalas ut: kontrollera status och belopp mot källan.`,
		);
	}
	if (data.paidAmount !== undefined && grantedAsCorrected !== undefined && data.paidAmount > grantedAsCorrected) {
		add(
			['paidAmount'],
			expectedFound(
				`ett utbetalt belopp som högst är det beviljade (${kr(grantedAsCorrected)})`,
				kr(data.paidAmount),
				'Kontrollera beloppen mot källan; har ett ändringsbeslut höjt det beviljade beloppet, skriv det nya beloppet som grantedAmount.',
			),
		);
	}
	if (data.workStatusDate !== undefined && data.workStatus === undefined) {
		add(
			['workStatusDate'],
			'ett datum för arbetets status, men workStatus saknas. Skriv workStatus som källan anger den, eller ta bort raden.',
		);
	}
	return issues;
}

/** Cross-field rules: each issue names the field and says what was expected, what was found and what to do. */
export function crossFieldIssues(data: ProjectData, config: SiteConfig): ProjectIssue[] {
	const issues: ProjectIssue[] = [];
	const add = (path: (string | number)[], message: string) => issues.push({ path, message });
	const before = (end: string, start: string) => `${quote(end)} ligger före starten ${quote(start)}. Kontrollera datumen i källan.`;

	if (data.period && !endsOnOrAfter(data.period.end, data.period.start)) add(['period', 'end'], before(data.period.end, data.period.start));
	data.activities.forEach((activity, i) => {
		if (activity.start && activity.end && !endsOnOrAfter(activity.end, activity.start))
			add(['activities', i, 'end'], before(activity.end, activity.start));
	});

	let previous: string | undefined;
	data.decisions.forEach((decision, i) => {
		if (decision.date && previous && compareDates(decision.date, previous) < 0) {
			add(
				['decisions', i, 'date'],
				`${quote(decision.date)} ligger före det tidigare beslutets datum ${quote(previous)}. Skriv besluten i tidsordning, det äldsta först.`,
			);
		}
		previous = decision.date ?? previous;
		if (decision.kind === 'proposal' && !decision.proposed) {
			add(
				['decisions', i, 'proposed'],
				expectedFound('vad förslaget föreslår', undefined, 'Lägg till proposed: grant (bifall) eller proposed: rejection (avslag).'),
			);
		}
		if (decision.kind !== 'proposal' && decision.proposed) {
			add(
				['decisions', i, 'proposed'],
				`bara ett förslag till beslut (kind: proposal) föreslår något, men det här är kind: ${decision.kind}. Ta bort raden.`,
			);
		}
	});
	const last = data.decisions.at(-1);
	const statusAfter: Record<DecisionKind, ProjectStatusCode> = {
		application: 'applied',
		proposal: 'proposed',
		grant: 'granted',
		amendment: 'granted',
		rejection: 'rejected',
	};
	if (last && statusAfter[last.kind] !== data.status) {
		add(
			['status'],
			expectedFound(
				`${statusAfter[last.kind]} (${projectStatusLabels[statusAfter[last.kind]]}), som följer av det senaste beslutet (kind: ${last.kind})`,
				data.status,
				'Ändra status, eller lägg till beslutet som saknas.',
			),
		);
	}

	const derived = new Map(countiesOfMunicipalities(data.municipalities).map((c) => [c.name, c]));
	data.counties.forEach((name, i) => {
		if (derived.has(name)) {
			add(
				['counties', i],
				`${quote(name)} följer redan av kommunerna i municipalities. Ta bort raden: länen för de namngivna kommunerna räknas ut automatiskt.`,
			);
		}
	});

	data.spellings.forEach((spelling, i) => {
		if (!data.municipalities.includes(spelling.name) && !data.counties.includes(spelling.name)) {
			add(
				['spellings', i, 'name'],
				`${quote(spelling.name)} står inte i municipalities eller counties. En stavning säger hur källan skriver ett av postens ortnamn: skriv namnet som där, eller ta bort raden.`,
			);
		}
	});

	const decider = config.deciders.find((r) => r.name === data.decider);
	if (decider && data.priority) {
		const priority = decider.priorities.find((p) => samePriority(p, data.priority!));
		if (!priority) {
			const known = decider.priorities.map((p) => JSON.stringify(priorityLabel(p)));
			add(
				['priority'],
				known.length
					? `${quote(priorityLabel(data.priority))} är inget prioriterat område för ${decider.name} i inställningarna (${listOr(known)}). Skriv code och name precis som där, eller lägg till området i src/site.config.ts.`
					: `${decider.name} har inga prioriterade områden i inställningarna. Ta bort priority, eller lägg till områdena i src/site.config.ts.`,
			);
		} else if (data.priority.sub && !priority.subs.includes(data.priority.sub)) {
			add(
				['priority', 'sub'],
				priority.subs.length
					? `${quote(data.priority.sub)} är inget delområde till ${quote(priority.name)} i inställningarna (${listOr(priority.subs.map((s) => JSON.stringify(s)))}). Skriv det precis som där, eller lägg till det i src/site.config.ts.`
					: `${quote(priority.name)} har inga delområden i inställningarna. Ta bort raden, eller lägg till delområdet i src/site.config.ts.`,
			);
		}
	}

	// Corrections must point at a figure that holds the published value.
	const corrected = new Map<string, number>();
	data.corrections.forEach((correction, i) => {
		const value = figureAt(data, correction.field);
		if (value === undefined) {
			add(
				['corrections', i, 'field'],
				`${quote(correction.field)} pekar inte på någon siffra i posten. Skriv sökvägen till siffran som rättas, t.ex. "financing[5].amount" för finansieringstabellens sjätte rad (i sökvägen räknas raderna från 0) eller "totalBudget".`,
			);
			return;
		}
		const printedDigits = String(correction.published).replace(/\D/g, '');
		if (printedDigits !== String(value) && printedDigits !== String(value / 1000)) {
			add(
				['corrections', i, 'published'],
				expectedFound(
					`samma siffror som i ${correction.field} (${kr(value)})`,
					correction.published,
					'Skriv värdet precis som det är tryckt i källan.',
				),
			);
		}
		corrected.set(correction.field, correction.corrected);
	});

	// The sums must hold for the figures as corrected: every figure may carry a correction.
	const fixed = (path: string, value: number) => corrected.get(path) ?? value;

	// Plausibility between status and amounts, on the figures as corrected. All are errors: each
	// would make a page state more than the source (granted money on a rejected project, a grant
	// larger than the whole budget), and a source that truly says so is corrected in `corrections`.
	const amounts = {
		grantedAmount: 'ett beviljat belopp',
		appliedAmount: 'ett sökt belopp',
		totalBudget: 'en total projektbudget',
	} as const;
	const figure = (field: keyof typeof amounts) => (data[field] === undefined ? undefined : fixed(field, data[field]));
	for (const field of Object.keys(amounts) as (keyof typeof amounts)[]) {
		if (figure(field) === 0) {
			add(
				[field],
				expectedFound(
					`${amounts[field]} större än 0 kr`,
					'0 kr',
					'Ett belopp som källan inte anger skrivs genom att ta bort raden, inte som 0.',
				),
			);
		}
	}
	const granted = figure('grantedAmount');
	if (granted !== undefined && data.status !== 'granted') {
		add(
			['grantedAmount'],
			`väntade inget beviljat belopp för ett projekt med status ${data.status} (${projectStatusLabels[data.status]}), men det står ${kr(granted)}. Bara ett beviljat projekt har ett beviljat belopp: är beloppet det sökta, skriv det som appliedAmount; annars ta bort raden.`,
		);
	}
	if (data.grantedAmountEur !== undefined && data.status !== 'granted') {
		add(
			['grantedAmountEur'],
			`väntade inget beviljat belopp i euro för ett projekt med status ${data.status} (${projectStatusLabels[data.status]}), men det står ${data.grantedAmountEur} euro. Bara ett beviljat projekt har ett beviljat belopp: ta bort raden.`,
		);
	}
	if (data.grantedAmountEur === 0)
		add(
			['grantedAmountEur'],
			expectedFound(
				'ett beviljat belopp i euro större än 0',
				'0 euro',
				'Ett belopp som källan inte anger skrivs genom att ta bort raden, inte som 0.',
			),
		);
	const applied = figure('appliedAmount');
	const budget = figure('totalBudget');
	if (granted && budget && granted > budget) {
		add(
			['grantedAmount'],
			expectedFound(
				`ett beviljat belopp som högst är den totala projektbudgeten (${kr(budget)})`,
				kr(granted),
				'Kontrollera beloppen mot källan; är källans siffra fel, skriv en rättelse under corrections.',
			),
		);
	}
	if (granted && applied && granted > applied) {
		add(
			['grantedAmount'],
			expectedFound(
				`ett beviljat belopp som högst är det sökta beloppet (${kr(applied)})`,
				kr(granted),
				'Kontrollera beloppen mot källan; har ett ändringsbeslut höjt beloppet, skriv det sökta beloppet i ändringsansökan som appliedAmount.',
			),
		);
	}
	if (applied && budget && applied > budget) {
		add(
			['appliedAmount'],
			expectedFound(
				`ett sökt belopp som högst är den totala projektbudgeten (${kr(budget)})`,
				kr(applied),
				'Kontrollera beloppen mot källan; är källans siffra fel, skriv en rättelse under corrections.',
			),
		);
	}
	if (data.financing.length > 0) {
		const published = sum(data.financing.map((row) => row.amount));
		if (data.totalBudget === undefined) {
			add(
				['totalBudget'],
				expectedFound(
					`den totala projektbudgeten (finansieringsraderna summerar till ${kr(published)})`,
					undefined,
					'Skriv totalbudgeten som i källan.',
				),
			);
		} else {
			const total = fixed('totalBudget', data.totalBudget);
			const afterCorrections = sum(data.financing.map((row, i) => fixed(financingAmountPath(i), row.amount)));
			if (afterCorrections !== total) {
				const explained = corrected.size > 0 ? ` (${kr(afterCorrections)} efter rättelserna)` : '';
				add(
					['financing'],
					`raderna summerar till ${kr(published)}${explained}, men totalBudget är ${kr(total)}. Kontrollera beloppen mot källan; går källans egen tabell inte ihop, skriv en rättelse under corrections.`,
				);
			}
		}
		const { field: amountField, amount: printed } = decidedAmount(data);
		if (printed !== undefined) {
			const amount = fixed(amountField, printed);
			const rows = data.financing.flatMap((row, i) => (isDeciderRow(row, data.decider) ? [fixed(financingAmountPath(i), row.amount)] : []));
			const deciderSum = sum(rows);
			if (rows.length === 0) {
				add(
					['financing'],
					`det finns ingen rad för det beslutande organet (en finansiär som börjar med "${data.decider}") på ${kr(amount)} (${amountField}). Skriv organets rad som i källans tabell.`,
				);
			} else if (deciderSum !== amount) {
				add(
					['financing'],
					`raderna för ${data.decider} summerar till ${kr(deciderSum)}, men ${amountField} är ${kr(amount)}. Kontrollera beloppen mot källan.`,
				);
			}
		}
	}
	issues.push(...progressIssues(data, granted));
	return issues;
}
