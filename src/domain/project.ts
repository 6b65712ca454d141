/** A project as the site knows it: the validated entry, its permalink key and its summary. */
import type { ProjectData } from '../schemas/project-shape.ts';

export type { ProjectData };

export interface ProjectEntry {
	/** Permalink key: the ärende-id, or the file name when the source has none. */
	key: string;
	data: ProjectData;
	/** The summary from the source, as Markdown. */
	body: string;
}

export type ProjectStatus = ProjectData['status'];
