import { expect, it, vi } from 'vitest';
import { createBank } from '../../../../src/views/bank.ts';
import { readSources } from '../../../../src/entries/sources.ts';
import { siteConfig } from '../../../../src/site.config.ts';
import { model, paths, textRuns } from '../../../../src/views/source-page.ts';
import { shippedProjects } from '../../../helpers/shipped.ts';

vi.mock('astro:content', async () => (await import('../../../helpers/astro-content.ts')).shippedContent());

const bank = createBank(shippedProjects(), siteConfig, readSources());
const protocol = bank.sources.find((s) => s.slug === 'norrbotten-protokoll-2020-03-24')!;

it('keeps the text whole and marks each cited line with its anchor', () => {
	const runs = textRuns('a\nb\nc\nd', new Set([2, 4]));
	expect(runs).toEqual([{ text: 'a\n' }, { text: 'b', id: 'rad-2' }, { text: '\nc\n' }, { text: 'd', id: 'rad-4' }]);
	expect(runs.map((r) => r.text).join('')).toBe('a\nb\nc\nd');
	const page = model(protocol, bank);
	expect(page.text!.map((r) => r.text).join('')).toBe(protocol.text);
});

it('says what the document is and lists every project it covers, each passage linked to its line', () => {
	const page = model(protocol, bank);
	expect(page.facts).toEqual([
		{ term: 'Typ av dokument', value: 'Protokoll' },
		{ term: 'Utfärdat av', value: 'Region Norrbotten, regionala utvecklingsnämnden' },
		{ term: 'Datum', value: '24 mars 2020' },
	]);
	expect(page.projects).toHaveLength(9);
	const intersective = page.projects.find((p) => p.href === '/projekt/20204763/')!;
	expect(intersective).toMatchObject({ passage: '§ 40', passageHref: '#rad-2733' });
	const marked = page.text!.find((r) => r.id === 'rad-2733')!;
	expect(marked.text.trim()).toBe('§ 40');
});

it('has a page per shipped document; a document without a date says so', async () => {
	const all = await paths();
	expect(all.map((p) => p.params.slug)).toEqual(bank.sources.map((s) => s.slug));
	const list = all.find((p) => p.params.slug === 'vasterbotten-beviljade-projekt')!.props;
	expect(list.facts[2]).toEqual({ term: 'Datum', value: 'Anges inte i dokumentet' });
	expect(list.projects).toHaveLength(17);
});
