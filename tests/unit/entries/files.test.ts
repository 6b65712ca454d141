import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEntry, readEntryFiles } from '../../../src/entries/files.ts';

const file = (content: string) => ({ path: 'src/content/projects/x.md', content });

describe('reading an entry', () => {
	it('splits YAML frontmatter from the Markdown body', () => {
		expect(parseEntry(file('---\ntitle: Projekt\n---\nText.\n'))).toEqual({ ok: true, frontmatter: { title: 'Projekt' }, body: 'Text.\n' });
		expect(parseEntry(file('\uFEFF---\r\ntitle: Projekt\r\n---\r\nText.'))).toEqual({ ok: true, frontmatter: { title: 'Projekt' }, body: 'Text.' });
		expect(parseEntry(file('---\nnull\n---\nText.'))).toEqual({ ok: true, frontmatter: {}, body: 'Text.' });
	});

	it('keeps dates and other scalars as the YAML core schema reads them: dates stay text', () => {
		const parsed = parseEntry(file('---\ndate: 2026-02-30\nreference: 2024-03-15\nid: "20372556"\namount: 1500\n---\n'));
		expect(parsed).toEqual({ ok: true, frontmatter: { date: '2026-02-30', reference: '2024-03-15', id: '20372556', amount: 1500 }, body: '' });
	});

	it('says what is wrong with a file without frontmatter or with broken YAML', () => {
		expect(parseEntry(file('Bara text.'))).toMatchInlineSnapshot(`
			{
			  "ok": false,
			  "problem": "expected the file to start with YAML frontmatter between two "---" lines, found none",
			}
		`);
		expect(parseEntry(file('---\ntitle: [unclosed\n---\n'))).toMatchInlineSnapshot(`
			{
			  "ok": false,
			  "problem": "expected valid YAML, found a syntax error: unexpected end of the stream within a flow collection at line 2",
			}
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
});
