import { describe, expect, it } from 'vitest';
import {
	applyMapping,
	cellList,
	parseMapping,
	projektbankenMapping,
	vasterbottenMapping,
	type ImportMapping,
} from '../../../src/entries/mapping.ts';

const mapping: ImportMapping = {
	name: 'Testexport',
	fields: {
		id: 'Diarie-ID',
		title: 'Namn',
		grantedAmount: 'Belopp',
		summary: 'Text',
		fund: { value: 'ERUF' },
		municipalities: { column: 'Orter', separator: ' / ' },
	},
	ignore: { Handläggare: 'personuppgift' },
};

describe('a column mapping', () => {
	it('gives each row its cells by field, constants filled in, ignored columns left out, headers matched without case, accents or punctuation', () => {
		const { rows, problems } = applyMapping(
			{
				header: ['diarie_id', 'NAMN', 'belopp', 'text', 'orter', 'handlaggare'],
				rows: [{ row: 2, values: ['20390101', ' Solel ', '1 000', 'Text.', 'Umeå / Kalix', 'Testperson'] }],
			},
			mapping,
		);
		expect(problems).toEqual([]);
		expect(rows).toEqual([
			{
				row: 2,
				cells: { id: '20390101', title: 'Solel', grantedAmount: '1 000', summary: 'Text.', fund: 'ERUF', municipalities: 'Umeå / Kalix' },
			},
		]);
		expect(JSON.stringify(rows)).not.toContain('Testperson');
	});

	it('refuses a column it neither maps nor ignores, and names the mapped columns that are missing', () => {
		expect(applyMapping({ header: ['Diarie-ID', 'Namm', 'Telefon'], rows: [] }, mapping).problems).toEqual([
			{ row: 1, column: 'Namm', message: 'kolumnen känns inte igen, och det som står i den skulle inte användas. Menade du "Namn"?' },
			{
				row: 1,
				column: 'Telefon',
				message:
					'kolumnen känns inte igen, och det som står i den skulle inte användas. Kolumnerna är Diarie-ID; Namn; Belopp; Text; Orter.',
			},
			{ row: 1, message: 'kolumnerna "Namn", "Belopp", "Text", "Orter" saknas. Lägg till dem i första raden, även om de är tomma.' },
		]);
	});

	it('splits a list at its separator, or at ",", ";" and line breaks', () => {
		expect(cellList('Umeå / Kalix', mapping.fields.municipalities)).toEqual(['Umeå', 'Kalix']);
		expect(cellList('Västerbotten; Norrbotten', projektbankenMapping.fields.counties)).toEqual(['Västerbotten', 'Norrbotten']);
		expect(cellList('Umeå, Kalix;Luleå\nPiteå', vasterbottenMapping.fields.municipalities)).toEqual(['Umeå', 'Kalix', 'Luleå', 'Piteå']);
	});

	it('reads a mapping file, and says what is wrong with one', () => {
		expect(parseMapping(JSON.stringify(mapping), 'm.json')).toEqual({ mapping, problems: [] });
		expect(parseMapping('{ "name": ', 'm.json').problems[0]).toMatch(/^m\.json: mappningsfilen är ingen giltig JSON/);
		const wrong = parseMapping(
			JSON.stringify({ name: 'X', fields: { id: 'A', title: 'B', summary: 'C', beviljat: 'D' } }),
			'm.json',
		).problems.join('\n');
		expect(wrong).toContain('grantedAmount');
		expect(wrong).toContain('beviljat');
	});

	it("ships Projektbanken's contact fields as ignored personal data, never mapped", () => {
		expect(Object.keys(projektbankenMapping.ignore)).toEqual(['projektledare', 'telnr', 'e-post']);
		expect(JSON.stringify(projektbankenMapping.fields)).not.toMatch(/projektledare|telnr|e-post/);
	});
});
