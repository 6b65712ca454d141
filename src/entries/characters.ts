/**
 * Characters an entry's text must not hold, because readers cannot see them or see something else
 * than what is there: control characters (NUL and ESC made feeds invalid XML), bidirectional
 * overrides ("Belopp \u202e000 006\u202c kr." reads "600 000 kr"), zero-width characters, and
 * words mixing Latin letters with Cyrillic or Greek look-alikes ("Stоrumans kommun" with a
 * Cyrillic о would be a second organisation). Each is refused, never removed: the editor decides
 * what the text should say. The message names the character by its code point, so two strings
 * that look the same can be told apart.
 */

export interface CharacterProblem {
	/** Index in the text (UTF-16 code units, from 0). */
	index: number;
	/** Line in the text, from 1, and position in that line, from 1 (characters, not code units). */
	line: number;
	column: number;
	message: string;
}

const hex = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

const CONTROL_NAMES: Record<number, string> = {
	0x00: 'nolltecken (NUL)',
	0x07: 'klocktecken (BEL)',
	0x08: 'backsteg (BS)',
	0x0b: 'vertikal tabb (VT)',
	0x0c: 'sidbrytning (FF)',
	0x0d: 'vagnretur (CR) utan radbrytning efter',
	0x1b: 'escape-tecken (ESC)',
	0x7f: 'raderingstecken (DEL)',
};

const BIDI_NAMES: Record<number, string> = {
	0x061c: 'arabisk riktningsmarkör (ALM)',
	0x200e: 'vänster-till-höger-markör (LRM)',
	0x200f: 'höger-till-vänster-markör (RLM)',
	0x202a: 'vänster-till-höger-inbäddning (LRE)',
	0x202b: 'höger-till-vänster-inbäddning (RLE)',
	0x202c: 'riktningsavslut (PDF)',
	0x202d: 'vänster-till-höger-åsidosättning (LRO)',
	0x202e: 'höger-till-vänster-åsidosättning (RLO)',
	0x2066: 'vänster-till-höger-isolering (LRI)',
	0x2067: 'höger-till-vänster-isolering (RLI)',
	0x2068: 'första-stark-isolering (FSI)',
	0x2069: 'isoleringsavslut (PDI)',
};

const INVISIBLE_NAMES: Record<number, string> = {
	0x00ad: 'mjukt bindestreck (syns inte)',
	0x180e: 'mongoliskt vokalavskiljare (syns inte)',
	0x200b: 'mellanrum med noll bredd',
	0x200c: 'sammanfogningshindrare med noll bredd',
	0x200d: 'sammanfogare med noll bredd',
	0x2060: 'ordsammanfogare (syns inte)',
	0xfeff: 'byte order mark med noll bredd',
};
// "�" (U+FFFD) is no error: it is visible, and a file that is not UTF-8 is refused before this check
// (files.ts), so one in an entry is the source's own lost character, published as written and
// reported as a data-quality warning (domain/quality.ts).

/** The Latin letter a Cyrillic or Greek one is mistaken for, where there is one. */
const LOOK_ALIKES: Record<string, string> = {
	а: 'a',
	е: 'e',
	о: 'o',
	р: 'p',
	с: 'c',
	у: 'y',
	х: 'x',
	і: 'i',
	ј: 'j',
	ѕ: 's',
	ԁ: 'd',
	һ: 'h',
	ӏ: 'l',
	ԛ: 'q',
	ԝ: 'w',
	А: 'A',
	В: 'B',
	Е: 'E',
	К: 'K',
	М: 'M',
	Н: 'H',
	О: 'O',
	Р: 'P',
	С: 'C',
	Т: 'T',
	Х: 'X',
	І: 'I',
	Ј: 'J',
	Ѕ: 'S',
	α: 'a',
	ο: 'o',
	ν: 'v',
	ρ: 'p',
	ι: 'i',
	κ: 'k',
	τ: 't',
	υ: 'u',
	χ: 'x',
	Α: 'A',
	Β: 'B',
	Ε: 'E',
	Ζ: 'Z',
	Η: 'H',
	Ι: 'I',
	Κ: 'K',
	Μ: 'M',
	Ν: 'N',
	Ο: 'O',
	Ρ: 'P',
	Τ: 'T',
	Υ: 'Y',
	Χ: 'X',
};

