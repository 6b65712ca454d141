import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEntryFiles } from '../../../src/entries/files.ts';
import { formatProblem, MAX_BODY_LENGTH, summarise, validateEntries } from '../../../src/entries/validate.ts';
import { organisationKey } from '../../../src/domain/organisation-names.ts';
import { siteConfig } from '../../../src/site.config.ts';
import { entryFile, modified, testConfig, validEntry } from '../../helpers/fixtures.ts';

const errorsFor = (...files: ReturnType<typeof entryFile>[]) => validateEntries(files, testConfig).problems.map(formatProblem);

describe('validation errors name the file, the field, what was expected and what was found', () => {
	it('accepts the valid fixture', () => {
		expect(errorsFor(entryFile(validEntry()))).toEqual([]);
	});

	it('rejects an unknown municipality, suggesting the official name', () => {
		expect(errorsFor(entryFile(modified((e) => (e.municipalities = ['Kalix', 'Umea']))))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:24: municipalities, rad 2 – "Umea" är ingen av Sveriges 290 kommuner. Menade du "Umeå"?",
			]
		`);
	});

	it('rejects financing that does not add up to the total budget', () => {
		expect(errorsFor(entryFile(modified((e) => (e.financing[0].amount = '3 758 976'))))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:27: financing – raderna summerar till 9 397 436 kr, men totalBudget är 9 397 435 kr. Kontrollera beloppen mot källan; går källans egen tabell inte ihop, skriv en rättelse under corrections.",
			]
		`);
	});

	it('accepts a misprinted financing row when a correction makes the table add up', () => {
		const entry = modified((e) => {
			e.financing[0].amount = 37589750;
			e.corrections = [{ field: 'financing[0].amount', published: '3 758 9750', corrected: '3 758 975', note: 'Felskrivet.' }];
		});
		expect(errorsFor(entryFile(entry))).toEqual([]);
	});

	it('rejects a correction that does not make the table add up, or does not match the printed figure', () => {
		const entry = modified((e) => {
			e.financing[0].amount = 37589750;
			e.corrections = [{ field: 'financing[0].amount', published: '3 758 975', corrected: '3 758 970', note: 'Felskrivet.' }];
		});
		expect(errorsFor(entryFile(entry))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:27: financing – raderna summerar till 43 228 210 kr (9 397 430 kr efter rättelserna), men totalBudget är 9 397 435 kr. Kontrollera beloppen mot källan; går källans egen tabell inte ihop, skriv en rättelse under corrections.",
			  "src/content/projects/20378916.md:41: corrections, rad 1, published – väntade samma siffror som i financing[0].amount (37 589 750 kr), men det står "3 758 975". Skriv värdet precis som det är tryckt i källan.",
			]
		`);
	});

	it("rejects a deciding region's row that differs from the applied amount", () => {
		expect(errorsFor(entryFile(modified((e) => (e.appliedAmount = '2 219 231'))))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:27: financing – raderna för Region Västerbotten summerar till 2 219 230 kr, men appliedAmount är 2 219 231 kr. Kontrollera beloppen mot källan.",
			]
		`);
	});

	it('rejects a period that ends before it starts', () => {
		expect(errorsFor(entryFile(modified((e) => (e.period = { start: '2026-07-01', end: '2026-06-30' }))))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:16: period.end – "2026-06-30" ligger före starten "2026-07-01". Kontrollera datumen i källan.",
			]
		`);
	});

	it('rejects impossible dates instead of rolling them over', () => {
		expect(errorsFor(entryFile(modified((e) => (e.period = { start: '2026-02-30', end: '2029-03-31' }))))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:15: period.start – "2026-02-30" är inget riktigt datum. Kontrollera dagen och månaden i källan.",
			]
		`);
	});

	it('rejects malformed and ambiguous amounts', () => {
		const entry = modified((e) => {
			e.totalBudget = '9,4 miljoner';
			e.appliedAmount = '2 219 230,50';
			e.financing[1].amount = '22 19230';
		});
		expect(errorsFor(entryFile(entry))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:25: appliedAmount – "2 219 230,50" är inget belopp i hela kronor: punkt och komma används varken för decimaler eller för tusental. Skriv hela kronor med siffror och mellanslag mellan tusentalen, t.ex. 1500, "1 500", "1 500 kr" eller "2 000 tkr".",
			  "src/content/projects/20378916.md:26: totalBudget – "9,4 miljoner" är inget belopp i hela kronor: punkt och komma används varken för decimaler eller för tusental. Skriv hela kronor med siffror och mellanslag mellan tusentalen, t.ex. 1500, "1 500", "1 500 kr" eller "2 000 tkr".",
			  "src/content/projects/20378916.md:31: financing, rad 2, amount – "22 19230" är inget belopp i hela kronor skrivet med siffror. Skriv hela kronor med siffror och mellanslag mellan tusentalen, t.ex. 1500, "1 500", "1 500 kr" eller "2 000 tkr".",
			]
		`);
	});

	it('rejects an organisationsnummer with a wrong check digit', () => {
		expect(errorsFor(entryFile(modified((e) => (e.owner.orgNumber = '202100-2842'))))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:8: owner.orgNumber – "202100-2842" är inget giltigt organisationsnummer (10 siffror där den sista är en kontrollsiffra). Jämför med källan, t.ex. "232100-0222".",
			]
		`);
	});

	it('rejects two entries with the same id', () => {
		const first = entryFile(validEntry());
		const second = entryFile(validEntry(), { name: '20378916.md' });
		second.path = 'src/content/projects/2026/20378916.md';
		expect(errorsFor(first, second)).toMatchInlineSnapshot(`
			[
			  "src/content/projects/2026/20378916.md:2: id – "20378916" används redan av src/content/projects/20378916.md. Två poster kan inte ha samma adress: kontrollera ärende-id:t mot källan.",
			]
		`);
	});

	it('rejects an id that does not match the file name', () => {
		expect(errorsFor(entryFile(validEntry(), { name: '20378917.md' }))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378917.md:2: id – filen heter "20378917.md", men ärende-id:t är "20378916". Döp om filen till 20378916.md (sidans adress följer filens namn).",
			]
		`);
	});

	it('rejects raw HTML and script links in the body', () => {
		const html = entryFile(validEntry(), { body: 'Text <img src=x onerror=alert(1)> mer text.' });
		const script = entryFile(validEntry(), { body: '[Läs mer](javascript:alert(1))' });
		expect(errorsFor(html)).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:40: body – texten innehåller HTML: "<img src=x onerror=alert(1)>". Skriv texten som Markdown, utan HTML-taggar.",
			]
		`);
		expect(errorsFor(script)).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:40: body – länken "javascript:alert(1)" är ingen webbadress. Använd en vanlig webbadress som börjar med https://.",
			]
		`);
	});

	it('rejects unknown deciders, funds and priorities, and missing required fields', () => {
		const entry = modified((e) => {
			e.decider = 'Region Västerbottten';
			e.fund = 'EU-medel';
			delete e.title;
			delete e.source;
			e.status = 'beviljad';
		});
		expect(errorsFor(entryFile(entry))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:1: title – väntade projektets namn, men fältet saknas. Skriv namnet som det står i källan.",
			  "src/content/projects/20378916.md:1: source – väntade en källa med document (och ev. passage), men fältet saknas. Skriv document: på en egen indragen rad under source:.",
			  "src/content/projects/20378916.md:4: decider – "Region Västerbottten" är inget av de beslutande organen i inställningarna (Region Västerbotten, Region Norrbotten eller Tillväxtverket). Menade du "Region Västerbotten"?",
			  "src/content/projects/20378916.md:8: status – väntade en av applied (ansökt), proposed (förslag till beslut), granted (beviljat) eller rejected (avslag), men det står "beviljad". Menade du granted?",
			  "src/content/projects/20378916.md:16: fund – "EU-medel" är ingen av fonderna i inställningarna (ERUF eller 1:1-anslaget). Skriv ett av namnen exakt, eller lägg till det i src/site.config.ts.",
			]
		`);
		const priority = modified((e) => (e.priority = { code: '2', name: 'Något annat' }));
		expect(errorsFor(entryFile(priority))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:18: priority – "Prioritering 2: Något annat" är inget prioriterat område för Region Västerbotten i inställningarna ("Prioritering 1: Västerbotten - en nytänkande och smart region"). Skriv code och name precis som där, eller lägg till området i src/site.config.ts.",
			]
		`);
	});

	it('rejects files that would not be published, and broken YAML', () => {
		expect(errorsFor({ path: 'src/content/projects/20378916.mdx', content: '' })).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.mdx:1: filnamn – "20378916.mdx" slutar inte på .md, så filen skulle inte publiceras. Byt namn på filen till ärende-id:t följt av .md.",
			]
		`);
		expect(errorsFor(entryFile('title: [unclosed\n'))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:2: Raden går inte att läsa. Kontrollera indraget (mellanslag, lika många som raderna intill), kolonet efter fältets namn, att listor och citattecken stängs, och att text med ": " eller " #" står inom citattecken.",
			]
		`);
		expect(errorsFor({ path: 'src/content/projects/20378916.md', content: 'no frontmatter' })).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:1: frontmatter – filen börjar inte med fält mellan två rader med "---". Skriv "---" på första raden, fälten under, och "---" igen före texten.",
			]
		`);
	});

	it('rejects a status that contradicts the latest decision', () => {
		expect(errorsFor(entryFile(modified((e) => (e.status = 'granted'))))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:9: status – väntade rejected (avslag), som följer av det senaste beslutet (kind: rejection), men det står "granted". Ändra status, eller lägg till beslutet som saknas.",
			]
		`);
	});
});

describe('places, dates and decisions as the sources give them', () => {
	it('accepts counties named where the source names no municipality, and months and years as dates', () => {
		const entry = modified((e) => {
			e.municipalities = [];
			e.counties = ['Norrbottens län', 'Västerbottens län'];
			e.period = { start: '2020-06', end: '2023-06' };
			e.decisions = [{ kind: 'application', date: 2020, summary: 'Ansökan.' }];
			e.status = 'applied';
		});
		const { entries, problems } = validateEntries([entryFile(entry)], testConfig);
		expect(problems).toEqual([]);
		expect(entries[0]!.data).toMatchObject({
			counties: ['Norrbottens län', 'Västerbottens län'],
			period: { start: '2020-06', end: '2023-06' },
		});
		expect(entries[0]!.data.decisions[0]!.date).toBe('2020');
	});

	it('rejects a county that is not one, or one its named municipalities already lie in', () => {
		expect(errorsFor(entryFile(modified((e) => (e.counties = ['Norrbotten']))))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:40: counties, rad 1 – "Norrbotten" är inget av Sveriges 21 län. Menade du "Norrbottens län"?",
			]
		`);
		expect(errorsFor(entryFile(modified((e) => (e.counties = ['Västerbottens län']))))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:40: counties, rad 1 – "Västerbottens län" följer redan av kommunerna i municipalities. Ta bort raden: länen för de namngivna kommunerna räknas ut automatiskt.",
			]
		`);
	});

	it('compares dates across precisions: a period may end in the month it starts, not before', () => {
		expect(errorsFor(entryFile(modified((e) => (e.period = { start: '2026-07-15', end: '2026-07' }))))).toEqual([]);
		expect(errorsFor(entryFile(modified((e) => (e.period = { start: '2026-07-15', end: '2026-06' }))))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:16: period.end – "2026-06" ligger före starten "2026-07-15". Kontrollera datumen i källan.",
			]
		`);
	});

	it('requires a proposal to say what it proposes, and the status to follow it', () => {
		const proposal = (change: (d: Record<string, any>) => void) =>
			modified((e) => {
				e.status = 'proposed';
				e.decisions = [{ kind: 'proposal', proposed: 'rejection', summary: 'Förslag till beslut: avslag.' }];
				change(e);
			});
		expect(errorsFor(entryFile(proposal(() => {})))).toEqual([]);
		expect(errorsFor(entryFile(proposal((e) => delete e.decisions[0].proposed)))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:11: decisions, rad 1, proposed – väntade vad förslaget föreslår, men fältet saknas. Lägg till proposed: grant (bifall) eller proposed: rejection (avslag).",
			]
		`);
		expect(errorsFor(entryFile(proposal((e) => (e.status = 'rejected'))))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:9: status – väntade proposed (förslag till beslut), som följer av det senaste beslutet (kind: proposal), men det står "rejected". Ändra status, eller lägg till beslutet som saknas.",
			]
		`);
		expect(errorsFor(entryFile(modified((e) => (e.decisions[0].proposed = 'grant'))))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:14: decisions, rad 1, proposed – bara ett förslag till beslut (kind: proposal) föreslår något, men det här är kind: rejection. Ta bort raden.",
			]
		`);
	});

	it('checks the sums with every corrected figure, the total budget included', () => {
		const entry = modified((e) => {
			e.totalBudget = 93974350;
			e.corrections = [{ field: 'totalBudget', published: '9 397 4350', corrected: '9 397 435', note: 'Felskrivet.' }];
		});
		expect(errorsFor(entryFile(entry))).toEqual([]);
	});
});

describe('valid entries', () => {
	it('carry their key, path, data and trimmed body', () => {
		const { entries } = validateEntries([entryFile(validEntry(), { body: '\n  Text.  \n' })], testConfig);
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({ path: 'src/content/projects/20378916.md', key: '20378916', body: 'Text.' });
		expect(entries[0]!.data.appliedAmount).toBe(2_219_230);
	});

	it('may lack an id, and are then known by their file name', () => {
		const entry = modified((e) => delete e.id);
		const { entries, problems } = validateEntries([entryFile(entry, { name: 'dnr-00031-2020.md' })], testConfig);
		expect(problems).toEqual([]);
		expect(entries[0]!.key).toBe('dnr-00031-2020');
	});

	it('need a body and a file name fit for an address', () => {
		expect(errorsFor(entryFile(validEntry(), { body: '  ' }))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:40: body – texten under fälten saknas. Skriv projektets sammanfattning ur källan under den andra raden med "---".",
			]
		`);
		expect(
			errorsFor(
				entryFile(
					modified((e) => delete e.id),
					{ name: 'Min_Fil.md' },
				),
			),
		).toMatchInlineSnapshot(`
			[
			  "src/content/projects/Min_Fil.md:1: filnamn – "Min_Fil.md" duger inte som adress: använd bara små bokstäver a–z, siffror och bindestreck, t.ex. 20372556.md.",
			]
		`);
	});
});

