/**
 * The layers of the README ("Layout") hold: no module imports itself through others, type-only
 * imports included (ESLint's import-x/no-cycle skips those, and the schema ↔ domain cycle ran
 * through them), and the lint rules that keep the model free of the site and of Astro are on.
 */
import { mkdtempSync, readFileSync, writeFileSync, existsSync, globSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** The code of a file that can import: a module whole, an Astro component's frontmatter and scripts. */
function code(file: string): string {
	const text = readFileSync(file, 'utf8');
	if (!file.endsWith('.astro')) return text;
	const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
	const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
	return [frontmatter, ...scripts].join('\n');
}

/** Every relative import of every module under `root`, type-only and dynamic ones included, as a graph of paths. */
export function importGraph(root: string): Map<string, string[]> {
	const files = globSync('**/*.{ts,mts,js,mjs,astro}', { cwd: root }).map((f) => join(root, f));
	const graph = new Map<string, string[]>();
	for (const file of files) {
		const { importedFiles } = ts.preProcessFile(code(file), true, true);
		const targets = importedFiles
			.map((i) => i.fileName)
			.filter((spec) => spec.startsWith('.'))
			.map((spec) => resolve(dirname(file), spec))
			.filter((target) => existsSync(target) && target.startsWith(resolve(root)));
		graph.set(file, [...new Set(targets)]);
	}
	return graph;
}

/** The groups of modules that import each other in a ring (Tarjan's strongly connected components of two or more). */
export function importCycles(graph: Map<string, string[]>): string[][] {
	let counter = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const cycles: string[][] = [];
	const visit = (node: string) => {
		index.set(node, counter);
		low.set(node, counter++);
		stack.push(node);
		onStack.add(node);
		for (const next of graph.get(node) ?? []) {
			if (!index.has(next)) {
				visit(next);
				low.set(node, Math.min(low.get(node)!, low.get(next)!));
			} else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
		}
		if (low.get(node) === index.get(node)) {
			const component: string[] = [];
			let member: string;
			do {
				member = stack.pop()!;
				onStack.delete(member);
				component.push(member);
			} while (member !== node);
			if (component.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(component.sort());
		}
	};
	for (const node of graph.keys()) if (!index.has(node)) visit(node);
	return cycles;
}

describe('import graph', () => {
	const fixture = (files: Record<string, string>) => {
		const root = mkdtempSync(join(tmpdir(), 'imports-'));
		for (const [name, text] of Object.entries(files)) {
			mkdirSync(dirname(join(root, name)), { recursive: true });
			writeFileSync(join(root, name), text);
		}
		return root;
	};

	it('finds a ring that runs through a type-only import, and names its modules', () => {
		const root = fixture({
			'schemas/project.ts': "import { rule } from '../domain/rules.ts';\nexport const schema = rule;\n",
			'domain/rules.ts': "import type { Data } from './project.ts';\nexport const rule = (d: Data) => d;\n",
			'domain/project.ts': "export type { Data } from '../schemas/project.ts';\n",
			'domain/leaf.ts': "import { rule } from './rules.ts';\nexport const x = rule;\n",
		});
		const cycles = importCycles(importGraph(root)).map((c) => c.map((f) => relative(root, f)));
		expect(cycles).toEqual([['domain/project.ts', 'domain/rules.ts', 'schemas/project.ts']]);
	});

	it('finds a ring through an Astro component and a dynamic import, and none in a tree', () => {
		const ring = fixture({
			'views/page.ts': "export const load = () => import('../components/Card.astro');\n",
			'components/Card.astro': "---\nimport { load } from '../views/page.ts';\n---\n<p>{String(load)}</p>\n",
		});
		expect(importCycles(importGraph(ring))).toHaveLength(1);
		const tree = fixture({
			'a.ts': "import { b } from './b.ts';\nimport type { C } from './c.ts';\nexport const a: C = b;\n",
			'b.ts': "import type { C } from './c.ts';\nexport const b: C = 1;\n",
			'c.ts': 'export type C = number;\n',
		});
		expect(importCycles(importGraph(tree))).toEqual([]);
	});

	it('has no cycle in src/, type-only imports included', () => {
		const cycles = importCycles(importGraph('src')).map((c) => c.map((f) => relative(process.cwd(), f)));
		expect(cycles).toEqual([]);
	});
});

describe('lint rules of the layers', () => {
	const eslint = new ESLint();
	const problems = async (filePath: string, text: string) =>
		(await eslint.lintText(text, { filePath })).flatMap((r) => r.messages.map((m) => m.ruleId));

	it('reports a value import cycle (import-x/no-cycle)', async () => {
		// domain/decisions.ts imports dates.ts: dates.ts importing it back closes a ring.
		expect(await problems('src/domain/dates.ts', "import { decidedOn } from './decisions.ts';\nexport const x = decidedOn;\n")).toContain(
			'import-x/no-cycle',
		);
	}, 60_000);

	it('keeps the model free of the site and of Astro, but for zod', async () => {
		expect(await problems('src/domain/probe.ts', "import { urls } from '../views/project-list.ts';\nexport const x = urls;\n")).toContain(
			'import-x/no-restricted-paths',
		);
		expect(await problems('src/schemas/probe.ts', "import { x } from '../integrations/search-index.ts';\nexport const y = x;\n")).toContain(
			'import-x/no-restricted-paths',
		);
		for (const astro of ['astro', 'astro:content', 'astro/loaders'])
			expect(await problems('src/schemas/probe.ts', `import { x } from '${astro}';\nexport const y = x;\n`), astro).toContain(
				'no-restricted-imports',
			);
		expect(await problems('src/schemas/probe.ts', "import { z } from 'astro/zod';\nexport const y = z;\n")).toEqual([]);
	}, 60_000);

	it('keeps page models free of routes and templates', async () => {
		for (const target of ['../components/table-cell.ts', '../pages/robots.txt.ts'])
			expect(await problems('src/views/probe.ts', `import { x } from '${target}';\nexport const y = x;\n`), target).toContain(
				'import-x/no-restricted-paths',
			);
	}, 60_000);
});
