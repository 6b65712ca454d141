/**
 * Headline figures as the pages state them: each figure with the words that say what it counts
 * (granted money of granted projects, budgets of granted projects, applied money apart).
 */
import type { Measures } from '../domain/measures.ts';
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
 * Umeå"); places add their even share, with `method` saying where its method is explained.
 */
export function measureStats(m: Measures | PlaceMeasures, what = '', method = 'se metoden nedan'): Stat[] {
	const stats: Stat[] = [{ figure: countProjects(m.projects), text: [what, statusBreakdown(m)].filter(Boolean).join(', ') }];
	if (m.granted > 0) {
		const grantedProjects = counted(m.granted, 'beviljat projekt', 'beviljade projekt');
		const stated = m.grantedWithAmount < m.granted ? ` (${formatNumber(m.grantedWithAmount)} av dem anger beloppet)` : '';
		stats.push(
			m.grantedWithAmount
				? { figure: formatKronor(m.grantedMoney), text: `beviljat av de beslutande organen till ${grantedProjects}${stated}` }
				: { figure: MISSING, text: `om beviljat belopp för ${grantedProjects}: källan anger inget` },
		);
		const budgets = m.grantedWithBudget < m.granted ? ` (${formatNumber(m.grantedWithBudget)} av ${formatNumber(m.granted)} anger en budget)` : '';
		stats.push(
			m.grantedWithBudget
				? { figure: formatKronor(m.grantedBudget), text: `i total budget för de beviljade projekten, alla finansiärer${budgets}` }
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
						text: `sökt i ${unstated ? `${formatNumber(m.appliedWithAmount)} av ` : ''}${applications}${unstated ? ` (${formatNumber(unstated)} anger inget belopp)` : ''}: inte beviljat`,
					},
		);
	}
	if ('evenShareBudget' in m && m.granted > 0) {
		stats.push({
			figure: formatKronor(m.evenShareBudget),
			text: `beräknad jämn andel av de beviljade projektens budgetar (av det beviljade: ${formatKronor(m.evenShareGranted)}); ${method}`,
		});
	}
	return stats;
}
