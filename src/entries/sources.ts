/**
 * Reading the source documents: src/content/sources/<slug>.yaml says what a document is (schemas/
 * source.ts), <slug>.txt beside it holds its text as extracted (page furniture, hyphenation and
 * broken tables included), shipped so that a reader can check every figure. A document the
 * settings of another bank cannot ship may leave the text out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatPath } from '../schemas/errors.ts';
import { decodeUtf8, parseYaml } from './files.ts';
import { sourceSchema, type SourceData } from '../schemas/source.ts';

export const SOURCES_DIR = 'src/content/sources';

export interface SourceDocument extends SourceData {
	/** The file name without extension: the page's address. */
	slug: string;
	/** The document's text, where shipped. */
	text: string | undefined;
}

/** Every source document, in slug order; throws one error listing every problem, by file and field. */
export function readSources(dir = SOURCES_DIR, root = '.'): SourceDocument[] {
	const folder = resolve(root, dir);
	if (!existsSync(folder)) return [];
	const problems: string[] = [];
	const sources: SourceDocument[] = [];
	for (const name of readdirSync(folder)
		.filter((n) => n.endsWith('.yaml'))
		.sort()) {
		const slug = name.slice(0, -'.yaml'.length);
		const file = `${dir}/${name}`;
		if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
			problems.push(
				`${file}:1: filnamnet – väntade gemena bokstäver a–z, siffror och bindestreck (sidans adress), men det står "${slug}".`,
			);
		// Read as entries are: strictly UTF-8, no YAML anchors, every problem at its line.
		const decoded = decodeUtf8(readFileSync(join(folder, name)));
		if ('line' in decoded) {
			problems.push(`${file}:${decoded.line}: ${decoded.message}`);
			continue;
		}
		const yaml = parseYaml(decoded.text.normalize('NFC'));
		if (!yaml.ok) {
			problems.push(...yaml.problems.map((p) => `${file}:${p.line}: ${p.field ? `${p.field} – ` : ''}${p.message}`));
			continue;
		}
		const result = sourceSchema.safeParse(yaml.value);
		if (!result.success) {
			problems.push(
				...result.error.issues.map(
					(issue) => `${file}:${yaml.lineOf(issue.path)}: ${formatPath(issue.path) || 'dokumentet'} – ${issue.message}`,
				),
			);
			continue;
		}
		const textFile = join(folder, `${slug}.txt`);
		sources.push({ ...result.data, slug, text: existsSync(textFile) ? readFileSync(textFile, 'utf8') : undefined });
	}
	const titles = new Map<string, string>();
	for (const s of sources) {
		const other = titles.get(s.title);
		if (other) problems.push(`${dir}/${s.slug}.yaml:1: title – samma titel som ${dir}/${other}.yaml. Varje dokument har en egen titel.`);
		titles.set(s.title, s.slug);
	}
	if (problems.length) throw new Error(`Källdokumenten har fel:\n${problems.join('\n')}`);
	return sources;
}
