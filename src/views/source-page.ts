/**
 * /kalla/ and /kalla/<slug>/: each source document with what it is (title, issuer, date, kind), every
 * project it covers with the passage, and its text as extracted, each cited passage's line marked so
 * that a project's citation leads to it.
 */
import { passageLine } from '../domain/sources.ts';
import { swedishCollator } from '../domain/text.ts';
import type { SourceDocument } from '../entries/sources.ts';
import { countProjects, formatDate, projectStatusLabel } from '../format.ts';
import { sourceKindLabels } from '../schemas/source.ts';
import { urls } from '../urls.ts';
import type { Bank } from './bank.ts';
import { cacheKey } from './cache-key.ts';
import { lineAnchor } from './citation.ts';
import { loadBank } from './collection.ts';
import { breadcrumbs, type Crumb } from './layout.ts';

/** The document's text in runs: plain text, and the lines a project cites, each with its anchor. */
export type TextRun = { text: string; id?: string };

export function textRuns(text: string, lines: ReadonlySet<number>): TextRun[] {
	const runs: TextRun[] = [];
	let plain: string[] = [];
	text.split('\n').forEach((line, i) => {
		if (!lines.has(i + 1)) {
			plain.push(line);
			return;
		}
		if (plain.length) runs.push({ text: `${plain.join('\n')}\n` });
		plain = [];
		runs.push({ text: line, id: lineAnchor(i + 1) });
		plain.push('');
	});
	if (plain.length) runs.push({ text: plain.join('\n') });
	return runs.filter((r) => r.text !== '' || r.id);
}

export interface SourcePageModel {
	slug: string;
	title: string;
	description: string;
	breadcrumbs: Crumb[];
	facts: { term: string; value: string }[];
	projects: { title: string; href: string; status: string; passage: string | undefined; passageHref: string | undefined }[];
	text: TextRun[] | undefined;
}

const facts = (s: SourceDocument) => [
	{ term: 'Typ av dokument', value: sourceKindLabels[s.kind] },
	{ term: 'Utfärdat av', value: s.issuer },
	{ term: 'Datum', value: s.date ? formatDate(s.date) : 'Anges inte i dokumentet' },
];

export function model(source: SourceDocument, bank: Bank): SourcePageModel {
	const covered = bank.projects
		.filter((p) => bank.sourceOf(p) === source)
		.sort((a, b) => swedishCollator.compare(a.data.title, b.data.title));
	const lineOf = (passage: string | undefined) => (source.text && passage ? passageLine(source.text, passage) : undefined);
	const lines = new Set(covered.flatMap((p) => lineOf(p.data.source.passage) ?? []));
	return {
		slug: source.slug,
		title: source.title,
		description: `${sourceKindLabels[source.kind]} från ${source.issuer}: ${countProjects(covered.length)} i banken har sina uppgifter härifrån.`,
		breadcrumbs: breadcrumbs({ href: urls.sources, label: 'Källor' }, { label: source.title }),
		facts: facts(source),
		projects: covered.map((p) => {
			const line = lineOf(p.data.source.passage);
			return {
				title: p.data.title,
				href: urls.project(p.key),
				status: projectStatusLabel(p.data),
				passage: p.data.source.passage,
				passageHref: line ? `#${lineAnchor(line)}` : undefined,
			};
		}),
		text: source.text === undefined ? undefined : textRuns(source.text, lines),
	};
}

export async function paths() {
	const bank = await loadBank();
	return bank.sources.map((source) => {
		const props = model(source, bank);
		return { params: { slug: source.slug }, props, cacheKey: cacheKey(props) };
	});
}

export async function indexModel() {
	const bank = await loadBank();
	return bank.sources.map((s) => ({
		title: s.title,
		href: urls.source(s.slug),
		facts: facts(s),
		count: countProjects(bank.projects.filter((p) => bank.sourceOf(p) === s).length),
	}));
}
