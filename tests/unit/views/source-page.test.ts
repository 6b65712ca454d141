import { expect, it, vi } from 'vitest';
import { model, paths, textRuns } from '../../../src/views/source-page.ts';
import { citation } from '../../../src/views/citation.ts';
import { bankProject, fixtureBank } from '../../helpers/bank.ts';
import { PROTOKOLL } from '../../helpers/bank-sources.ts';

vi.mock('../../../src/views/collection.ts', async () => (await import('../../helpers/bank.ts')).mockedCollection());

const bank = fixtureBank();
const protocol = bank.sources.find((s) => s.title === PROTOKOLL)!;

it('keeps the text whole and marks each cited line with its anchor', () => {
	const runs = textRuns('a\nb\nc\nd', new Set([2, 4]));
	expect(runs).toEqual([{ text: 'a\n' }, { text: 'b', id: 'rad-2' }, { text: '\nc\n' }, { text: 'd', id: 'rad-4' }]);
	const page = model(protocol, bank);
	expect(page.text!.map((r) => r.text).join('')).toBe(protocol.text);
	expect(page.text!.filter((r) => r.id).map((r) => [r.id, r.text])).toEqual([
		['rad-1', '§ 12 Norrbotten rundar'],
		['rad-3', '§ 13 Piteå hamnlyft'],
	]);
});

it('says what a fixture document is and lists every project it covers, each passage linked to its line', () => {
	const page = model(protocol, bank);
	expect(page.facts).toEqual([
		{ term: 'Typ av dokument', value: 'Protokoll' },
		{ term: 'Utfärdat av', value: 'Region Norrbotten' },
		{ term: 'Datum', value: '10 maj 2023' },
	]);
	expect(page.projects.map((p) => [p.href, p.passage, p.passageHref])).toEqual([
		['/projekt/10000006/', '§ 12', '#rad-1'],
		['/projekt/10000007/', '§ 13', '#rad-3'],
	]);
});

it('has a page per document of the bank; a document without a date says so', async () => {
	const all = await paths();
	expect(all.map((p) => p.params.slug)).toEqual(['norrbotten-protokoll-2023-05-10', 'vasterbotten-pm', 'testregionen-beslutslista-2024']);
	const pm = all.find((p) => p.params.slug === 'vasterbotten-pm')!.props;
	expect(pm.facts[2]).toEqual({ term: 'Datum', value: 'Anges inte i dokumentet' });
	expect(pm.projects).toHaveLength(2);
});

it('cites a grant with its paragraph and the amendment after it, linking the source to the cited line', () => {
	const parts = citation(bankProject('10000006'), bank);
	expect(parts.map((p) => p.text).join('')).toBe(
		'Norrbotten rundar. Ärende-id 10000006, diarienummer RUN-2023-12. Beslut om stöd: Regionala utvecklingsnämnden, 10 maj 2023, § 12; Ändringsbeslut: Region Norrbotten, 20 januari 2024. Källa: Protokoll, Region Norrbotten 2023-05-10, § 12. Testbanken, https://test.example.se/projekt/10000006/',
	);
	expect(parts.find((p) => p.text.startsWith('Protokoll'))?.href).toBe('/kalla/norrbotten-protokoll-2023-05-10/#rad-1');
});
