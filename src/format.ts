/** Swedish (sv-SE) formatting of money, dates, shares and the names of statuses and decisions. */
import { precisionOf } from './domain/dates.ts';
import { pendingProposal } from './domain/decisions.ts';
import type { ProjectData } from './domain/project.ts';
import type { WorkState, WorkStatus } from './domain/work-status.ts';

const integer = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('sv-SE', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const longDate = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2 219 230 kr" (with non-breaking spaces, so a figure never wraps). */
export function formatKronor(amount: number): string {
	return `${integer.format(amount)}\u00a0kr`;
}

/**
 * Short Swedish amounts for chart labels: "850 kr", "135 tkr", "4,5 mn kr", "1,2 md kr" (Intl's
 * compact notation says "tn" and "mn" in Swedish, which readers do not use for kronor).
 */
export function formatKronorShort(amount: number): string {
	const abs = Math.abs(amount);
	if (abs >= 1e9) return `${oneDecimal.format(amount / 1e9)}\u00a0md\u00a0kr`;
	if (abs >= 1e6) return `${oneDecimal.format(amount / 1e6)}\u00a0mn\u00a0kr`;
	if (abs >= 1e3) return `${integer.format(amount / 1e3)}\u00a0tkr`;
	return formatKronor(amount);
}

export function formatNumber(value: number): string {
	return integer.format(value);
}

/** "12,5 %". */
export function formatShare(share: number): string {
	return percent.format(share);
}

/** A date at its own precision: "31 augusti 2026", "juni 2020", "2020". */
export function formatDate(date: string): string {
	switch (precisionOf(date)) {
		case 'day':
			return longDate.format(new Date(`${date}T00:00:00Z`));
		case 'month':
			return monthYear.format(new Date(`${date}-01T00:00:00Z`));
		case 'year':
			return date;
	}
}

/** A period: "1 juni 2020 – 30 april 2023", "juni 2020 – juni 2023". */
export function formatPeriod(start: string, end: string): string {
	return `${formatDate(start)} – ${formatDate(end)}`;
}

type Status = ProjectData['status'];
type DecisionKind = ProjectData['decisions'][number]['kind'];
type Outcome = 'grant' | 'rejection';

export const statusNames: Record<Exclude<Status, 'proposed'>, string> = { applied: 'Ansökt', granted: 'Beviljat', rejected: 'Avslaget' };
export const proposalNames: Record<Outcome, string> = { grant: 'Föreslås beviljas', rejection: 'Föreslås avslag' };

/** The status as a reader says it: "Beviljat", "Avslaget", "Ansökt", "Föreslås avslag". */
export function statusLabel(status: Status, proposed?: Outcome): string {
	return status === 'proposed' ? (proposed ? proposalNames[proposed] : 'Förslag till beslut') : statusNames[status];
}

/** A project's status, a pending proposal saying what it proposes. */
export function projectStatusLabel(project: Pick<ProjectData, 'status' | 'decisions'>): string {
	return statusLabel(project.status, pendingProposal(project));
}

export const decisionKindLabels: Record<DecisionKind, string> = {
	application: 'Ansökan',
	proposal: 'Förslag till beslut',
	grant: 'Beslut om stöd',
	rejection: 'Beslut om avslag',
	amendment: 'Ändringsbeslut',
};

export const proposalOutcomes: Record<Outcome, string> = { grant: 'bifall', rejection: 'avslag' };

/** What a decision is: "Beslut om stöd", "Ändringsbeslut", "Förslag till beslut: avslag". */
export function decisionLabel(decision: Pick<ProjectData['decisions'][number], 'kind' | 'proposed'>): string {
	return decision.kind === 'proposal' && decision.proposed
		? `${decisionKindLabels.proposal}: ${proposalOutcomes[decision.proposed]}`
		: decisionKindLabels[decision.kind];
}

export const workStatusNames: Record<WorkStatus, string> = {
	ongoing: 'Pågående',
	closed: 'Avslutat',
	terminated: 'Avbrutet',
	withdrawn: 'Återkallat',
};

/** What the source does not state and the period cannot tell (not granted, no period, not begun). */
export const WORK_STATUS_UNKNOWN = 'Anges inte';

/**
 * The work's status in a few words, a derived one saying where it comes from: "Avslutat" (the
 * source's word), "Avslutat enligt projektperioden" (derived), "Anges inte".
 */
export function workStateLabel(state: Pick<WorkState, 'status' | 'basis'> | undefined): string {
	if (!state) return WORK_STATUS_UNKNOWN;
	return state.basis === 'source' ? workStatusNames[state.status] : `${workStatusNames[state.status]} enligt projektperioden`;
}

/**
 * The work's status with its basis, for a project page: "Avslutat enligt källan (per 31 mars 2024)",
 * "Avslutat enligt projektperioden, som slutade 31 augusti 2026 (härlett: källan anger inte arbetets status)".
 */
export function workStateSentence(state: WorkState): string {
	if (state.basis === 'source')
		return `${workStatusNames[state.status]} enligt källan${state.date ? ` (per ${formatDate(state.date)})` : ''}`;
	const period = state.status === 'closed' ? `som slutade ${formatDate(state.periodEnd)}` : `som slutar ${formatDate(state.periodEnd)}`;
	return `${workStateLabel(state)}, ${period} (härlett: källan anger inte arbetets status)`;
}

export const indicatorKindLabels: Record<ProjectData['indicators'][number]['kind'], string> = {
	output: 'Aktivitetsindikator (output)',
	result: 'Resultatindikator',
};

/** The word for a count, singular for exactly 1: agreement after a count ("1 ansökan som inte är avgjord"). */
export function byCount(n: number, one: string, many: string): string {
	return n === 1 ? one : many;
}

/** A count and its noun in the right number: "1 ansökan", "2 ansökningar", "1 234 träffar". */
export function counted(n: number, one: string, many: string): string {
	return `${formatNumber(n)} ${byCount(n, one, many)}`;
}

/** "1 projekt" / "17 projekt": Swedish "projekt" is the same in singular and plural. */
export function countProjects(n: number): string {
	return counted(n, 'projekt', 'projekt');
}

/** "som avslogs eller inte är avgjort/avgjorda", agreeing with a number of projects. */
export function notGrantedClause(n: number, noun: 'projekt' | 'ansökan' = 'projekt'): string {
	return `som avslogs eller inte är ${byCount(n, noun === 'projekt' ? 'avgjort' : 'avgjord', 'avgjorda')}`;
}

const conjunction = new Intl.ListFormat('sv-SE', { type: 'conjunction' });

/** "Norrbottens län, Västerbottens län och Jämtlands län". */
export function listAnd(items: readonly string[]): string {
	return conjunction.format(items);
}

/** The site's languages: Swedish, and the English edition under /en/. */
export type Locale = 'sv' | 'en';

/** Figures and dates in one language: what every localised page formats with. */
export interface Formats {
	/** "2 219 230 kr" / "SEK 2,219,230". */
	kronor(amount: number): string;
	/** "2 219 230" / "2,219,230". */
	number(value: number): string;
	/** "12,5 %" / "12.5%". */
	share(share: number): string;
	/** "31 augusti 2026" / "31 August 2026", at the date's own precision. */
	date(date: string): string;
	/** "1 juni 2020 – 30 april 2023" / "1 June 2020 – 30 April 2023". */
	period(start: string, end: string): string;
	/** "a, b och c" / "a, b and c". */
	listAnd(items: readonly string[]): string;
}

const swedish: Formats = {
	kronor: formatKronor,
	number: formatNumber,
	share: formatShare,
	date: formatDate,
	period: formatPeriod,
	listAnd,
};

/** British English, as the English edition writes figures: "SEK 2,219,230", "31 August 2026", "12.5%". */
function english(): Formats {
	const integerEn = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
	const percentEn = new Intl.NumberFormat('en-GB', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
	const longDateEn = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
	const monthYearEn = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
	const conjunctionEn = new Intl.ListFormat('en-GB', { type: 'conjunction' });
	const date = (value: string) => {
		switch (precisionOf(value)) {
			case 'day':
				return longDateEn.format(new Date(`${value}T00:00:00Z`));
			case 'month':
				return monthYearEn.format(new Date(`${value}-01T00:00:00Z`));
			case 'year':
				return value;
		}
	};
	return {
		kronor: (amount) => `SEK\u00a0${integerEn.format(amount)}`,
		number: (value) => integerEn.format(value),
		share: (share) => percentEn.format(share),
		date,
		period: (start, end) => `${date(start)} – ${date(end)}`,
		listAnd: (items) => conjunctionEn.format(items),
	};
}

let englishFormats: Formats | undefined;

/** The formats of a language (the English ones made on first use, so Swedish-only code never builds them). */
export function formats(locale: Locale): Formats {
	return locale === 'sv' ? swedish : (englishFormats ??= english());
}
