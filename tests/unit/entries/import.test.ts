import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEntryFiles, PROJECTS_DIR } from '../../../src/entries/files.ts';
import { readCsvTable } from '../../../src/entries/csv.ts';
import { decodeSpreadsheet, editedByHand, groupByValue, importReport, planImport, writePlanned } from '../../../src/entries/import.ts';
import { projektbankenMapping } from '../../../src/entries/mapping.ts';
import { readJsonTable, readXlsxTable } from '../../../src/entries/records.ts';
import { formatProblem, validateEntries } from '../../../src/entries/validate.ts';
import { siteConfig } from '../../../src/site.config.ts';

const HEADER = 'Ärende-ID;Projektnamn;Projektägare;Beviljat belopp;Total projektbudget;Fond;Prioritering;Kommuner;Län;Sammanfattning';
const round = (...rows: string[]) => `\uFEFF${HEADER}\r\n${rows.join('\r\n')}\r\n`;
const options = { file: 'beslut-2026-03.csv', decider: 'Region Västerbotten' };
const SOLEL =
	'20390101;"Solel i Sorsele; etapp ""1""";Sorsele kommun;8 943 710 kr;"17 887 420";ERUF;Prioritering 6: Västerbotten -  en region rik på kompetenser;"Sorsele, Storuman";Västerbotten;"Solceller på kommunens tak.\nOch kurser."';
const VATTEN = '20390102;Vatten;Norsjö kommun;2 000 tkr;;;;;Norrbotten, Västerbotten;Rent vatten i inlandet.';

/** An empty project to import into, and the entries in it after an import. */
function project() {
	const root = mkdtempSync(join(tmpdir(), 'import-'));
	const files = () => readEntryFilesOrNone(root);
	const run = (text: string, extra: { force?: boolean } = {}) => {
		const result = planImport(text, { ...options, ...extra }, files(), siteConfig);
		writePlanned(result.planned, root);
		return result;
	};
	return {
		root,
		files,
		run,
		read: (id: string) => readFileSync(join(root, PROJECTS_DIR, `${id}.md`), 'utf8'),
		write: (id: string, text: string) => writeFileSync(join(root, PROJECTS_DIR, `${id}.md`), text),
	};
}

function readEntryFilesOrNone(root: string) {
	try {
		return readEntryFiles(PROJECTS_DIR, root);
	} catch {
		return [];
	}
}

const outcomes = (planned: { path: string; outcome: string }[]) =>
	Object.fromEntries(planned.map((p) => [p.path.split('/').at(-1), p.outcome]));

