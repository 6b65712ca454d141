import { describe, expect, it } from 'vitest';
import { cutAtLimit, lostCharacters, placeholderSummary, qualityWarnings, SHORT_SUMMARY } from '../../../src/domain/quality.ts';

const SUMMARY = 'Projektet bygger upp kunskap om solel hos små företag i inlandet.';

describe('characters an export lost', () => {
	it('finds "¿" inside a word and any "�", once per word', () => {
		expect(lostCharacters('Utveckling av n¿ringslivet och n¿ringslivet i F�rening.')).toEqual(['n¿ringslivet', 'F�rening']);
		expect(lostCharacters('Stuns Stift F¿')).toEqual(['F¿']);
	});

	it('leaves a Spanish question mark that opens a question alone', () => {
		expect(lostCharacters('Kursen heter ¿Qué pasa? och handlar om språk.')).toEqual([]);
		expect(lostCharacters(SUMMARY)).toEqual([]);
	});
});

describe('placeholder summaries', () => {
	it("knows the exports' placeholders whatever their case and full stop", () => {
		expect(placeholderSummary('Ej aktuellt')).toBe('sammanfattningen är bara ”Ej aktuellt”');
		expect(placeholderSummary('se underlag för prioritering.')).toBe('sammanfattningen är bara ”se underlag för prioritering.”');
	});

	it(`calls a summary under ${SHORT_SUMMARY} characters too short, and a real one none`, () => {
		expect(placeholderSummary('Solel i Sorsele.')).toBe('sammanfattningen är bara 16 tecken lång: ”Solel i Sorsele.”');
		expect(placeholderSummary(SUMMARY)).toBeUndefined();
	});
});

describe("text cut at an export's limit", () => {
	const ofLength = (length: number, end: string) => `${'a'.repeat(length - end.length)}${end}`;

	it('finds a text exactly as long as a field limit that ends mid-word', () => {
		expect(cutAtLimit(ofLength(3999, ' utveckl'))).toBe(3999);
		expect(cutAtLimit(ofLength(4000, 'ing,'))).toBe(4000);
	});

	it('leaves a text that ends its sentence at the limit, and one of any other length', () => {
		expect(cutAtLimit(ofLength(4000, 'slut.'))).toBeUndefined();
		expect(cutAtLimit(ofLength(3998, ' utveckl'))).toBeUndefined();
	});
});

describe('the warnings of a project', () => {
	it('names the field and what was found; none for a clean project', () => {
		expect(qualityWarnings({ title: 'Solel', owner: { name: 'Stuns Stift F¿' } }, 'Ej aktuellt')).toEqual([
			{
				kind: 'lost-character',
				field: 'owner',
				message: 'ordet ”F¿” har ett tecken som gått förlorat i exporten (”¿” eller ”�” i stället för en bokstav)',
			},
			{ kind: 'placeholder', field: 'summary', message: 'sammanfattningen är bara ”Ej aktuellt”' },
		]);
		expect(qualityWarnings({ title: 'Solel' }, `${'Ord '.repeat(999)}ord`)).toMatchObject([{ kind: 'cut-at-limit', field: 'summary' }]);
		expect(qualityWarnings({ title: 'Solel', owner: undefined }, SUMMARY)).toEqual([]);
	});
});
