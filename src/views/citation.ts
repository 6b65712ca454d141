/**
 * The "Citera" block of a project page: one paragraph a reader can copy as it stands, with the
 * project's title and case numbers, what was decided by whom and when (a proposal stays a
 * proposal), the source document and passage, and the permalink. The date the page was built is
 * added by the page (components/project/Citation.astro): it is not part of the model, so a page kept
 * from an earlier build keeps the date its data was built.
 */
import { passageLine } from '../domain/sources.ts';
import type { ProjectEntry } from '../domain/project.ts';
import { decisionLabel, formatDate } from '../format.ts';
import { urls } from '../urls.ts';
import type { Bank } from './bank.ts';

/** A run of the citation's text, a link where `href` is set. */
export interface CitationPart {
	text: string;
	href?: string;
}

/** The anchor of a line of a source document's text on its page. */
export const lineAnchor = (line: number) => `rad-${line}`;

/** Where a project's source passage lies: the source page, at the passage's line where it is found. */
export function sourceLink(entry: ProjectEntry, bank: Pick<Bank, 'sourceOf'>): string | undefined {
	const source = bank.sourceOf(entry);
	if (!source) return undefined;
	const line = source.text && entry.data.source.passage ? passageLine(source.text, entry.data.source.passage) : undefined;
	return urls.source(source.slug) + (line ? `#${lineAnchor(line)}` : '');
}

export function citation(entry: ProjectEntry, bank: Pick<Bank, 'sourceOf' | 'config'>): CitationPart[] {
	const p = entry.data;
	const ids = [p.id && `ärende-id ${p.id}`, p.ref && `diarienummer ${p.ref}`].filter(Boolean).join(', ');
	const decisions = p.decisions
		.filter((d) => d.kind !== 'application')
		.map(
			(d) =>
				`${decisionLabel(d)}: ${[d.body ?? p.decider, d.date ? formatDate(d.date) : 'datum anges inte i källan', d.reference].filter(Boolean).join(', ')}`,
		);
	const permalink = urls.absolute(urls.project(entry.key), bank.config.baseUrl);
	return [
		{ text: `${p.title}. ` },
		...(ids ? [{ text: `${ids[0]!.toLocaleUpperCase('sv')}${ids.slice(1)}. ` }] : []),
		{ text: decisions.length ? `${decisions.join('; ')}. ` : `${p.decider}: källan anger inget beslut. ` },
		{ text: 'Källa: ' },
		{ text: p.source.document, href: sourceLink(entry, bank) },
		{ text: `${p.source.passage ? `, ${p.source.passage}` : ''}. ${bank.config.name}, ` },
		{ text: permalink, href: permalink },
	];
}
