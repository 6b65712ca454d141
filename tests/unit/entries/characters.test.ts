import { describe, expect, it } from 'vitest';
import { characterProblems } from '../../../src/entries/characters.ts';

const found = (text: string) => characterProblems(text).map((p) => `${p.line}:${p.column} ${p.message.split('. ')[0]}`);

describe('characters an entry must not hold', () => {
	it('accepts Swedish text with tabs, line breaks (also CRLF), non-breaking spaces, dashes and symbols', () => {
		expect(found('Åtgärder i Örnsköldsvik – 2\u00a0219\u00a0230 kr, CO₂ och 5 %.\r\n\tNästa rad… ”citat” € µ')).toEqual([]);
		// A whole word in another script is text, not a look-alike.
		expect(found('Samarbete med Мурманск och Αθήνα.')).toEqual([]);
		// A byte-order mark at the very start is the file's, not the text's.
		expect(found('\uFEFFText')).toEqual([]);
	});

	it('names every control character by code point, with its line and column', () => {
		expect(found('a\u0000b\nc\u001bd\u007f\u0085\re')).toEqual([
			'1:2 tecknet U+0000, ett styrtecken: nolltecken (NUL)',
			'2:2 tecknet U+001B, ett styrtecken: escape-tecken (ESC)',
			'2:4 tecknet U+007F, ett styrtecken: raderingstecken (DEL)',
			'2:5 tecknet U+0085, ett styrtecken',
			'2:6 tecknet U+000D, ett styrtecken: vagnretur (CR) utan radbrytning efter',
		]);
	});

	it('names bidirectional controls, which reorder what the reader sees', () => {
		expect(found('Belopp \u202e000 006\u202c kr \u2066x\u2069 \u200f')).toEqual([
			'1:8 tecknet U+202E, höger-till-vänster-åsidosättning (RLO)',
			'1:16 tecknet U+202C, riktningsavslut (PDF)',
			'1:21 tecknet U+2066, vänster-till-höger-isolering (LRI)',
			'1:23 tecknet U+2069, isoleringsavslut (PDI)',
			'1:25 tecknet U+200F, höger-till-vänster-markör (RLM)',
		]);
	});

	it('names zero-width and invisible characters, showing where in the word they sit; a visible "�" is left to the data-quality warnings', () => {
		expect(found('Skel\u200bleftå Umeå\u200d \u2060 x\uFEFFy mjuk\u00adt \ufffd')).toEqual([
			'1:5 tecknet U+200B, mellanrum med noll bredd, i "Skel<U+200B>leftå"',
			'1:16 tecknet U+200D, sammanfogare med noll bredd, i "Umeå<U+200D>"',
			'1:18 tecknet U+2060, ordsammanfogare (syns inte), i "<U+2060>"',
			'1:21 tecknet U+FEFF, byte order mark med noll bredd, i "x<U+FEFF>y"',
			'1:28 tecknet U+00AD, mjukt bindestreck (syns inte), i "mjuk<U+00AD>t"',
		]);
	});

	it('names a Cyrillic or Greek letter inside a Latin word, and the Latin letter it looks like', () => {
		expect(found('Stоrumans kommun och Αrjeplog')).toEqual([
			'1:3 tecknet U+043E, kyrilliskt "о", i ordet "Stоrumans", som annars har latinska bokstäver: det ser ut som ett latinskt "o" men är ett annat tecken',
			'1:22 tecknet U+0391, grekiskt "Α", i ordet "Αrjeplog", som annars har latinska bokstäver: det ser ut som ett latinskt "A" men är ett annat tecken',
		]);
		// Two strings that look the same are told apart by the code point.
		expect(found('Storumans')).toEqual([]);
	});
});
