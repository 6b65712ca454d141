import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, parseEntry, readEntryFiles, type ParsedEntry } from '../../../src/entries/files.ts';

const file = (content: string) => ({ path: 'src/content/projects/x.md', content });

function parsed(content: string): Extract<ParsedEntry, { ok: true }> {
	const result = parseEntry(file(content));
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result;
}

describe('reading an entry', () => {
	it('splits YAML frontmatter from the Markdown body, and knows the line the body starts on', () => {
		expect(parsed('---\ntitle: Projekt\n---\nText.\n')).toMatchObject({ frontmatter: { title: 'Projekt' }, body: 'Text.\n', bodyLine: 4 });
		expect(parsed('\uFEFF---\r\ntitle: Projekt\r\n---\r\nText.')).toMatchObject({
			frontmatter: { title: 'Projekt' },
			body: 'Text.',
			bodyLine: 4,
		});
		expect(parsed('---\nnull\n---\nText.')).toMatchObject({ frontmatter: {}, body: 'Text.' });
		expect(parsed('---\n---\nText.')).toMatchObject({ frontmatter: {}, body: 'Text.', bodyLine: 3 });
	});

	it('keeps dates as text, as the YAML core schema reads them', () => {
		const { frontmatter } = parsed(
			'---\ndate: 2026-02-30\nreference: 2024-03-15\nid: "20372556"\namount: 1500\nyear: 2020\nflag: true\nempty:\n---\n',
		);
		expect(frontmatter).toEqual({
			date: '2026-02-30',
			reference: '2024-03-15',
			id: '20372556',
			amount: 1500,
			year: 2020,
			flag: true,
			empty: null,
		});
	});

	it('keeps every number not written as plain digits as the text written, so no other number is read than the one meant', () => {
		const { frontmatter } = parsed(
			'---\na: 1e6\nb: -0\nc: 1.500\nd: 0x10\ne: 0o17\nf: .inf\ng: 0123\nh: 99999999999999999999\ni: [7, 1.5]\n---\n',
		);
		expect(frontmatter).toEqual({
			a: '1e6',
			b: '-0',
			c: '1.500',
			d: '0x10',
			e: '0o17',
			f: '.inf',
			g: '0123',
			h: '99999999999999999999',
			i: [7, '1.5'],
		});
		// A leading zero is not dropped: the amount schema sees "0600000" as written, not 600000.
		expect(parsed('---\ngrantedAmount: 0600000\n---\n').frontmatter).toEqual({ grantedAmount: '0600000' });
	});

	it('normalises text to NFC, so a decomposed "Umeå" is the official name', () => {
		const decomposed = 'Ume\u0061\u030a';
		expect(decomposed).not.toBe('Umeå');
		const { frontmatter, body } = parsed(`---\nmunicipalities: [${decomposed}]\n---\n${decomposed}\n`);
		expect(frontmatter).toEqual({ municipalities: ['Umeå'] });
		expect(body).toBe('Umeå\n');
	});

	it('finds the line of every key and list row, and of the closest enclosing field for a missing one', () => {
		const { lineOf } = parsed(
			'---\ntitle: Projekt\nowner:\n  name: AB\nmunicipalities: [Umeå, Kalix]\nfinancing:\n  - financier: A\n    amount: 1\n  - financier: B\n---\n',
		);
		expect(lineOf(['title'])).toBe(2);
		expect(lineOf(['owner', 'name'])).toBe(4);
		expect(lineOf(['owner', 'orgNumber'])).toBe(3);
		expect(lineOf(['municipalities', 1])).toBe(5);
		expect(lineOf(['financing', 1])).toBe(9);
		expect(lineOf(['financing', 1, 'amount'])).toBe(9);
		expect(lineOf(['financing', 0, 'amount'])).toBe(8);
		expect(lineOf(['source'])).toBe(1);
		expect(lineOf([])).toBe(1);
	});

	it('says what is wrong with a file without frontmatter or with broken YAML, on the right line', () => {
		const problems = (content: string) => {
			const result = parseEntry(file(content));
			return result.ok ? [] : result.problems;
		};
		expect(problems('Bara text.')).toMatchInlineSnapshot(`
			[
			  {
			    "field": "frontmatter",
			    "line": 1,
			    "message": "filen börjar inte med fält mellan två rader med "---". Skriv "---" på första raden, fälten under, och "---" igen före texten.",
			  },
			]
		`);
		expect(problems('---\ntitle: [unclosed\n---\n')).toMatchInlineSnapshot(`
			[
			  {
			    "line": 2,
			    "message": "raden går inte att läsa. Kontrollera indraget (mellanslag, lika många som raderna intill), kolonet efter fältets namn, att listor och citattecken stängs, och att text med ": " eller " #" står inom citattecken.",
			  },
			]
		`);
		expect(problems('---\ntitle: "unclosed\ndecider: Region Västerbotten\n---\n')).toMatchInlineSnapshot(`
			[
			  {
			    "line": 3,
			    "message": "ett citattecken stängs aldrig. Avsluta texten med samma sorts citattecken som den börjar med.",
			  },
			]
		`);
		expect(problems('---\ntitle: A\nstatus: granted\ntitle: B\n---\n')).toMatchInlineSnapshot(`
			[
			  {
			    "field": "title",
			    "line": 4,
			    "message": "fältet står två gånger. Ta bort den ena raden.",
			  },
			]
		`);
		expect(problems('---\ntitle: @projekt\n---\n')).toMatchInlineSnapshot(`
			[
			  {
			    "line": 2,
			    "message": "värdet börjar med ett tecken som YAML reserverar (som @, \`, %, * eller &). Sätt värdet inom citattecken.",
			  },
			]
		`);
		expect(problems('---\ntitle: !fin Projekt\n---\n')).toMatchInlineSnapshot(`
			[
			  {
			    "line": 2,
			    "message": "raden har en YAML-tagg (ett ord som börjar med !). Ta bort taggen, eller sätt värdet inom citattecken.",
			  },
			]
		`);
		expect(problems('---\nowner:\n  name: AB\n   orgNumber: "232100-0222"\n---\n')).toMatchInlineSnapshot(`
			[
			  {
			    "line": 3,
			    "message": "raden går inte att läsa. Kontrollera indraget (mellanslag, lika många som raderna intill), kolonet efter fältets namn, att listor och citattecken stängs, och att text med ": " eller " #" står inom citattecken.",
			  },
			]
		`);
	});
});

