/** Activities and work packages: sub-activities ("1.1") are parts of their parent, not additions. */
import type { ProjectData } from './project.ts';

export interface ActivityLine {
	code: string | undefined;
	name: string;
	start: string | undefined;
	end: string | undefined;
	cost: number | undefined;
	description: string | undefined;
	/** 0 for a top-level activity, 1 for "1.1", 2 for "1.1.1". */
	depth: number;
}

export function activityLines(project: ProjectData): ActivityLine[] {
	return project.activities.map((a) => ({
		code: a.code,
		name: a.name,
		start: a.start,
		end: a.end,
		cost: a.cost,
		description: a.description,
		depth: a.code ? a.code.split('.').filter(Boolean).length - 1 : 0,
	}));
}
