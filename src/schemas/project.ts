/**
 * The schema of a project entry's frontmatter: its fields (schemas/project-shape.ts), then the rules
 * between them (domain/project-rules.ts), reported as the fields' own issues are.
 */
import { crossFieldIssues } from '../domain/project-rules.ts';
import { createBaseSchema } from './project-shape.ts';
import type { SiteConfig } from './site.ts';

export { reservedKeys, type FieldMeta, type ProjectData } from './project-shape.ts';

/** The schema of a project entry's frontmatter, checked against the site settings. */
export function createProjectSchema(config: SiteConfig) {
	return createBaseSchema(config).superRefine((data, ctx) => {
		for (const issue of crossFieldIssues(data, config)) {
			ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, input: undefined });
		}
	});
}