describe('strict entries: nothing an editor writes is dropped or read as something else', () => {
	const raw = (frontmatter: string, body = 'Sammanfattning.') => entryFile(frontmatter, { body });
	const base = `id: "20378916"
title: Projekt
decider: Region Västerbotten
status: granted
grantedAmount: 100 000
source:
  document: Beslut
`;

	it('refuses a misspelt key, naming the closest known one by key or Swedish label', () => {
		const entry = modified((e) => {
			e.kommuner = e.municipalities;
			delete e.municipalities;
			e.agenda_2030 = [9];
			e.owner.orgnummer = e.owner.orgNumber;
			delete e.owner.orgNumber;
			e.financing[0].belopp = 1;
			e.decisions[0].datum = '2026-01-01';
		});
		expect(errorsFor(entryFile(entry))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:8: owner.orgnummer – det finns inget fält som heter "orgnummer", så värdet skulle inte användas. Menade du orgNumber (Organisationsnummer)?",
			  "src/content/projects/20378916.md:14: decisions, rad 1, datum – det finns inget fält som heter "datum", så värdet skulle inte användas. Menade du date (Datum)?",
			  "src/content/projects/20378916.md:28: financing, rad 1, belopp – det finns inget fält som heter "belopp", så värdet skulle inte användas. Menade du amount (Belopp)?",
			  "src/content/projects/20378916.md:38: kommuner – det finns inget fält som heter "kommuner", så värdet skulle inte användas. Menade du municipalities (Kommuner)?",
			  "src/content/projects/20378916.md:41: agenda_2030 – det finns inget fält som heter "agenda_2030", så värdet skulle inte användas. Menade du agenda2030 (Agenda 2030-mål)?",
			]
		`);
	});

	it('refuses a key with nothing close, listing the fields of a small group', () => {
		expect(errorsFor(entryFile(modified((e) => (e.source.url = 'https://example.se'))))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:39: source.url – det finns inget fält som heter "url", så värdet skulle inte användas. Ta bort raden eller byt namn på fältet. Fälten här är document, passage.",
			]
		`);
	});

	it("refuses `slug`: an entry's address is its file name", () => {
		expect(errorsFor(raw(`${base}slug: "20372556"\n`))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:9: slug – fältet är reserverat: sidans adress bestäms av filens namn och kan inte väljas i posten (annars kunde en post ta över en annan posts sida). Ta bort raden.",
			]
		`);
	});

	it('refuses a personnummer given as an organisationsnummer, saying why', () => {
		expect(errorsFor(entryFile(modified((e) => (e.owner.orgNumber = '811218-9876'))))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:8: owner.orgNumber – "811218-9876" är ett personnummer (en enskild firmas organisationsnummer är ägarens personnummer). Personnummer publiceras inte: ta bort raden och skriv bara ägarens namn.",
			]
		`);
		expect(errorsFor(entryFile(modified((e) => (e.owner.orgNumber = '19811218-9876'))))).toHaveLength(1);
	});

	it('refuses a municipality, county or goal named twice', () => {
		const entry = modified((e) => {
			e.municipalities = ['Umeå', 'Kalix', 'Umeå'];
			e.counties = ['Stockholms län', 'Stockholms län'];
			e.agenda2030 = [9, 9];
		});
		expect(errorsFor(entryFile(entry))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:25: municipalities, rad 3 – "Umeå" står redan på rad 1. Ta bort den ena raden: ett värde räknas bara en gång.",
			  "src/content/projects/20378916.md:42: counties, rad 2 – "Stockholms län" står redan på rad 1. Ta bort den ena raden: ett värde räknas bara en gång.",
			  "src/content/projects/20378916.md:45: agenda2030, rad 2 – 9 står redan på rad 1. Ta bort den ena raden: ett värde räknas bara en gång.",
			]
		`);
	});

	it('reads amounts as written: 1e6, -0, 1.500 and 0x10 are refused, plain digits and Swedish forms accepted', () => {
		const amounts = ['1e6', '-0', '1.500', '0x10', '0o17', '.inf', '"1 000 000,00"'];
		for (const written of amounts) {
			const [problem] = errorsFor(raw(base.replace('grantedAmount: 100 000', `grantedAmount: ${written}`)));
			expect(problem, written).toMatch(/^src\/content\/projects\/20378916\.md:6: grantedAmount – ".+" är inget belopp i hela kronor/);
			expect(problem, written).toContain(`"${written.replaceAll('"', '')}"`);
		}
		for (const written of ['100000', '100 000', '"100 000 kr"', '100 tkr']) {
			const { entries, problems } = validateEntries([raw(base.replace('grantedAmount: 100 000', `grantedAmount: ${written}`))], testConfig);
			expect(problems, written).toEqual([]);
			expect(entries[0]!.data.grantedAmount, written).toBe(100_000);
		}
	});

	it('refuses dates outside 1990–2100', () => {
		expect(errorsFor(entryFile(modified((e) => (e.period = { start: '1850-01-01', end: '2101' }))))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:15: period.start – "1850-01-01" ligger utanför åren 1990–2100. Kontrollera årtalet i källan.",
			  "src/content/projects/20378916.md:16: period.end – "2101" ligger utanför åren 1990–2100. Kontrollera årtalet i källan.",
			]
		`);
		expect(errorsFor(entryFile(modified((e) => (e.period = { start: '1990', end: '2100-12-31' }))))).toEqual([]);
	});

	it('refuses a body longer than the limit, without reading it as Markdown', () => {
		const body = `${'Lång text. '.repeat(500_000)}<script>`;
		expect(body.length).toBeGreaterThan(5_000_000);
		expect(errorsFor(entryFile(validEntry(), { body }))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:40: body – texten är 5 500 009 tecken lång; högst 50 000 får plats. Texten ska vara projektets sammanfattning ur källan: korta den.",
			]
		`);
		expect(errorsFor(entryFile(validEntry(), { body: 'x'.repeat(MAX_BODY_LENGTH - 1) }))).toEqual([]);
	});

	it('compares text as Unicode NFC: a decomposed "Umeå" is the official name', () => {
		const decomposed = 'Ume\u0061\u030a';
		const { entries, problems } = validateEntries([entryFile(modified((e) => (e.municipalities = [decomposed])))], testConfig);
		expect(problems).toEqual([]);
		expect(entries[0]!.data.municipalities).toEqual(['Umeå']);
	});

	it('says a field is empty, rather than missing, when its value was left out', () => {
		expect(errorsFor(raw(`${base}fund:\n`))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:9: fund – fältet är tomt: fyll i det, eller ta bort raden om källan inte anger något. Fonden eller anslaget: ERUF eller 1:1-anslaget.",
			]
		`);
	});
});

describe('a corpus of broken entries', () => {
	// Read from a copy, with its symbolic link made here rather than committed: copies of the repository
	// (Stryker's sandbox, an archive) turn a committed link into a plain file, which validates differently.
	const root = mkdtempSync(join(tmpdir(), 'broken-entries-'));
	cpSync('tests/fixtures/broken-entries', join(root, 'tests/fixtures/broken-entries'), { recursive: true });
	symlinkSync('20390001.md', join(root, 'tests/fixtures/broken-entries/lank.md'));
	const files = readEntryFiles('tests/fixtures/broken-entries', root);
	const { problems } = validateEntries(files, siteConfig);

	it('gets every problem in one run, each at its line with what to do', () => {
		expect([...problems.map(formatProblem), summarise(problems)]).toMatchInlineSnapshot(`
			[
			  "tests/fixtures/broken-entries/20390001.md:8: owner.orgnumber – det finns inget fält som heter "orgnumber", så värdet skulle inte användas. Menade du orgNumber (Organisationsnummer)?",
			  "tests/fixtures/broken-entries/20390001.md:10: kommuner – det finns inget fält som heter "kommuner", så värdet skulle inte användas. Menade du municipalities (Kommuner)?",
			  "tests/fixtures/broken-entries/20390001.md:11: municipality – det finns inget fält som heter "municipality", så värdet skulle inte användas. Menade du municipalities (Kommuner)?",
			  "tests/fixtures/broken-entries/20390001.md:12: agenda_2030 – det finns inget fält som heter "agenda_2030", så värdet skulle inte användas. Menade du agenda2030 (Agenda 2030-mål)?",
			  "tests/fixtures/broken-entries/20390002.md:4: slug – fältet är reserverat: sidans adress bestäms av filens namn och kan inte väljas i posten (annars kunde en post ta över en annan posts sida). Ta bort raden.",
			  "tests/fixtures/broken-entries/20390003.md:8: owner.orgNumber – "811218-9876" är ett personnummer (en enskild firmas organisationsnummer är ägarens personnummer). Personnummer publiceras inte: ta bort raden och skriv bara ägarens namn.",
			  "tests/fixtures/broken-entries/20390004.md:9: municipalities, rad 2 – "Skelleftå" är ingen av Sveriges 290 kommuner. Menade du "Skellefteå"?",
			  "tests/fixtures/broken-entries/20390004.md:10: municipalities, rad 3 – "Umeå" står redan på rad 1. Ta bort den ena raden: ett värde räknas bara en gång.",
			  "tests/fixtures/broken-entries/20390004.md:11: counties, rad 1 – "Västerbottens län" följer redan av kommunerna i municipalities. Ta bort raden: länen för de namngivna kommunerna räknas ut automatiskt.",
			  "tests/fixtures/broken-entries/20390005.md:7: grantedAmount – "1e6" är inget belopp i hela kronor skrivet med siffror. Skriv hela kronor med siffror och mellanslag mellan tusentalen, t.ex. 1500, "1 500", "1 500 kr" eller "2 000 tkr".",
			  "tests/fixtures/broken-entries/20390005.md:8: appliedAmount – "-0" är inget belopp i hela kronor: ett belopp har inget minustecken. Skriv hela kronor med siffror och mellanslag mellan tusentalen, t.ex. 1500, "1 500", "1 500 kr" eller "2 000 tkr".",
			  "tests/fixtures/broken-entries/20390005.md:9: totalBudget – "1.500" är inget belopp i hela kronor: punkt och komma används varken för decimaler eller för tusental. Skriv hela kronor med siffror och mellanslag mellan tusentalen, t.ex. 1500, "1 500", "1 500 kr" eller "2 000 tkr".",
			  "tests/fixtures/broken-entries/20390005.md:12: financing, rad 1, amount – "0x10" är inget belopp i hela kronor skrivet med siffror. Skriv hela kronor med siffror och mellanslag mellan tusentalen, t.ex. 1500, "1 500", "1 500 kr" eller "2 000 tkr".",
			  "tests/fixtures/broken-entries/20390005.md:14: financing, rad 2, amount – "2,5 miljoner" är inget belopp i hela kronor: punkt och komma används varken för decimaler eller för tusental. Skriv hela kronor med siffror och mellanslag mellan tusentalen, t.ex. 1500, "1 500", "1 500 kr" eller "2 000 tkr".",
			  "tests/fixtures/broken-entries/20390006.md:8: decisions, rad 1, date – "2026-02-30" är inget riktigt datum. Kontrollera dagen och månaden i källan.",
			  "tests/fixtures/broken-entries/20390006.md:12: period.start – "1850-01-01" ligger utanför åren 1990–2100. Kontrollera årtalet i källan.",
			  "tests/fixtures/broken-entries/20390006.md:13: period.end – väntade ett datum så exakt som källan anger det: ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM (en månad) eller ÅÅÅÅ (ett år), men det står "juni 2027". Skriv t.ex. 2026-08-31, 2020-06 eller 2020.",
			  "tests/fixtures/broken-entries/20390007.md:1: title – väntade projektets namn, men fältet saknas. Skriv namnet som det står i källan.",
			  "tests/fixtures/broken-entries/20390007.md:1: source – väntade en källa med document (och ev. passage), men fältet saknas. Skriv document: på en egen indragen rad under source:.",
			  "tests/fixtures/broken-entries/20390007.md:4: decider – "Region Västerbottten" är inget av de beslutande organen i inställningarna (Region Västerbotten, Region Norrbotten, Region Västernorrland eller Tillväxtverket). Menade du "Region Västerbotten"?",
			  "tests/fixtures/broken-entries/20390007.md:5: status – väntade en av applied (ansökt), proposed (förslag till beslut), granted (beviljat) eller rejected (avslag), men det står "beviljad". Menade du granted?",
			  "tests/fixtures/broken-entries/20390007.md:7: decisions, rad 1, kind – väntade en av application (ansökan), proposal (förslag till beslut), grant (beviljande), rejection (avslag) eller amendment (ändringsbeslut), men det står "beslut". Skriv koden, inte den svenska benämningen.",
			  "tests/fixtures/broken-entries/20390007.md:9: fund – "EU-medel" är ingen av fonderna i inställningarna (ERUF, ESF+, Interreg Aurora, Regionala medel, 1:1-anslaget eller Region Norrbottens kulturram). Skriv ett av namnen exakt, eller lägg till det i src/site.config.ts.",
			  "tests/fixtures/broken-entries/20390008.md:6: status – väntade granted (beviljat), som följer av det senaste beslutet (kind: grant), men det står "rejected". Ändra status, eller lägg till beslutet som saknas.",
			  "tests/fixtures/broken-entries/20390008.md:13: financing – raderna summerar till 900 000 kr, men totalBudget är 1 000 000 kr. Kontrollera beloppen mot källan; går källans egen tabell inte ihop, skriv en rättelse under corrections.",
			  "tests/fixtures/broken-entries/20390008.md:13: financing – raderna för Region Västerbotten summerar till 400 000 kr, men appliedAmount är 500 000 kr. Kontrollera beloppen mot källan.",
			  "tests/fixtures/broken-entries/20390009.md:4: Raden går inte att läsa: värdet innehåller ": ". Sätt värdet inom citattecken.",
			  "tests/fixtures/broken-entries/20390009.md:7: Raden är indragen med tabb. Dra in med mellanslag, lika många som raderna intill.",
			  "tests/fixtures/broken-entries/20390010.md:5: title – fältet står två gånger. Ta bort den ena raden.",
			  "tests/fixtures/broken-entries/20390011.md:3: id – filen heter "20390011.md", men ärende-id:t är "20390012". Döp om filen till 20390012.md (sidans adress följer filens namn).",
			  "tests/fixtures/broken-entries/20390011.md:13: body – texten innehåller HTML: "<a href="https://example.se" onclick="alert(1)">". Skriv texten som Markdown, utan HTML-taggar.",
			  "tests/fixtures/broken-entries/20390014.md:10: Raden har ett YAML-ankare (&a). Projektbankens filer använder inte ankare och hänvisningar: ta bort &a och skriv ut värdet där det behövs.",
			  "tests/fixtures/broken-entries/20390014.md:11: Raden har ett YAML-ankare (&b). Projektbankens filer använder inte ankare och hänvisningar: ta bort &b och skriv ut värdet där det behövs.",
			  "tests/fixtures/broken-entries/20390014.md:12: Raden har ett YAML-ankare (&c). Projektbankens filer använder inte ankare och hänvisningar: ta bort &c och skriv ut värdet där det behövs.",
			  "tests/fixtures/broken-entries/20390014.md:13: Raden har ett YAML-ankare (&d). Projektbankens filer använder inte ankare och hänvisningar: ta bort &d och skriv ut värdet där det behövs.",
			  "tests/fixtures/broken-entries/20390014.md:14: Raden har ett YAML-ankare (&e). Projektbankens filer använder inte ankare och hänvisningar: ta bort &e och skriv ut värdet där det behövs.",
			  "tests/fixtures/broken-entries/20390014.md:15: Raden har ett YAML-ankare (&f). Projektbankens filer använder inte ankare och hänvisningar: ta bort &f och skriv ut värdet där det behövs.",
			  "tests/fixtures/broken-entries/20390014.md:16: Raden har ett YAML-ankare (&g). Projektbankens filer använder inte ankare och hänvisningar: ta bort &g och skriv ut värdet där det behövs.",
			  "tests/fixtures/broken-entries/20390014.md:17: Raden har ett YAML-ankare (&h). Projektbankens filer använder inte ankare och hänvisningar: ta bort &h och skriv ut värdet där det behövs.",
			  "tests/fixtures/broken-entries/20390014.md:18: Raden hänvisar till ett YAML-ankare (*h). Projektbankens filer använder inte ankare och hänvisningar: skriv ut värdet där det behövs.",
			  "tests/fixtures/broken-entries/20390015.md:4: title – tecken 10 i värdet: tecknet U+0000, ett styrtecken: nolltecken (NUL). Ta bort tecknet: det syns inte men gör flöden och nedladdningar ogiltiga.",
			  "tests/fixtures/broken-entries/20390015.md:4: title – tecken 16 i värdet: tecknet U+001B, ett styrtecken: escape-tecken (ESC). Ta bort tecknet: det syns inte men gör flöden och nedladdningar ogiltiga.",
			  "tests/fixtures/broken-entries/20390015.md:7: owner.name – tecken 3 i värdet: tecknet U+043E, kyrilliskt "о", i ordet "Stоrumans", som annars har latinska bokstäver: det ser ut som ett latinskt "o" men är ett annat tecken. Skriv om ordet med latinska bokstäver (svenskt tangentbord), annars hittas det inte vid sökning och räknas som ett annat namn.",
			  "tests/fixtures/broken-entries/20390015.md:11: decisions, rad 1, summary – tecken 8 i värdet: tecknet U+202E, höger-till-vänster-åsidosättning (RLO). Ta bort tecknet: det ändrar i vilken ordning texten visas, så läsaren ser något annat än det som står.",
			  "tests/fixtures/broken-entries/20390015.md:11: decisions, rad 1, summary – tecken 16 i värdet: tecknet U+202C, riktningsavslut (PDF). Ta bort tecknet: det ändrar i vilken ordning texten visas, så läsaren ser något annat än det som står.",
			  "tests/fixtures/broken-entries/20390015.md:14: source.document – tecken 21 i värdet: tecknet U+200B, mellanrum med noll bredd, i "<U+200B>beslut". Ta bort tecknet: det syns inte, men gör att texten inte hittas vid sökning och inte är lika med samma text utan det.",
			  "tests/fixtures/broken-entries/20390015.md:16: body – tecken 17 på raden: tecknet U+2066, vänster-till-höger-isolering (LRI). Ta bort tecknet: det ändrar i vilken ordning texten visas, så läsaren ser något annat än det som står.",
			  "tests/fixtures/broken-entries/20390016.md:4: Filen är inte sparad som UTF-8: byten E5 på den här raden är inget UTF-8-tecken (en fil sparad som Windows-1252 eller ISO 8859-1 har sådana för å, ä och ö). Öppna filen i en textredigerare och spara filen som UTF-8.",
			  "tests/fixtures/broken-entries/20390017.md:3: id – filen heter "20390017.md", men ärende-id:t är "20390018". Döp om filen till 20390018.md (sidans adress följer filens namn).",
			  "tests/fixtures/broken-entries/20390017.md:7: owner.name – "(okänd)" har ingen bokstav eller siffra (en parentes i slutet räknas inte), så organisationen kan inte få någon sida. Skriv projektägarens namn som i källan; nämner källan ingen projektägare, ta bort owner.",
			  "tests/fixtures/broken-entries/20390017.md:14: financing, rad 2, financier – "🚀🚀" har ingen bokstav eller siffra (en parentes i slutet räknas inte), så organisationen kan inte få någon sida. Skriv finansiärens namn som i källan; är raden ingen organisation (som "Deltagande företag"), lägg till namnet bland financierCategories i src/site.config.ts.",
			  "tests/fixtures/broken-entries/20390017.md:16: fund – "EU-medel" är ingen av fonderna i inställningarna (ERUF, ESF+, Interreg Aurora, Regionala medel, 1:1-anslaget eller Region Norrbottens kulturram). Skriv ett av namnen exakt, eller lägg till det i src/site.config.ts.",
			  "tests/fixtures/broken-entries/20390017.md:22: body – bilden "https://example.se/karta.png" ligger på en annan webbplats, och varje läsares webbläsare skulle hämta den därifrån. Lägg bilden i public/ och skriv adressen från webbplatsens rot, t.ex. ![Karta över området](/bilder/karta.png), eller länka till den: [Karta över området](https://example.se/karta.png).",
			  "tests/fixtures/broken-entries/Projekt 13.md:1: filnamn – "Projekt 13.md" duger inte som adress: använd bara små bokstäver a–z, siffror och bindestreck, t.ex. 20372556.md.",
			  "tests/fixtures/broken-entries/Projekt 13.md:1: frontmatter – filen börjar inte med fält mellan två rader med "---". Skriv "---" på första raden, fälten under, och "---" igen före texten.",
			  "tests/fixtures/broken-entries/lank.md:1: Filen är en symbolisk länk (eller något annat än en vanlig fil), och sådana läses inte: en länk kan peka utanför projektbanken eller på sig själv. Lägg posten som en vanlig fil i mappen och ta bort länken.",
			  "56 fel i 17 filer.",
			]
		`);
	});

	it('gets no message in English or from a library', () => {
		for (const problem of problems) expect(problem.message).not.toMatch(/\b(expected|received|invalid|input|found|must|Unrecognized)\b/i);
	});
});

describe('everything the build refuses, found by validation in one run', () => {
	it('reports an id that does not match the file name together with the other problems of the file', () => {
		const entry = entryFile(
			modified((e) => (e.fund = 'EU-medel')),
			{ name: '20378917.md' },
		);
		expect(errorsFor(entry)).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378917.md:2: id – filen heter "20378917.md", men ärende-id:t är "20378916". Döp om filen till 20378916.md (sidans adress följer filens namn).",
			  "src/content/projects/20378917.md:17: fund – "EU-medel" är ingen av fonderna i inställningarna (ERUF eller 1:1-anslaget). Skriv ett av namnen exakt, eller lägg till det i src/site.config.ts.",
			]
		`);
	});

	it('reports an id used twice also when one of the entries is invalid', () => {
		const broken = entryFile(
			modified((e) => (e.fund = 'EU-medel')),
			{ name: '20378916.md' },
		);
		broken.path = 'src/content/projects/2026/20378916.md';
		expect(errorsFor(entryFile(validEntry()), broken).filter((p) => p.includes('används redan'))).toHaveLength(1);
	});
});

