import { defineCollection } from 'astro:content';
import { PROJECTS_DIR } from './entries/files.ts';
import { projectLoader } from './entries/loader.ts';
import { siteConfig } from './site.config.ts';

const projects = defineCollection({ loader: projectLoader({ base: PROJECTS_DIR, config: siteConfig }) });

export const collections = { projects };