describe('importing a decision round', () => {
	it('creates one valid entry per row: Swedish amounts, "Prioritering 6: …" as the region\'s area, counties only where no municipality is named', () => {
		const { root, run, read } = project();
		const { planned, problems } = run(round(SOLEL, VATTEN));
		expect(problems).toEqual([]);
		expect(outcomes(planned)).toEqual({ '20390101.md': 'created', '20390102.md': 'created' });
		expect(read('20390101')).toMatchInlineSnapshot(`
			"---
			# Importerad med npm run import från beslut-2026-03.csv, rad 2. Redigeras posten för hand skriver importen inte över den utan --force (kontrollsumma 7cd0071d683f).
			id: "20390101"
			title: Solel i Sorsele; etapp "1"
			decider: Region Västerbotten
			owner:
			  name: Sorsele kommun
			status: granted
			decisions:
			  - kind: grant
			    body: Region Västerbotten
			    summary: Beviljat belopp 8 943 710 kr (ERUF); total projektbudget 17 887 420 kr.
			fund: ERUF
			priority:
			  code: "6"
			  name: Västerbotten - en region rik på kompetenser
			municipalities: [Sorsele, Storuman]
			grantedAmount: 8 943 710
			totalBudget: 17 887 420
			source:
			  document: Region Västerbotten, beslut-2026-03.csv
			  passage: Ärende-id 20390101
			---
			Solceller på kommunens tak.
			Och kurser.
			"
		`);
		const { entries, problems: invalid } = validateEntries(readEntryFiles(PROJECTS_DIR, root), siteConfig);
		expect(invalid).toEqual([]);
		expect(entries.map((e) => [e.data.grantedAmount, e.data.totalBudget, e.data.priority?.code, e.data.counties])).toEqual([
			[8_943_710, 17_887_420, '6', []],
			[2_000_000, undefined, undefined, ['Norrbottens län', 'Västerbottens län']],
		]);
	});

	it('changes nothing when the same file is imported again', () => {
		const { run, read } = project();
		run(round(SOLEL, VATTEN));
		const before = read('20390101');
		expect(outcomes(run(round(SOLEL, VATTEN)).planned)).toEqual({ '20390101.md': 'unchanged', '20390102.md': 'unchanged' });
		expect(read('20390101')).toBe(before);
	});

	it('changes an imported entry the spreadsheet now says otherwise, but not one edited by hand, unless forced', () => {
		const { run, read, write } = project();
		run(round(SOLEL, VATTEN));
		write('20390102', read('20390102').replace('title: Vatten', 'title: Vatten och avlopp'));
		expect(editedByHand(read('20390102'))).toBe(true);
		expect(editedByHand(read('20390101'))).toBe(false);
		const renamed = round(SOLEL.replace('Sorsele kommun', 'Sorsele Energi AB'), VATTEN.replace(';Vatten;', ';Vattnet;'));
		expect(outcomes(run(renamed).planned)).toEqual({ '20390101.md': 'changed', '20390102.md': 'skipped' });
		expect(read('20390101')).toContain('name: Sorsele Energi AB');
		expect(read('20390102')).toContain('title: Vatten och avlopp');
		expect(outcomes(run(renamed, { force: true }).planned)).toEqual({ '20390101.md': 'unchanged', '20390102.md': 'changed' });
		expect(read('20390102')).toContain('title: Vattnet');
	});

	it("treats an entry written by hand, or saved without the import's note (as the editing app does), as edited by hand", () => {
		const { run, read, write } = project();
		run(round(VATTEN));
		write('20390102', read('20390102').replace(/^# Importerad.*\n/m, ''));
		expect(outcomes(run(round(VATTEN.replace('2 000 tkr', '2 500 tkr'))).planned)).toEqual({ '20390102.md': 'skipped' });
	});

	it('reports every invalid row by its number and column, and plans nothing at all', () => {
		const { run, files } = project();
		const { planned, problems } = run(
			round(
				SOLEL,
				'2039010;Vatten;Norsjö kommun;2,5 miljoner;;erdf;Prioritering 9;"Norsjö, Skelleftå";Västerbottn;Text.',
				'20390103;;AB;1.500;;;Västerbotten - en nära tillgänglig region;Umeå;;',
				'20390101;Dubblett;AB;1 000;;;;;;Text.',
			),
		);
		expect(planned).toEqual([]);
		expect(files()).toEqual([]);
		expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
			[
			  "beslut-2026-03.csv:3: Ärende-ID – "2039010" är inget ärende-id med 8 siffror, t.ex. 20372556. Kontrollera cellen mot källan.",
			  "beslut-2026-03.csv:3: Beviljat belopp – "2,5 miljoner" är inget belopp i hela kronor. Skriv t.ex. "8 943 710", "8 943 710 kr" eller "2 000 tkr", utan decimaler.",
			  "beslut-2026-03.csv:3: Fond – "erdf" är ingen av fonderna i inställningarna (ERUF, ESF+, Interreg Aurora, Regionala medel, 1:1-anslaget eller Region Norrbottens kulturram). Menade du "ERUF"?",
			  "beslut-2026-03.csv:3: Prioritering – "Prioritering 9": det finns ingen prioritering 9 för Region Västerbotten i inställningarna; Region Västerbottens områden är "Prioritering 1: Västerbotten - en nytänkande och smart region", "Prioritering 2: Västerbotten - en region med platsbaserad hållbar näringslivsutveckling", "Prioritering 3: Västerbotten - en nära tillgänglig region", "Prioritering 4: Västerbotten - en region med hållbara livsmiljöer att bo, verka och leva i" eller "Prioritering 6: Västerbotten - en region rik på kompetenser".",
			  "beslut-2026-03.csv:3: Kommuner – "Skelleftå" är ingen av Sveriges 290 kommuner. Menade du "Skellefteå"?",
			  "beslut-2026-03.csv:3: Län – "Västerbottn" är inget av Sveriges 21 län. Menade du "Västerbotten"?",
			  "beslut-2026-03.csv:4: Projektnamn – cellen är tom. Skriv projektets namn som i källan.",
			  "beslut-2026-03.csv:4: Sammanfattning – cellen är tom. Varje projekt behöver sin sammanfattning ur källan.",
			  "beslut-2026-03.csv:4: Beviljat belopp – "1.500" är inget belopp i hela kronor. Skriv t.ex. "8 943 710", "8 943 710 kr" eller "2 000 tkr", utan decimaler.",
			  "beslut-2026-03.csv:5: Ärende-ID – "20390101" står redan på rad 2. Ett projekt ska bara stå på en rad.",
			]
		`);
	});

	it('refuses a region not in the settings', () => {
		expect(planImport(round(SOLEL), { ...options, decider: 'Region Västerbottten' }, [], siteConfig).problems.map(formatProblem))
			.toMatchInlineSnapshot(`
			[
			  "beslut-2026-03.csv:1: --decider – "Region Västerbottten" är inget av de beslutande organen i inställningarna (Region Västerbotten, Region Norrbotten, Region Västernorrland eller Tillväxtverket). Menade du "Region Västerbotten"?",
			]
		`);
	});

	it('says what it did, entry by entry, and that a dry run wrote nothing', () => {
		const { run } = project();
		const { planned } = run(round(SOLEL, VATTEN));
		expect(importReport(planned, { ...options, dryRun: true })).toMatchInlineSnapshot(`
			"beslut-2026-03.csv (Region Västerbotten): 2 rader.
			Skulle skapas: 2
			  src/content/projects/20390101.md (rad 2)
			  src/content/projects/20390102.md (rad 3)
			Skulle ändras: 0
			Oförändrade: 0
			Hoppade över (ändrade för hand sedan importen; kör med --force för att skriva över dem): 0
			Provkörning: inget skrevs."
		`);
	});
});

describe('what an import refuses before reading a row', () => {
	const sources = [
		{ title: 'Region Västerbotten, beslut om stöd 2026-03-24', issuer: 'Region Västerbotten' },
		{ title: 'Protokoll, regionala utvecklingsnämnden Region Norrbotten 2026-03-24', issuer: 'Region Norrbotten' },
	];
	const plan = (extra: Partial<Parameters<typeof planImport>[1]>) =>
		planImport(round(SOLEL), { ...options, ...extra }, [], siteConfig).problems.map(formatProblem);

	it("needs --source to name one of the bank's documents, where it ships any", () => {
		expect(plan({ sources })).toMatchInlineSnapshot(`
			[
			  "beslut-2026-03.csv:1: --source – ange vilket av källdokumenten raderna kommer från: --source "dokumentets titel", precis som title i dess fil i src/content/sources/. Finns dokumentet inte där, lägg till det: en fil src/content/sources/<namn>.yaml med title, issuer, kind och ev. date, och dokumentets text i <namn>.txt bredvid.",
			]
		`);
		expect(plan({ sources, source: 'Region Västerbotten, beslut om stöd 2026-03-25' })).toMatchInlineSnapshot(`
			[
			  "beslut-2026-03.csv:1: --source – väntade titeln på ett av källdokumenten i src/content/sources/, men det står "Region Västerbotten, beslut om stöd 2026-03-25". Menade du "Region Västerbotten, beslut om stöd 2026-03-24"? Skriv titeln precis som i dokumentets .yaml-fil, eller lägg till dokumentet: en fil src/content/sources/<namn>.yaml med title (exakt den titel posten anger), issuer, kind och ev. date, och dokumentets text i <namn>.txt bredvid.",
			]
		`);
		expect(plan({ sources, source: 'Region Västerbotten, beslut om stöd 2026-03-24' })).toEqual([]);
		// Without documents the region and the file name are the citation, as before.
		expect(plan({ sources: [] })).toEqual([]);
	});

	it('refuses a file name with a line break or another control character: it would be written into every entry', () => {
		expect(plan({ file: 'beslut\n---\nid: x.csv' })).toMatchInlineSnapshot(`
			[
			  "beslut\\n---\\nid: x.csv:1: filnamn – filens namn "beslut\\n---\\nid: x.csv" har tecknet U+000A, ett styrtecken eller osynligt tecken. Namnet skrivs in i varje post: byt namn på filen till vanliga tecken på en rad, t.ex. beslut-2026-03.csv, och kör importen igen.",
			]
		`);
		expect(plan({ file: 'mapp/beslut\u202e.csv' })[0]).toContain('tecknet U+202E');
	});

	it('reads UTF-8 strictly, and Windows-1252 only when asked', () => {
		const cp1252 = Buffer.from(round(VATTEN).replace('\uFEFF', ''), 'latin1');
		expect(decodeSpreadsheet(cp1252, 'beslut.csv').problems.map(formatProblem)).toMatchInlineSnapshot(`
			[
			  "beslut.csv:1: CSV-filen är inte sparad som UTF-8: byten C4 på den här raden är inget UTF-8-tecken (en fil sparad som Windows-1252 eller ISO 8859-1 har sådana för å, ä och ö). Öppna filen i en textredigerare och spara filen som UTF-8. Är filen sparad i Excel som "CSV (semikolonavgränsad)", kör i stället importen med --encoding windows-1252.",
			]
		`);
		const read = decodeSpreadsheet(cp1252, 'beslut.csv', 'windows-1252');
		expect(read.problems).toEqual([]);
		expect(read.text).toContain('Ärende-ID;');
		expect(planImport(read.text, options, [], siteConfig).problems).toEqual([]);
		expect(decodeSpreadsheet(new TextEncoder().encode(round(VATTEN)), 'beslut.csv')).toEqual({ text: round(VATTEN), problems: [] });
	});
});

describe("importing Tillväxtverket's Projektbanken export", () => {
	const FIXTURES = 'tests/fixtures/projektbanken';
	const pb = { file: 'projektbanken.csv', decider: 'Tillväxtverket', mapping: projektbankenMapping };
	const csv = () => readCsvTable(readFileSync(`${FIXTURES}/projektbanken.csv`, 'utf8'));
	const withoutNote = (planned: { content: string }[]) => planned.map((p) => p.content.replace(/^# Importerad.*\n/m, ''));

	it('writes the same entries from its CSV, XLSX and JSON exports', async () => {
		const fromCsv = planImport(csv(), pb, [], siteConfig);
		expect(fromCsv.problems).toEqual([]);
		expect(fromCsv.planned).toHaveLength(6);
		expect(
			withoutNote(planImport(await readXlsxTable(readFileSync(`${FIXTURES}/projektbanken.xlsx`)), pb, [], siteConfig).planned),
		).toEqual(withoutNote(fromCsv.planned));
		expect(
			withoutNote(planImport(readJsonTable(readFileSync(`${FIXTURES}/projektbanken.json`, 'utf8')), pb, [], siteConfig).planned),
		).toEqual(withoutNote(fromCsv.planned));
	});

	it('maps period, fund, priority axis, thematic objective, area and euro to fields; a euro amount of 0 is left out; contacts are never written', () => {
		const { root, files } = project();
		const { planned } = planImport(csv(), pb, files(), siteConfig);
		writePlanned(planned, root);
		const { entries, problems } = validateEntries(readEntryFiles(PROJECTS_DIR, root), siteConfig);
		expect(problems).toEqual([]);
		const [solel, handel] = entries;
		expect(solel!.data).toMatchObject({
			decider: 'Tillväxtverket',
			period: { start: '2016-09-01', end: '2019-08-31' },
			fund: 'ERUF',
			priorityAxis: '1. Att stärka forskning, teknisk utveckling och innovation',
			thematicObjective: '1. Forskning och innovation',
			programmeArea: 'Övre Norrland',
			grantedAmount: 4_500_000,
			grantedAmountEur: 450_000,
			source: { passage: 'Ärende-id 20201001, uppdaterad 2023-05-10' },
		});
		expect(handel!.data.grantedAmountEur).toBeUndefined();
		expect(handel!.data.grantedAmount).toBe(1_200_000);
		expect(planned.map((p) => p.content).join('\n')).not.toMatch(/Testperson|example\.invalid|000-000/);
	});

	it('writes the official name of a spelling the settings list, keeping the published one', () => {
		const { planned } = planImport(csv(), pb, [], siteConfig);
		const goinge = planned.find((p) => p.path.endsWith('20201003.md'))!.content;
		expect(goinge).toContain('municipalities: [Östra Göinge]\nspellings:\n  - published: ÖstraGöinge\n    name: Östra Göinge\n');
	});

	it('changes nothing when the same export is imported again', () => {
		const { root, files } = project();
		writePlanned(planImport(csv(), pb, files(), siteConfig).planned, root);
		expect(planImport(csv(), pb, files(), siteConfig).planned.map((p) => p.outcome)).toEqual(Array(6).fill('unchanged'));
	});

	it('reports an unknown spelling once per distinct value, with how many rows and which', () => {
		const config = { ...siteConfig, importSpellings: { municipalities: {}, counties: {} } };
		const { table } = csv();
		const rows = Array.from({ length: 12 }, (_, i) => ({
			...table.rows[2]!,
			row: i + 2,
			values: table.rows[2]!.values.map((v, c) => (c === 0 ? String(20201100 + i) : v)),
		}));
		const { planned, problems } = planImport(
			{ table: { ...table, rows: [...rows, { ...table.rows[3]!, row: 14 }] }, problems: [] },
			pb,
			[],
			config,
		);
		expect(planned).toEqual([]);
		expect(problems.map(formatProblem)).toEqual([
			'projektbanken.csv:2: kommuner – "ÖstraGöinge" (12 rader: 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 …) är ingen av Sveriges 290 kommuner. Menade du "Östra Göinge"? Skriver exporten alltid namnet så, lägg till stavningen under importSpellings i src/site.config.ts.',
			'projektbanken.csv:14: kommuner – "Stenungssund" är ingen av Sveriges 290 kommuner. Menade du "Stenungsund"? Skriver exporten alltid namnet så, lägg till stavningen under importSpellings i src/site.config.ts.',
		]);
	});

	it("warns, and still imports, a row outside the decider's remit", () => {
		const outside = planImport(round(SOLEL, VATTEN.replace('Norrbotten, Västerbotten', 'Stockholm')), options, [], siteConfig);
		expect(outside.problems).toEqual([]);
		expect(outside.planned).toHaveLength(2);
		expect(outside.warnings.filter((w) => w.field === 'plats').map(formatProblem)).toEqual([
			'beslut-2026-03.csv:3: plats – "Stockholms län" ligger utanför Region Västerbottens område (Västerbottens län). Kontrollera att raden hör till Region Västerbottens beslut; posten importeras som den står.',
		]);
		expect(importReport(outside.planned, { ...options, warnings: outside.warnings })).toContain(
			'Varningar: 3 (importeras ändå; kontrollera dem mot källan)\n  varning: beslut-2026-03.csv:3: plats – "Stockholms län"',
		);
		// A national decider has no remit to leave.
		expect(planImport(csv(), pb, [], siteConfig).warnings.map((w) => w.field)).toEqual(['projektbeskrivning', 'projektbeskrivning']);
	});
});

describe('one line per distinct problem', () => {
	it('puts the count and rows after the quoted value, or first when the message quotes none', () => {
		const at = (line: number, message: string) => ({ file: 'x.csv', line, field: 'Kommuner', message });
		expect(
			groupByValue([at(2, '"A" är fel.'), at(5, '"B" är fel.'), at(7, '"A" är fel.'), at(8, 'cellen är tom.'), at(9, 'cellen är tom.')], 1),
		).toEqual([at(2, '"A" (2 rader: 2 …) är fel.'), at(5, '"B" är fel.'), at(8, '(2 rader: 8 …) cellen är tom.')]);
	});
});
