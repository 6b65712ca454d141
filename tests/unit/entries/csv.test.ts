import { describe, expect, it } from 'vitest';
import { detectDelimiter, readCsvTable } from '../../../src/entries/csv.ts';
import { mapTable, vasterbottenMapping } from '../../../src/entries/mapping.ts';

const readSpreadsheet = (text: string) => mapTable(readCsvTable(text), vasterbottenMapping);

const HEADER = 'Ärende-ID;Projektnamn;Projektägare;Beviljat belopp;Total projektbudget;Fond;Prioritering;Kommuner;Län;Sammanfattning';

describe('the separator', () => {
	it('is whichever of ";" and "," separates more cells of the header row, quotes aside', () => {
		expect(detectDelimiter(`${HEADER}\n1,2`)).toBe(';');
		expect(detectDelimiter('\uFEFFa,b,c\n1;2;3;4')).toBe(',');
		expect(detectDelimiter('"a;b;c",d,e\n')).toBe(',');
	});
});

describe('reading a decision round', () => {
	it('reads quoted cells with separators, doubled quotes and line breaks, with or without a BOM, numbering rows as the spreadsheet does', () => {
		const text = `${HEADER}\r\n20390101;"Solel; etapp ""1""";AB;1;2;ERUF;;"Umeå,\nKalix";;"Rad ett\nrad två"\r\n\r\n20390102;B;;3;;;;;;Text\r\n`;
		for (const content of [text, `\uFEFF${text}`]) {
			const { rows, problems } = readSpreadsheet(content);
			expect(problems).toEqual([]);
			expect(rows.map((r) => r.row)).toEqual([2, 4]);
			expect(rows[0]!.cells).toMatchObject({
				id: '20390101',
				title: 'Solel; etapp "1"',
				municipalities: 'Umeå,\nKalix',
				summary: 'Rad ett\nrad två',
			});
		}
	});

	it('matches headers whatever their case and accents, in any order, comma-separated too', () => {
		const text =
			'SAMMANFATTNING,arende-id,projektnamn,PROJEKTÄGARE,beviljat belopp,Total Projektbudget,fond,prioritering,kommuner,lan\n"Text, med komma",20390101,Namn,AB,"1 000",,,,,\n';
		const { rows, problems } = readSpreadsheet(text);
		expect(problems).toEqual([]);
		expect(rows[0]!.cells).toMatchObject({ id: '20390101', title: 'Namn', grantedAmount: '1 000', summary: 'Text, med komma' });
	});

	it('normalises text to NFC', () => {
		const { rows } = readSpreadsheet(`${HEADER}\n20390101;B;;1;;;;Ume\u0061\u030a;;Text\n`);
		expect(rows[0]!.cells.municipalities).toBe('Umeå');
	});

	it('says which columns it does not know or misses, and which rows do not fit', () => {
		expect(
			readSpreadsheet(
				'Ärende-ID;Projektnamm;Projektägare;Beviljat belopp;Total projektbudget;Fond;Prioritering;Kommuner;Län;Sammanfattning;Fond\n',
			).problems,
		).toMatchInlineSnapshot(`
			[
			  {
			    "column": "Projektnamm",
			    "message": "kolumnen känns inte igen, och det som står i den skulle inte användas. Menade du "Projektnamn"?",
			    "row": 1,
			  },
			  {
			    "column": "Fond",
			    "message": "kolumnen finns redan (kolumn 6). Ta bort den ena.",
			    "row": 1,
			  },
			  {
			    "message": "kolumnen "Projektnamn" saknas. Lägg till den i första raden, även om den är tom.",
			    "row": 1,
			  },
			]
		`);
		expect(readSpreadsheet(`${HEADER}\n20390101;B;C\n`).problems).toMatchInlineSnapshot(`
			[
			  {
			    "message": "raden har 3 celler, men rubrikraden har 10. Kontrollera avgränsarna och citattecknen på raden.",
			    "row": 2,
			  },
			]
		`);
		expect(readSpreadsheet(`${HEADER}\n20390101;"B;;;;;;;;\n20390102;C;;;;;;;;\n`).problems).toMatchInlineSnapshot(`
			[
			  {
			    "message": "ett citattecken som börjar på den här raden i filen stängs aldrig. Avsluta cellen med ett citattecken, och skriv citattecken i texten dubbelt ("").",
			    "row": 2,
			  },
			]
		`);
		expect(readSpreadsheet('').problems).toMatchInlineSnapshot(`
			[
			  {
			    "message": "filen är tom. Första raden ska ha kolumnerna Ärende-ID; Projektnamn; Projektägare; Beviljat belopp; Total projektbudget; Fond; Prioritering; Kommuner; Län; Sammanfattning.",
			    "row": 1,
			  },
			]
		`);
	});
});
