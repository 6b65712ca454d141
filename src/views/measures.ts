/**
 * Headline figures as the pages state them: each figure with the words that say what it counts
 * (granted money of granted projects, budgets of granted projects, applied money apart).
 */
import { statedBudget, statedGranted, type FundShare, type Measures } from '../domain/measures.ts';
import type { PlaceMeasures } from '../domain/places.ts';
import { counted, formatKronor, formatNumber } from '../format.ts';
import { localised, type Localised } from '../i18n/locale.ts';
import { fundKinds, type FundConfig } from '../schemas/site.ts';

const swedish = localised('sv');

export interface Stat {
	/** The figure, e.g. "72 750 869 kr". */
	figure: string;
	/** What it counts, e.g. "beviljat av de beslutande organen till 17 projekt". */
	text: string;
	/** The figure's parts, each saying what it counts: "ERUF (EU-medel): 10 000 000 kr i 9 projekt". */
	parts?: string[];
}

/** No fund named in the source: a part of its own, never folded into a fund. */
export const NO_FUND_PART = swedish.m.stats.noFund;

/** A figure the sources do not state: never 0 kr. */
const MISSING = swedish.m.stats.missing;

/** A fund with whose money it is, from the settings: "ERUF (EU-medel)"; "ingen fond angiven" where the source names none. */
export function fundWithKind(fund: string | undefined, funds: readonly FundConfig[], { m }: Localised = swedish): string {
	if (fund === undefined) return m.stats.noFund;
	const kind = funds.find((f) => f.name === fund)?.kind;
	const kindLabels = m.labels.fundKinds;
	// "Regionala medel" says whose money it is already.
	return kind && fund.toLocaleLowerCase('sv') !== swedish.m.labels.fundKinds[kind] ? `${fund} (${kindLabels[kind]})` : fund;
}

/**
 * Granted money by whose money it is (EU, national, regional, other; then the projects naming no
 * fund), for a table cell too narrow for every fund: "EU-medel: 51 655 769 kr".
 */
export function grantedByKind(shares: readonly FundShare[], funds: readonly FundConfig[], l: Localised = swedish): string[] {
	return kindTotals(shares, funds, l).flatMap(({ label, amount, projects }) => (projects ? [`${label}: ${l.f.kronor(amount)}`] : []));
}

/** Every kind of money (and no fund named) with its part of some granted money: zero where none of it is that kind. */
export function kindTotals(
	shares: readonly FundShare[],
	funds: readonly FundConfig[],
	{ m }: Localised = swedish,
): { label: string; amount: number; projects: number }[] {
	const kindOf = (fund: string | undefined) => funds.find((f) => f.name === fund)?.kind;
	const groups = [
		...fundKinds.map((kind) => ({
			label: m.labels.fundKinds[kind],
			of: (s: FundShare) => s.fund !== undefined && kindOf(s.fund) === kind,
		})),
		{ label: m.stats.noFund, of: (s: FundShare) => kindOf(s.fund) === undefined },
	];
	return groups.map(({ label, of }) => {
		const here = shares.filter(of);
		return { label, amount: here.reduce((sum, s) => sum + s.amount, 0), projects: here.reduce((sum, s) => sum + s.projects, 0) };
	});
}

/**
 * Granted money split by fund, so EU, national and regional money are never one figure under one
 * name: one part per fund where there are several, else the one fund named in the text.
 */
function byFund(shares: readonly FundShare[], funds: readonly FundConfig[], l: Localised): Pick<Stat, 'parts'> & { suffix: string } {
	const { m, f } = l;
	if (shares.length === 0) return { suffix: '' };
	if (shares.length === 1)
		return { suffix: shares[0]!.fund === undefined ? `; ${m.stats.noFund}` : m.stats.allFrom(fundWithKind(shares[0]!.fund, funds, l)) };
	return {
		suffix: m.stats.ofWhich,
		parts: shares.map((s) =>
			m.stats.fundPart(fundWithKind(s.fund, funds, l), f.kronor(s.amount), m.stats.projects(f.number(s.projects), s.projects)),
		),
	};
}

/** "varav 17 beviljade, 1 avslaget och 2 som inte är avgjorda". */
export function statusBreakdown(measures: Measures, { m, f }: Localised = swedish): string {
	const parts = [
		measures.granted ? m.stats.granted(f.number(measures.granted), measures.granted) : '',
		measures.rejected ? m.stats.rejected(f.number(measures.rejected), measures.rejected) : '',
		measures.undecided ? m.stats.undecided(f.number(measures.undecided), measures.undecided) : '',
	].filter(Boolean);
	if (parts.length === 0) return '';
	return m.stats.breakdown(parts);
}

/**
 * The measures of a set of projects in words. `what` completes "N projekt …" ("som verkar i
 * Umeå"); granted money is split by fund, each named with whose money it is (`funds`, the
 * settings); places add their even share, with `method` saying where its method is explained.
 */
