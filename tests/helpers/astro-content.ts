/**
 * A stand-in for `astro:content` in unit tests of the views, as Starlight tests its routes:
 *   vi.mock('astro:content', async () => (await import('../../helpers/astro-content.ts')).shippedContent());
 */
import type { ProjectEntry } from '../../src/domain/project.ts';
import { shippedProjects } from './shipped.ts';

export function mockedContent(projects: ProjectEntry[]) {
	const entries = projects.map((p) => ({
		id: p.key,
		collection: 'projects',
		data: p.data,
		body: p.body,
		filePath: `src/content/projects/${p.key}.md`,
	}));
	return {
		getCollection: async (collection: string) => (collection === 'projects' ? entries : []),
		getEntry: async (collection: string, id: string) => (collection === 'projects' ? entries.find((e) => e.id === id) : undefined),
	};
}

export function shippedContent() {
	return mockedContent(shippedProjects());
}
