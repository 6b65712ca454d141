import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readSources } from '../../../src/entries/sources.ts';

it('names the file and the field of every problem, and reads dates as text', () => {
	const dir = mkdtempSync(join(tmpdir(), 'sources-'));
	mkdirSync(join(dir, 'src/content/sources'), { recursive: true });
	const write = (name: string, yaml: string) => writeFileSync(join(dir, 'src/content/sources', name), yaml);
	write('a.yaml', 'title: Protokoll\nissuer: Region X\ndate: 2020-02-30\nkind: protokoll\n');
	write('b.yaml', 'title: Protokoll\nissuer: Region X\nkind: minutes\nextra: 1\n');
	write('c.yaml', 'title: Protokoll\nissuer: Region X\nkind: minutes\n');
	write('c2.yaml', 'title: Protokoll\nissuer: Region Y\nkind: decision\n');
	write('D E.yaml', 'title: Annat\nissuer: Region X\nkind: list\n');
	write('e.yaml', 'title: &t Ett\nissuer: *t\nkind: list\n');
	writeFileSync(join(dir, 'src/content/sources/f.yaml'), Buffer.from('title: Beslut i Ume\xe5\nissuer: Region X\nkind: list\n', 'latin1'));
	expect(() => readSources('src/content/sources', dir)).toThrowErrorMatchingInlineSnapshot(`
		[Error: Källdokumenten har fel:
		src/content/sources/D E.yaml:1: filnamnet – väntade gemena bokstäver a–z, siffror och bindestreck (sidans adress), men det står "D E".
		src/content/sources/a.yaml:3: date – "2020-02-30" är inget riktigt datum. Kontrollera dagen och månaden i källan.
		src/content/sources/a.yaml:4: kind – väntade en av decision, minutes, pm, application, list, men det står "protokoll".
		src/content/sources/b.yaml:1: dokumentet – okänt fält extra: dokumentet har bara title, issuer, date och kind
		src/content/sources/e.yaml:1: raden har ett YAML-ankare (&t). Projektbankens filer använder inte ankare och hänvisningar: ta bort &t och skriv ut värdet där det behövs.
		src/content/sources/e.yaml:2: raden hänvisar till ett YAML-ankare (*t). Projektbankens filer använder inte ankare och hänvisningar: skriv ut värdet där det behövs.
		src/content/sources/f.yaml:1: filen är inte sparad som UTF-8: byten E5 på den här raden är inget UTF-8-tecken (en fil sparad som Windows-1252 eller ISO 8859-1 har sådana för å, ä och ö). Öppna filen i en textredigerare och spara filen som UTF-8.
		src/content/sources/c2.yaml:1: title – samma titel som src/content/sources/c.yaml. Varje dokument har en egen titel.]
	`);
});
