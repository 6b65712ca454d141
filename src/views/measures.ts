/**
 * Headline figures as the pages state them: each figure with the words that say what it counts
 * (granted money of granted projects, budgets of granted projects, applied money apart).
 */
import { statedBudget, statedGranted, type Measures } from '../domain/measures.ts';
import type { PlaceMeasures } from '../domain/places.ts';
import { byCount, counted, countProjects, formatKronor, formatNumber, notGrantedClause } from '../format.ts';

export interface Stat {
	/** The figure, e.g. "72 750 869 kr". */
	figure: string;
	/** What it counts, e.g. "beviljat av de beslutande organen till 17 projekt". */
	text: string;
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
 * Umeå"); places add their even share.
 */
export function measureStats(m: Measures | PlaceMeasures, what = ''): Stat[] {
	const stats: Stat[] = [{ figure: countProjects(m.projects), text: [what, statusBreakdown(m)].filter(Boolean).join(', ') }];
	if (m.granted > 0) {
		const grantedProjects = counted(m.granted, 'beviljat projekt', 'beviljade projekt');
		// "X kr för N av M projekt; uppgift saknas för M−N": a sum of some projects never reads as all of them.
		const someOf = (stated: number) => (stated < m.granted ? `${formatNumber(stated)} av ${grantedProjects}; uppgift saknas för ${formatNumber(m.granted - stated)}` : undefined);
		stats.push(
			m.grantedWithAmount
				? { figure: formatKronor(m.grantedMoney), text: `beviljat av de beslutande organen till ${someOf(m.grantedWithAmount) ?? grantedProjects}` }
				: { figure: MISSING, text: `om beviljat belopp för ${grantedProjects}: källan anger inget` },
		);
		const budgets = someOf(m.grantedWithBudget);
		stats.push(
			m.grantedWithBudget
				? { figure: formatKronor(m.grantedBudget), text: budgets ? `i total budget, alla finansiärer, för ${budgets}` : 'i total budget för de beviljade projekten, alla finansiärer' }
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
				? { figure: MISSING, text: `om beräknad jämn andel av de beviljade projektens budgetar: inget av dem anger en budget (av det beviljade: ${granted}); se metoden nedan` }
				: { figure: formatKronor(m.evenShareBudget), text: `beräknad jämn andel av de beviljade projektens budgetar (av det beviljade: ${granted}); se metoden nedan` },
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
	return stated < of ? `${formatKronor(amount)} för ${formatNumber(stated)} av ${counted(of, 'beviljat projekt', 'beviljade projekt')}; uppgift saknas för ${formatNumber(of - stated)}` : formatKronor(amount);
}

export const grantedInWords = (m: Measures) => sumInWords(statedGranted(m), m.grantedWithAmount, m.granted);
export const budgetInWords = (m: Measures) => sumInWords(statedBudget(m), m.grantedWithBudget, m.granted);