const WHAT_TO_DO = {
	control: 'Ta bort tecknet: det syns inte men gör flöden och nedladdningar ogiltiga.',
	bidi: 'Ta bort tecknet: det ändrar i vilken ordning texten visas, så läsaren ser något annat än det som står.',
	invisible: 'Ta bort tecknet: det syns inte, men gör att texten inte hittas vid sökning och inte är lika med samma text utan det.',
} as const;

/** The line and column of an index, and a short excerpt around it for the message. */
function place(text: string, index: number): { line: number; column: number } {
	const before = text.slice(0, index);
	const line = before.split('\n').length;
	const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
	return { line, column };
}

/** The word around an index, with invisible characters shown by their code point. */
function wordAt(text: string, index: number): string {
	let start = index;
	let end = index + 1;
	while (start > 0 && /[\p{L}\p{M}\p{N}\u200b-\u200d\u2060\u00ad]/u.test(text[start - 1]!)) start--;
	while (end < text.length && /[\p{L}\p{M}\p{N}\u200b-\u200d\u2060\u00ad]/u.test(text[end]!)) end++;
	return [...text.slice(start, end)].map((c) => (/[\p{Cc}\p{Cf}]/u.test(c) ? `<${hex(c)}>` : c)).join('');
}

/** Every character in the text an entry must not hold, in order, each named with where it is. */
export function characterProblems(text: string): CharacterProblem[] {
	const problems: CharacterProblem[] = [];
	const report = (index: number, message: string) => problems.push({ index, ...place(text, index), message });
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const char = text[i]!;
		const isControl =
			(code < 0x20 && code !== 0x09 && code !== 0x0a && !(code === 0x0d && text[i + 1] === '\n')) || (code >= 0x7f && code <= 0x9f);
		if (isControl) {
			report(i, `tecknet ${hex(char)}, ett styrtecken${CONTROL_NAMES[code] ? `: ${CONTROL_NAMES[code]}` : ''}. ${WHAT_TO_DO.control}`);
		} else if (BIDI_NAMES[code]) {
			report(i, `tecknet ${hex(char)}, ${BIDI_NAMES[code]}. ${WHAT_TO_DO.bidi}`);
		} else if (INVISIBLE_NAMES[code] && !(code === 0xfeff && i === 0)) {
			report(i, `tecknet ${hex(char)}, ${INVISIBLE_NAMES[code]}, i ${quoteWord(wordAt(text, i))}. ${WHAT_TO_DO.invisible}`);
		}
	}
	for (const match of text.matchAll(/[\p{L}\p{M}]+/gu)) {
		const word = match[0];
		if (!/\p{Script=Latin}/u.test(word)) continue;
		let offset = 0;
		for (const char of word) {
			if (/[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(char)) {
				const script = /\p{Script=Cyrillic}/u.test(char) ? 'kyrilliskt' : 'grekiskt';
				const latin = LOOK_ALIKES[char];
				report(
					match.index + offset,
					`tecknet ${hex(char)}, ${script} ${quoteWord(char)}, i ordet ${quoteWord(word)}, som annars har latinska bokstäver${latin ? `: det ser ut som ett latinskt ${quoteWord(latin)} men är ett annat tecken` : ''}. Skriv om ordet med latinska bokstäver (svenskt tangentbord), annars hittas det inte vid sökning och räknas som ett annat namn.`,
				);
			}
			offset += char.length;
		}
	}
	return problems.sort((a, b) => a.index - b.index);
}

const quoteWord = (word: string) => `"${word}"`;
