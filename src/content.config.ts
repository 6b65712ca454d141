import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { createProjectSchema } from './schemas/project.ts';
import { siteConfig } from './site.config.ts';

const projects = defineCollection({
	loader: glob({ pattern: '**/*.md', base: './src/content/projects' }),
	schema: createProjectSchema(siteConfig),
});

export const collections = { projects };
