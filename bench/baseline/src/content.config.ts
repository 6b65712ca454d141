import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// BENCH_CONTENT is the corpus folder the benchmark wrote.
const projects = defineCollection({
	loader: glob({ pattern: '**/*.md', base: process.env.BENCH_CONTENT ?? './content' }),
	schema: z.looseObject({ title: z.string() }),
});

export const collections = { projects };
