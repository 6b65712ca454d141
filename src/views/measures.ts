/**
 * Headline figures as the pages state them: each figure with the words that say what it counts
 * (granted money of granted projects, budgets of granted projects, applied money apart).
 */
import type { Measures } from '../domain/measures.ts';
import type { PlaceMeasures } from '../domain/places.ts';
import { countApplications, countProjects, formatKronor, formatNumber } from '../format.ts';

export interface Stat {
	/** The figure, e.g. "72 750 869 kr". */
	figure: string;
	/** What it counts, e.g. "beviljat av de beslutande regionerna till 17 projekt". */
	text: string;
}

const plural = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;

/** "varav 17 beviljade, 1 avslaget och 2 som inte är avgjorda". */
export function statusBreakdown(m: Measures): string {
	const parts = [
		m.granted ? plural(m.granted, 'beviljat', 'beviljade') : '',
		m.rejected ? plural(m.rejected, 'avslaget', 'avslagna') : '',
		m.undecided ? `${formatNumber(m.undecided)} som inte är ${m.undecided === 1 ? 'avgjort' : 'avgjorda'}` : '',
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
		const stated = m.grantedWithAmount < m.granted ? ` (${formatNumber(m.grantedWithAmount)} av dem anger beloppet)` : '';
		stats.push({ figure: formatKronor(m.grantedMoney), text: `beviljat av de beslutande regionerna till ${plural(m.granted, 'beviljat projekt', 'beviljade projekt')}${stated}` });
		const budgets = m.grantedWithBudget < m.granted ? ` (${formatNumber(m.grantedWithBudget)} av ${formatNumber(m.granted)} anger en budget)` : '';
		stats.push({ figure: formatKronor(m.grantedBudget), text: `i total budget för de beviljade projekten, alla finansiärer${budgets}` });
	}
	const notGranted = m.rejected + m.undecided;
	if (notGranted > 0 && m.appliedWithAmount > 0) {
		stats.push({
			figure: formatKronor(m.appliedMoney),
			text: `sökt i ${countApplications(m.appliedWithAmount)} som avslogs eller inte är avgjorda: inte beviljat`,
		});
	}
	if ('evenShareBudget' in m && m.granted > 0) {
		stats.push({
			figure: formatKronor(m.evenShareBudget),
			text: `beräknad jämn andel av de beviljade projektens budgetar (av det beviljade: ${formatKronor(m.evenShareGranted)}); se metoden nedan`,
		});
	}
	return stats;
}