export function measureStats(
	m: Measures | PlaceMeasures,
	what: string,
	funds: readonly FundConfig[],
	method = 'se metoden nedan',
	l: Localised = swedish,
): Stat[] {
	const { m: words, f } = l;
	const t = words.stats;
	const stats: Stat[] = [
		{ figure: t.projects(f.number(m.projects), m.projects), text: [what, statusBreakdown(m, l)].filter(Boolean).join(', ') },
	];
	if (m.granted > 0) {
		const grantedProjects = t.grantedProjects(f.number(m.granted), m.granted);
		// "X kr för N av M projekt; uppgift saknas för M−N": a sum of some projects never reads as all of them.
		const someOf = (stated: number) =>
			stated < m.granted ? t.someOf(f.number(stated), grantedProjects, f.number(m.granted - stated)) : undefined;
		const split = byFund(m.grantedByFund, funds, l);
		// Amounts stated in euro only are neither in the kronor sum nor missing: they stand apart, as stated.
		const eurOnly = m.grantedEurOnly;
		const noAmount = m.granted - m.grantedWithAmount - eurOnly;
		const inKronor = m.grantedWithAmount
			? t.someOfKronor(f.number(m.grantedWithAmount), grantedProjects, noAmount ? f.number(noAmount) : undefined, f.number(eurOnly))
			: undefined;
		if (m.grantedWithAmount)
			stats.push({
				figure: f.kronor(m.grantedMoney),
				text: t.grantedBy(eurOnly ? inKronor! : (someOf(m.grantedWithAmount) ?? grantedProjects), split.suffix),
				...(split.parts ? { parts: split.parts } : {}),
			});
		else if (noAmount) stats.push({ figure: t.missing, text: t.grantedMissing(t.grantedProjects(f.number(noAmount), noAmount)) });
		if (eurOnly)
			stats.push({ figure: words.money.eur(f.number(m.grantedEur)), text: t.grantedEur(t.grantedProjects(f.number(eurOnly), eurOnly)) });
		const budgets = someOf(m.grantedWithBudget);
		stats.push(
			m.grantedWithBudget
				? { figure: f.kronor(m.grantedBudget), text: budgets ? t.budgetSome(budgets) : t.budgetAll }
				: { figure: t.missing, text: t.budgetMissing(grantedProjects) },
		);
	}
	const notGranted = m.rejected + m.undecided;
	if (notGranted > 0) {
		const applications = t.applications(f.number(notGranted), notGranted);
		const unstated = notGranted - m.appliedWithAmount;
		stats.push(
			m.appliedWithAmount === 0
				? { figure: t.missing, text: t.appliedMissing(applications) }
				: {
						figure: f.kronor(m.appliedMoney),
						text: t.applied(unstated ? f.number(m.appliedWithAmount) : undefined, applications, unstated ? f.number(unstated) : undefined),
					},
		);
	}
	if ('evenShareBudget' in m && m.granted > 0) {
		const granted = m.evenShareGranted === undefined ? MISSING : formatKronor(m.evenShareGranted);
		stats.push(
			m.evenShareBudget === undefined
				? {
						figure: MISSING,
						text: `om beräknad jämn andel av de beviljade projektens budgetar: inget av dem anger en budget (av det beviljade: ${granted}); ${method}`,
					}
				: {
						figure: formatKronor(m.evenShareBudget),
						text: `beräknad jämn andel av de beviljade projektens budgetar (av det beviljade: ${granted}); ${method}`,
					},
		);
	}
	return stats;
}

/**
 * A sum in a sentence: "72 750 869 kr", "1 000 kr för 3 av 5 beviljade projekt; uppgift saknas för
 * 2", or "uppgift saknas" where none of them states the figure.
 */
function sumInWords(amount: number | undefined, stated: number, of: number): string {
	if (amount === undefined) return MISSING;
	return stated < of
		? `${formatKronor(amount)} för ${formatNumber(stated)} av ${counted(of, 'beviljat projekt', 'beviljade projekt')}; uppgift saknas för ${formatNumber(of - stated)}`
		: formatKronor(amount);
}

/**
 * Granted money in a sentence, as sumInWords; grants stated in euro only stand apart in euro, neither in
 * the kronor sum nor missing: "1 000 kr för 1 av 3 beviljade projekt; 250 000 euro för 1, inte omräknat;
 * uppgift saknas för 1".
 */
export const grantedInWords = (m: Measures) => {
	if (m.grantedEurOnly === 0) return sumInWords(statedGranted(m), m.grantedWithAmount, m.granted);
	const eur = `${swedish.m.money.eur(formatNumber(m.grantedEur))}`;
	if (m.grantedEurOnly === m.granted) return `${eur} (bara i euro, inte omräknat)`;
	const noAmount = m.granted - m.grantedWithAmount - m.grantedEurOnly;
	const projects = counted(m.granted, 'beviljat projekt', 'beviljade projekt');
	return [
		m.grantedWithAmount
			? `${formatKronor(m.grantedMoney)} för ${formatNumber(m.grantedWithAmount)} av ${projects}; ${eur} för ${formatNumber(m.grantedEurOnly)}, inte omräknat`
			: `${eur} för ${formatNumber(m.grantedEurOnly)} av ${projects}, inte omräknat`,
		noAmount ? `uppgift saknas för ${formatNumber(noAmount)}` : '',
	]
		.filter(Boolean)
		.join('; ');
};
export const budgetInWords = (m: Measures) => sumInWords(statedBudget(m), m.grantedWithBudget, m.granted);
