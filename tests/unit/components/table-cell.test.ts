import { expect, it } from 'vitest';
import { cellHtml, escapeHtml } from '../../../src/components/table-cell.ts';

it('writes a cell’s text, link, time, tag, notes and details as HTML', () => {
	expect(cellHtml({ text: 'Umeå' })).toBe('Umeå');
	expect(cellHtml({ text: 'Projekt', href: '/projekt/1/', details: ['Ägare AB'] })).toBe(
		'<a href="/projekt/1/">Projekt</a><p class="muted">Ägare AB</p>',
	);
	expect(cellHtml({ text: '24 mars 2020', datetime: '2020-03-24' })).toBe('<time datetime="2020-03-24" class="nowrap">24 mars 2020</time>');
	expect(cellHtml({ text: 'Beviljat', tag: { tone: 'granted' } })).toBe('<span class="tag status-granted">Beviljat</span>');
	expect(cellHtml({ text: 'anges ej', muted: true })).toBe('<span class="muted">anges ej</span>');
	expect(cellHtml({ text: '666 030 kr', note: { text: 'rättat: 66 603 kr', href: '#rattelse-1' } })).toBe(
		'666 030 kr<br><a href="#rattelse-1">rättat: 66 603 kr</a>',
	);
	expect(cellHtml({ text: 'Region', suffixes: ['(beslutande region)'] })).toBe('Region <span class="muted">(beslutande region)</span>');
});

it('escapes whatever an entry holds, in text and in attributes', () => {
	expect(escapeHtml(`<script>"a" & 'b'</script>`)).toBe('&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;');
	expect(cellHtml({ text: '<img src=x onerror=alert(1)>', href: '/x/" onclick="alert(1)' })).toBe(
		'<a href="/x/&quot; onclick=&quot;alert(1)">&lt;img src=x onerror=alert(1)&gt;</a>',
	);
	expect(cellHtml({ text: 'x', details: ['<b>'], suffixes: ['&'] })).toBe(
		'x <span class="muted">&amp;</span><p class="muted">&lt;b&gt;</p>',
	);
});