describe('unsafe or garbled input', () => {
	it('refuses YAML anchors and aliases before expanding anything ("billion laughs")', () => {
		const base =
			'id: "20378916"\ntitle: Projekt\ndecider: Region Västerbotten\nstatus: granted\ngrantedAmount: 100 000\nsource:\n  document: Beslut\n';
		const raw = (frontmatter: string) => entryFile(frontmatter, { body: 'Sammanfattning.' });
		const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
		for (let i = 1; i < 9; i++)
			levels.push(
				`l${i}: &l${i} [${Array(9)
					.fill(i === 1 ? '*a' : `*l${i - 1}`)
					.join(',')}]`,
			);
		const started = performance.now();
		const problems = errorsFor(raw(`${base}${levels.join('\n')}\ntitle2: *l8\n`));
		expect(performance.now() - started).toBeLessThan(2000);
		expect(problems[0]).toBe(
			'src/content/projects/20378916.md:9: Raden har ett YAML-ankare (&a). Projektbankens filer använder inte ankare och hänvisningar: ta bort &a och skriv ut värdet där det behövs.',
		);
		expect(problems.at(-1)).toBe(
			'src/content/projects/20378916.md:18: Raden hänvisar till ett YAML-ankare (*l8). Projektbankens filer använder inte ankare och hänvisningar: skriv ut värdet där det behövs.',
		);
	});

	it('refuses control, bidi and zero-width characters and look-alike letters in any text field and the body, naming each', () => {
		const entry = modified((e) => {
			e.title = 'Solceller\u0000 och \u001b[31mmer';
			e.owner.name = 'Stоrumans kommun';
			e.decisions[0].summary = 'Belopp \u202e000 006\u202c kr.';
			e.financing[2].financier = 'LULEÅ\u200bTEKNISKA UNIVERSITET';
		});
		expect(errorsFor(entryFile(entry, { body: 'Första raden.\nAndra\u2066 raden.' }))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:3: title – tecken 10 i värdet: tecknet U+0000, ett styrtecken: nolltecken (NUL). Ta bort tecknet: det syns inte men gör flöden och nedladdningar ogiltiga.",
			  "src/content/projects/20378916.md:3: title – tecken 16 i värdet: tecknet U+001B, ett styrtecken: escape-tecken (ESC). Ta bort tecknet: det syns inte men gör flöden och nedladdningar ogiltiga.",
			  "src/content/projects/20378916.md:7: owner.name – tecken 3 i värdet: tecknet U+043E, kyrilliskt "о", i ordet "Stоrumans", som annars har latinska bokstäver: det ser ut som ett latinskt "o" men är ett annat tecken. Skriv om ordet med latinska bokstäver (svenskt tangentbord), annars hittas det inte vid sökning och räknas som ett annat namn.",
			  "src/content/projects/20378916.md:13: decisions, rad 1, summary – tecken 8 i värdet: tecknet U+202E, höger-till-vänster-åsidosättning (RLO). Ta bort tecknet: det ändrar i vilken ordning texten visas, så läsaren ser något annat än det som står.",
			  "src/content/projects/20378916.md:13: decisions, rad 1, summary – tecken 16 i värdet: tecknet U+202C, riktningsavslut (PDF). Ta bort tecknet: det ändrar i vilken ordning texten visas, så läsaren ser något annat än det som står.",
			  "src/content/projects/20378916.md:32: financing, rad 3, financier – tecken 6 i värdet: tecknet U+200B, mellanrum med noll bredd, i "LULEÅ<U+200B>TEKNISKA". Ta bort tecknet: det syns inte, men gör att texten inte hittas vid sökning och inte är lika med samma text utan det.",
			  "src/content/projects/20378916.md:41: body – tecken 6 på raden: tecknet U+2066, vänster-till-höger-isolering (LRI). Ta bort tecknet: det ändrar i vilken ordning texten visas, så läsaren ser något annat än det som står.",
			]
		`);
	});

	it('accepts Swedish text, non-breaking spaces, tabs, CRLF and whole words in another script', () => {
		const entry = modified((e) => {
			e.title = 'Åtgärder för ökad hållbarhet – steg 2 (CO₂)';
			e.decisions[0].summary = 'Beviljas 2\u00a0219\u00a0230 kr.';
		});
		expect(errorsFor(entryFile(entry, { body: 'Text på svenska.\r\nСлово на русском.\r\n\tIndrag.' }))).toEqual([]);
	});

	it('refuses a file not saved as UTF-8, at the line of the first bad byte, and a symbolic link', () => {
		expect(
			errorsFor({
				path: 'src/content/projects/20378916.md',
				content: 'x',
				unreadable: { line: 4, message: 'filen är inte sparad som UTF-8.' },
			}),
		).toEqual(['src/content/projects/20378916.md:4: Filen är inte sparad som UTF-8.']);
	});
});

describe('names that make no address', () => {
	it('refuses an owner or financier name with no letter or digit, unless the financier is a category', () => {
		const entry = modified((e) => {
			e.owner = { name: '(okänd)' };
			e.financing[2].financier = '🚀🚀';
		});
		expect(errorsFor(entryFile(entry))).toMatchInlineSnapshot(`
			[
			  "src/content/projects/20378916.md:7: owner.name – "(okänd)" har ingen bokstav eller siffra (en parentes i slutet räknas inte), så organisationen kan inte få någon sida. Skriv projektägarens namn som i källan; nämner källan ingen projektägare, ta bort owner.",
			  "src/content/projects/20378916.md:31: financing, rad 3, financier – "🚀🚀" har ingen bokstav eller siffra (en parentes i slutet räknas inte), så organisationen kan inte få någon sida. Skriv finansiärens namn som i källan; är raden ingen organisation (som "Deltagande företag"), lägg till namnet bland financierCategories i src/site.config.ts.",
			]
		`);
		const categories = { ...testConfig, financierCategories: ['🚀🚀'] };
		expect(validateEntries([entryFile(modified((e) => (e.financing[2].financier = '🚀🚀')))], categories).problems).toEqual([]);
	});

	it('accepts a 283-character financier name: its address is cut short with a hash', () => {
		const long = `${'Ekonomisk förening för samverkan '.repeat(8)}och utveckling av landsbygden i norra Sverige`.slice(0, 283);
		expect(long).toHaveLength(283);
		expect(errorsFor(entryFile(modified((e) => (e.financing[2].financier = long))))).toEqual([]);
		expect(organisationKey(long).length).toBeLessThanOrEqual(80);
	});
});
