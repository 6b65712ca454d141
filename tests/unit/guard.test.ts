/**
 * Unit tests pass for any valid bank: they read small inline fixtures (tests/helpers/bank.ts), never
 * the shipped content in src/content/. Checks of the shipped content belong in tests/content/seed-bank/
 * (the vitest project `content`, run only where the seed documents are shipped).
 */
import { globSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** A string naming a module: imported, imported dynamically, mocked or required. */
function isModuleName(node: ts.StringLiteralLike): boolean {
	const parent = node.parent;
	if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent)) return true;
	if (!ts.isCallExpression(parent) || parent.arguments[0] !== node) return false;
	return (
		parent.expression.kind === ts.SyntaxKind.ImportKeyword || /^(require|vi\.(mock|doMock|importActual))$/.test(parent.expression.getText())
	);
}

/** Where a test file reads the shipped content: one line per read, `line: what`. */
export function shippedContentReads(source: string): string[] {
	const file = ts.createSourceFile('test.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
	const found: string[] = [];
	const at = (node: ts.Node, what: string) => found.push(`${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}: ${what}`);
	const visit = (node: ts.Node): void => {
		if (ts.isStringLiteralLike(node) && isModuleName(node) && /(^|\/)src\/content\/|helpers\/shipped(\.ts)?$/.test(node.text))
			at(node, `imports ${node.text}`);
		if (ts.isIdentifier(node) && /^(shippedProjects?|shippedContent)$/.test(node.text)) at(node, `uses ${node.text}`);
		if (ts.isCallExpression(node)) {
			const callee = node.expression.getText(file);
			const [first] = node.arguments;
			// The readers default to the repository's own folders; a test passes a folder or a root of its own.
			const ownFolder =
				first && node.arguments.length < 2 && !/^(PROJECTS_DIR|SOURCES_DIR|['"`](\.\/)?src\/content)/.test(first.getText(file));
			if (/(^|\.)(readEntryFiles|readSources)$/.test(callee) && node.arguments.length < 2 && !ownFolder)
				at(node, `${callee}() reads src/content/`);
			if (
				/(^|\.)(readFileSync|readdirSync|existsSync|globSync|statSync)$/.test(callee) &&
				first &&
				ts.isStringLiteralLike(first) &&
				/^(\.\/)?src\/content(\/|$)/.test(first.text)
			)
				at(node, `${callee}('${first.text}')`);
		}
		ts.forEachChild(node, visit);
	};
	visit(file);
	return found;
}

describe('the guard', () => {
	it('finds every way a test reads the shipped content', () => {
		const reads = shippedContentReads(
			[
				"import { shippedProjects } from '../../helpers/shipped.ts';",
				"vi.mock('astro:content', async () => (await import('../../helpers/astro-content.ts')).shippedContent());",
				'const files = readEntryFiles();',
				'const more = readEntryFiles(PROJECTS_DIR);',
				'const sources = readSources();',
				"const text = readFileSync('src/content/sources/a.txt', 'utf8');",
				"import entry from '../../../src/content/projects/20204763.md';",
			].join('\n'),
		);
		expect(reads).toEqual([
			'1: uses shippedProjects',
			'1: imports ../../helpers/shipped.ts',
			'2: uses shippedContent',
			'3: readEntryFiles() reads src/content/',
			'4: readEntryFiles() reads src/content/',
			'5: readSources() reads src/content/',
			"6: readFileSync('src/content/sources/a.txt')",
			'7: imports ../../../src/content/projects/20204763.md',
		]);
	});

	it('lets a test read fixtures of its own, in a folder of its own, named like the real one', () => {
		const reads = shippedContentReads(
			[
				"import { bankProjects } from '../../helpers/bank.ts';",
				'const files = readEntryFiles(PROJECTS_DIR, root);',
				'const sources = readSources(SOURCES_DIR, root);',
				"const broken = readEntryFiles('tests/fixtures/broken-entries');",
				"const file = entryFile(data, { name: 'src/content/projects/a.md' });",
				"writeFileSync(join(root, 'src/content/projects/a.md'), text);",
			].join('\n'),
		);
		expect(reads).toEqual([]);
	});
});

it('no unit test reads the shipped content', () => {
	const reads = globSync('tests/unit/**/*.ts').flatMap((path) =>
		shippedContentReads(readFileSync(path, 'utf8')).map((r) => `${path}:${r}`),
	);
	// This file's own examples are strings inside the guard's test, not reads.
	expect(reads.filter((r) => !r.startsWith('tests/unit/guard.test.ts:'))).toEqual([]);
});