describe('the entries folder', () => {
	it('is read recursively, in path order, with paths relative to the project', () => {
		const root = mkdtempSync(join(tmpdir(), 'entries-'));
		mkdirSync(join(root, 'src/content/projects/2026'), { recursive: true });
		writeFileSync(join(root, 'src/content/projects/b.md'), 'B');
		writeFileSync(join(root, 'src/content/projects/2026/a.md'), 'A');
		expect(readEntryFiles(undefined, root)).toEqual([
			{ path: 'src/content/projects/2026/a.md', content: 'A' },
			{ path: 'src/content/projects/b.md', content: 'B' },
		]);
	});

	it('reads files strictly as UTF-8, naming the line of the first byte that is not', () => {
		const root = mkdtempSync(join(tmpdir(), 'entries-'));
		mkdirSync(join(root, 'src/content/projects'), { recursive: true });
		// "Umeå" in Windows-1252: å is the single byte E5.
		writeFileSync(join(root, 'src/content/projects/a.md'), Buffer.from('---\ntitle: Projekt\nmunicipalities: [Ume\xe5]\n---\n', 'latin1'));
		const [file] = readEntryFiles(undefined, root);
		expect(file!.unreadable).toEqual({
			line: 3,
			message:
				'filen är inte sparad som UTF-8: byten E5 på den här raden är inget UTF-8-tecken (en fil sparad som Windows-1252 eller ISO 8859-1 har sådana för å, ä och ö). Öppna filen i en textredigerare och spara filen som UTF-8.',
		});
		expect(decodeUtf8(new TextEncoder().encode('Umeå\nÖrnsköldsvik'))).toEqual({ text: 'Umeå\nÖrnsköldsvik' });
		// A truncated sequence at the very end, and an overlong one.
		expect(decodeUtf8(Uint8Array.of(0x61, 0x0a, 0x62, 0xc3))).toMatchObject({ line: 2 });
		expect(decodeUtf8(Uint8Array.of(0x0a, 0x0a, 0xc0, 0x80))).toMatchObject({ line: 3, message: expect.stringContaining('byten C0') });
	});

	it('does not follow a symbolic link, and says why', () => {
		const root = mkdtempSync(join(tmpdir(), 'entries-'));
		mkdirSync(join(root, 'src/content/projects'), { recursive: true });
		writeFileSync(join(root, 'outside.md'), 'hemligt');
		symlinkSync(join(root, 'outside.md'), join(root, 'src/content/projects/a.md'));
		symlinkSync(join(root, 'src/content/projects'), join(root, 'src/content/projects/loop'));
		const files = readEntryFiles(undefined, root);
		expect(files.map((f) => [f.path, f.content, f.unreadable?.message.slice(0, 40)])).toEqual([
			['src/content/projects/a.md', '', 'filen är en symbolisk länk (eller något '],
			['src/content/projects/loop', '', 'filen är en symbolisk länk (eller något '],
		]);
	});
});
