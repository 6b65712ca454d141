import { expect, it } from 'vitest';
import { EntryStore, readEntry, writeEntry } from '../../../src/cms/entry-format.ts';

// The shape of a shipped entry: quoted ids and amounts, flow lists, nested lists of objects, a long quoted line, an empty list.
const FILE = `---
id: "20204763"
title: Intersective Innovation 2.0
ref: "00040-2020"
decider: Region Norrbotten
owner:
  name: Piteå Science Park AB
status: granted
decisions:
  - date: 2020-03-24
    kind: grant
    reference: "§ 40"
    summary: "Projektet beviljas 1 347 090 kr i medfinansiering ur 1:1 anslaget."
municipalities: []
counties: [Norrbottens län, Västerbottens län]
grantedAmount: "1 347 090 kr"
financing:
  - financier: Region Norrbotten
    amount: "1 347 090 kr"
  - financier: Skellefteå Science City
    amount: 666030
source:
  document: Protokoll, regionala utvecklingsnämnden Region Norrbotten 2020-03-24
  passage: "§ 40"
---
Projektet vill ge SMF i Övre Norrland möjlighet att använda öppen innovation.

## Yttrande

Text.
`;

/** The lines of `after` that differ from `before`, line by line. */
const changedLines = (before: string, after: string) => {
	const a = before.split('\n');
	const b = after.split('\n');
	return b.map((line, i) => (line === a[i] ? undefined : `${i + 1}: ${line}`)).filter(Boolean);
};

/** What the app hands back: the values as read, with the edit, empty optional fields left out, amounts as the text field holds them. */
const asTheAppSavesIt = (change: (v: Record<string, any>) => void) => {
	const store = new EntryStore();
	const value = structuredClone(store.read(FILE)) as Record<string, any>;
	delete value.municipalities;
	value.financing[1].amount = '666030';
	change(value);
	return store.write(value);
};

it('reads the front matter and the body', () => {
	const { value } = readEntry(FILE);
	expect(value.id).toBe('20204763');
	expect(value.counties).toEqual(['Norrbottens län', 'Västerbottens län']);
	expect(value.body).toBe('Projektet vill ge SMF i Övre Norrland möjlighet att använda öppen innovation.\n\n## Yttrande\n\nText.');
});

it('saving without an edit writes the file as it was', () => {
	expect(asTheAppSavesIt(() => {})).toBe(FILE);
});

it("a one-word edit changes one line, in the file's own style", () => {
	expect(
		changedLines(
			FILE,
			asTheAppSavesIt((v) => (v.title = 'Intersective Innovation 3.0')),
		),
	).toEqual(['3: title: Intersective Innovation 3.0']);
	expect(
		changedLines(
			FILE,
			asTheAppSavesIt((v) => (v.financing[0].amount = '1 347 091 kr')),
		),
	).toEqual(['19:     amount: "1 347 091 kr"']);
	expect(
		changedLines(
			FILE,
			asTheAppSavesIt((v) => v.counties.pop()),
		),
	).toEqual(['15: counties: [Norrbottens län]']);
	expect(
		changedLines(
			FILE,
			asTheAppSavesIt((v) => (v.body = v.body.replace('Text.', 'Ny text.'))),
		),
	).toEqual(['30: Ny text.']);
});

it('a field cleared in the app goes; a field added comes at the end of its group; a switch left off is not written', () => {
	const saved = asTheAppSavesIt((v) => {
		delete v.ref;
		v.owner.orgNumber = '556677-8899';
		v.financing[0].inKind = false;
	});
	expect(saved).not.toContain('ref:');
	expect(saved).toContain('owner:\n  name: Piteå Science Park AB\n  orgNumber: 556677-8899\n');
	expect(saved).not.toContain('inKind');
	expect(readEntry(saved).value.owner).toEqual({ name: 'Piteå Science Park AB', orgNumber: '556677-8899' });
});

it("a new entry is written in the shipped entries' style", () => {
	const text = writeEntry(undefined, {
		id: '20390999',
		title: 'Solceller',
		municipalities: ['Umeå', 'Luleå'],
		grantedAmount: '100 000 kr',
		body: 'Sammanfattning.',
	});
	expect(text).toBe(
		'---\nid: "20390999"\ntitle: Solceller\nmunicipalities: [Umeå, Luleå]\ngrantedAmount: 100 000 kr\n---\nSammanfattning.\n',
	);
});
