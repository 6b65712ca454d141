/** The documentation's code blocks, and how an example entry in them is validated: shared by the unit and content checks of the docs. */
import { readFileSync } from 'node:fs';
import { validateEntries, type CitableSource } from '../../src/entries/validate.ts';
import { siteConfig } from '../../src/site.config.ts';

export interface Block {
	lang: string;
	text: string;
	/** The `<!-- exempel: … -->` marker right above it, if any. */
	marker: string | undefined;
	line: number;
}

export function blocks(file: string): Block[] {
	const markdown = readFileSync(file, 'utf8');
	return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((match) => {
		const before = markdown.slice(0, match.index).trimEnd().split('\n').at(-1) ?? '';
		return {
			lang: match[1]!,
			text: match[2]!,
			marker: /^<!-- exempel: (.+) -->$/.exec(before)?.[1],
			line: markdown.slice(0, match.index).split('\n').length,
		};
	});
}

/** Validates an example entry as the file its id names. */
export const validateExample = (text: string, sources?: readonly CitableSource[]) => {
	const id = /^id: "(\d{8})"/m.exec(text)?.[1];
	if (!id) throw new Error('an example entry needs an id');
	return validateEntries([{ path: `src/content/projects/${id}.md`, content: text }], siteConfig, undefined, sources).problems;
};
