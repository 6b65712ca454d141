/** The deciders' strategies (RUS) and their numbered priority areas, as the settings name them. */
import { measure, type Measures } from './measures.ts';
import type { ProjectEntry } from './project.ts';
import type { SiteConfig } from '../schemas/site.ts';

export interface PriorityRef {
	code?: string | undefined;
	name: string;
}

/** "Prioritering 1: …", or the bare name where the strategy does not number its areas. */
export function priorityLabel(priority: PriorityRef): string {
	return priority.code ? `Prioritering ${priority.code}: ${priority.name}` : priority.name;
}

export function samePriority(a: PriorityRef, b: PriorityRef): boolean {
	return a.name === b.name && (a.code ?? undefined) === (b.code ?? undefined);
}

export interface SubPriorityGroup {
	name: string;
	projects: ProjectEntry[];
	measures: Measures;
}

export interface PriorityGroup extends PriorityRef {
	label: string;
	projects: ProjectEntry[];
	measures: Measures;
	subs: SubPriorityGroup[];
}

export interface DeciderPriorities {
	decider: string;
	strategy: string | undefined;
	priorities: PriorityGroup[];
	/** Projects of the decider the sources give no priority area for. */
	withoutPriority: ProjectEntry[];
}

/** The row of a decider's projects whose source names no priority area, so a column of sums adds up to the total. */
export const NO_PRIORITY_LABEL = 'Ingen prioritering angiven';

export function priorityTree(projects: readonly ProjectEntry[], config: SiteConfig): DeciderPriorities[] {
	// A decider with no strategy and no project (a national agency in a regional bank) has nothing to show.
	const shown = config.deciders.filter((d) => d.priorities.length > 0 || projects.some((p) => p.data.decider === d.name));
	return shown.map((decider) => {
		const own = projects.filter((p) => p.data.decider === decider.name);
		const priorities = decider.priorities.map((priority) => {
			const here = own.filter((p) => p.data.priority !== undefined && samePriority(p.data.priority, priority));
			return {
				code: priority.code,
				name: priority.name,
				label: priorityLabel(priority),
				projects: here,
				measures: measure(here),
				subs: priority.subs.map((sub) => {
					const inSub = here.filter((p) => p.data.priority?.sub === sub);
					return { name: sub, projects: inSub, measures: measure(inSub) };
				}),
			};
		});
		return { decider: decider.name, strategy: decider.strategy, priorities, withoutPriority: own.filter((p) => !p.data.priority) };
	});
}
