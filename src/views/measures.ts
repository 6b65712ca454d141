/**
 * Headline figures as the pages state them: each figure with the words that say what it counts
 * (granted money of granted projects, budgets of granted projects, applied money apart).
 */
import { statedBudget, statedGranted, type FundShare, type Measures } from '../domain/measures.ts';
import type { PlaceMeasures } from '../domain/places.ts';
import { byCount, counted, countProjects, formatKronor, formatNumber, notGrantedClause } from '../format.ts';
import { fundKindLabels, fundKinds, type FundConfig } from '../schemas/site.ts';

export interface Stat {
	/** The figure, e.g. "72 750 869 kr". */
	figure: string;
	/** What it counts, e.g. "beviljat av de beslutande organen till 17 projekt". */
	text: string;
	/** The figure's parts, each saying what it counts: "ERUF (EU-medel): 10 000 000 kr i 9 projekt". */
	parts?: string[];
}

/** No fund named in the source: a part of its own, never folded into a fund. */
export const NO_FUND_PART = 'ingen fond angiven';

/** A fund with whose money it is, from the settings: "ERUF (EU-medel)"; "ingen fond angiven" where the source names none. */
export function fundWithKind(fund: string | undefined, funds: readonly FundConfig[]): string {
	if (fund === undefined) return NO_FUND_PART;
	const kind = funds.find((f) => f.name === fund)?.kind;
	// "Regionala medel" says whose money it is already.
	return kind && fund.toLocaleLowerCase('sv') !== fundKindLabels[kind] ? `${fund} (${fundKindLabels[kind]})` : fund;
}

/**
 * Granted money by whose money it is (EU, national, regional, other; then the projects naming no
 * fund), for a table cell too narrow for every fund: "EU-medel: 51 655 769 kr".
 */
export function grantedByKind(shares: readonly FundShare[], funds: readonly FundConfig[]): string[] {
	return kindTotals(shares, funds).flatMap(({ label, amount, projects }) => (projects ? [`${label}: ${formatKronor(amount)}`] : []));
}

/** Every kind of money (and no fund named) with its part of some granted money: zero where none of it is that kind. */
export function kindTotals(
	shares: readonly FundShare[],
	funds: readonly FundConfig[],
): { label: string; amount: number; projects: number }[] {
	const kindOf = (fund: string | undefined) => funds.find((f) => f.name === fund)?.kind;
	const groups = [
		...fundKinds.map((kind) => ({ label: fundKindLabels[kind], of: (s: FundShare) => s.fund !== undefined && kindOf(s.fund) === kind })),
		{ label: NO_FUND_PART, of: (s: FundShare) => kindOf(s.fund) === undefined },
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
function byFund(shares: readonly FundShare[], funds: readonly FundConfig[]): Pick<Stat, 'parts'> & { suffix: string } {
	if (shares.length === 0) return { suffix: '' };
	if (shares.length === 1)
		return { suffix: shares[0]!.fund === undefined ? `; ${NO_FUND_PART}` : `, allt ur ${fundWithKind(shares[0]!.fund, funds)}` };
	return {
		suffix: ', varav',
		parts: shares.map((s) => `${fundWithKind(s.fund, funds)}: ${formatKronor(s.amount)} i ${countProjects(s.projects)}`),
	};
}

/** A figure the sources do not state: never 0 kr. */
const MISSING = 'uppgift saknas';

/** "varav 17 beviljade, 1 avslaget och 2 som inte är avgjorda". */
export function statusBreakdown(m: Measures): string {
	const parts = [
		m.granted ? counted(m.granted, 'beviljat', 'beviljade') : '',
		m.rejected ? counted(m.rejected, 'avslaget', 'avslagna') : '',
		m.undecided ? `${formatNumber(m.undecided)} som inte är ${byCount(m.undecided, 'avgjort', 'avgjorda')}` : '',
	].filter(Boolean);
	if (parts.length === 0) return '';
	return `varav ${parts.length > 1 ? `${parts.slice(0, -1).join(', ')} och ${parts.at(-1)}` : parts[0]}`;
}

/**
 * The measures of a set of projects in words. `what` completes "N projekt …" ("som verkar i
 * Umeå"); granted money is split by fund, each named with whose money it is (`funds`, the
 * settings); places add their even share, with `method` saying where its method is explained.
 */
export function measureStats(m: Measures | PlaceMeasures, what: string, funds: readonly FundConfig[], method = 'se metoden nedan'): Stat[] {
	const stats: Stat[] = [{ figure: countProjects(m.projects), text: [what, statusBreakdown(m)].filter(Boolean).join(', ') }];
	if (m.granted > 0) {
		const grantedProjects = counted(m.granted, 'beviljat projekt', 'beviljade projekt');
		// "X kr för N av M projekt; uppgift saknas för M−N": a sum of some projects never reads as all of them.
		const someOf = (stated: number) =>
			stated < m.granted
				? `${formatNumber(stated)} av ${grantedProjects}; uppgift saknas för ${formatNumber(m.granted - stated)}`
				: undefined;
		const split = byFund(m.grantedByFund, funds);
		stats.push(
			m.grantedWithAmount
				? {
						figure: formatKronor(m.grantedMoney),
						text: `beviljat av de beslutande organen till ${someOf(m.grantedWithAmount) ?? grantedProjects}${split.suffix}`,
						...(split.parts ? { parts: split.parts } : {}),
					}
				: { figure: MISSING, text: `om beviljat belopp för ${grantedProjects}: källan anger inget` },
		);
		const budgets = someOf(m.grantedWithBudget);
		stats.push(
			m.grantedWithBudget
				? {
						figure: formatKronor(m.grantedBudget),
						text: budgets
							? `i total budget, alla finansiärer, för ${budgets}`
							: 'i total budget för de beviljade projekten, alla finansiärer',
					}
				: { figure: MISSING, text: `om total budget för ${grantedProjects}: källan anger ingen` },
		);
	}
	const notGranted = m.rejected + m.undecided;
	if (notGranted > 0) {
		const applications = `${counted(notGranted, 'ansökan', 'ansökningar')} ${notGrantedClause(notGranted, 'ansökan')}`;
		const unstated = notGranted - m.appliedWithAmount;
		stats.push(
			m.appliedWithAmount === 0
				? { figure: MISSING, text: `om sökt belopp i ${applications}: källan anger inget` }
				: {
						figure: formatKronor(m.appliedMoney),
						text: `sökt i ${unstated ? `${formatNumber(m.appliedWithAmount)} av ` : ''}${applications}${unstated ? `; uppgift saknas för ${formatNumber(unstated)}` : ''}: inte beviljat`,
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

export const grantedInWords = (m: Measures) => sumInWords(statedGranted(m), m.grantedWithAmount, m.granted);
export const budgetInWords = (m: Measures) => sumInWords(statedBudget(m), m.grantedWithBudget, m.granted);
