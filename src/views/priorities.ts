/** /prioritering/: every decider's priority areas with their projects, as the sources give them. */
import { sortProjects } from '../domain/listing.ts';
import { priorityTree } from '../domain/priorities.ts';
import type { Measures } from '../domain/measures.ts';
import { counted, countProjects } from '../format.ts';
import { priorityAnchor, deciderSlug, subPriorityAnchor, urls } from '../urls.ts';
import { loadBank } from './collection.ts';
import { budgetInWords, grantedInWords } from './measures.ts';
import { projectTable } from './tables.ts';

/** How many projects of a priority area the page lists; the search has them all. */
export const LISTED = 10;

/**
 * A priority area in words: "4 projekt, varav 2 beviljade. Beviljat: 1 000 000 kr för 1 av 2 beviljade
 * projekt; uppgift saknas för 1. Total budget för de beviljade: …". Each sum stands in a sentence of its
 * own, so the projects a sum leaves out are never read as the projects it was granted to.
 */
export function prioritySummary(m: Measures): string {
	const projects = countProjects(m.projects);
	if (m.granted === 0) return `${projects}, inget beviljat.`;
	return `${projects}, varav ${counted(m.granted, 'beviljat', 'beviljade')}. Beviljat: ${grantedInWords(m)}. Total budget för ${m.granted === 1 ? 'det beviljade projektet' : 'de beviljade projekten'}, alla finansiärer: ${budgetInWords(m)}.`;
}

export async function model() {
	const bank = await loadBank();
	return priorityTree(bank.projects, bank.config).map((decider) => ({
		name: decider.decider,
		anchor: deciderSlug(decider.decider),
		href: urls.decider(decider.decider),
		strategy: decider.strategy,
		priorities: decider.priorities.map((priority) => ({
			label: priority.label,
			anchor: priorityAnchor(decider.decider, priority),
			summary: prioritySummary(priority.measures),
			subs: priority.subs
				.filter((sub) => sub.projects.length > 0)
				.map((sub) => ({
					anchor: subPriorityAnchor(decider.decider, priority, sub.name),
					text: `Delprioritering ${sub.name}: ${prioritySummary(sub.measures)}`,
				})),
			table: priority.projects.length
				? projectTable(
						sortProjects(priority.projects, { key: 'granted', direction: 'desc' }).slice(0, LISTED),
						priority.projects.length > LISTED
							? `De ${LISTED} största av ${countProjects(priority.projects.length)} inom ${priority.label}`
							: `Projekt inom ${priority.label}`,
						{ names: bank.displayNames },
					)
				: undefined,
			all:
				priority.projects.length > LISTED
					? { href: urls.search({ prioritering: priority.label }), label: `Alla ${countProjects(priority.projects.length)} i sökningen` }
					: undefined,
			files: priority.projects.length
				? {
						csv: urls.projectsFile(urls.priorityFiles(decider.decider, priority), 'csv'),
						json: urls.projectsFile(urls.priorityFiles(decider.decider, priority), 'json'),
					}
				: undefined,
		})),
		withoutPriority: decider.withoutPriority.length
			? `${countProjects(decider.withoutPriority.length)} från ${decider.decider} anger ingen prioritering i sin källa; se`
			: undefined,
	}));
}
