/** npm run import, as an editor runs it: in a project folder, with a spreadsheet export. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

const SCRIPT = resolve('scripts/import.ts');
const HEADER = 'Ärende-ID;Projektnamn;Projektägare;Beviljat belopp;Total projektbudget;Fond;Prioritering;Kommuner;Län;Sammanfattning';

function folder(csv: string) {
	const root = mkdtempSync(join(tmpdir(), 'import-cli-'));
	mkdirSync(join(root, 'src/content/projects'), { recursive: true });
	writeFileSync(join(root, 'beslut.csv'), csv);
	const run = (...args: string[]) =>
		spawnSync(process.execPath, [SCRIPT, '--decider', 'Region Västerbotten', ...args, 'beslut.csv'], { cwd: root, encoding: 'utf8' });
	return { root, run, entries: () => readdirSync(join(root, 'src/content/projects')) };
}

it('writes nothing in a dry run, then imports, then changes nothing the second time', () => {
	const { run, entries } = folder(`${HEADER}\n20390101;Solel;Sorsele kommun;1 000 000;;ERUF;;Sorsele;;Solceller.\n`);
	const dry = run('--dry-run');
	expect(dry.status).toBe(0);
	expect(dry.stdout).toContain('Skulle skapas: 1');
	expect(dry.stdout).toContain('Provkörning: inget skrevs.');
	expect(entries()).toEqual([]);
	const first = run();
	expect(first.status).toBe(0);
	expect(first.stdout).toContain('Skapade: 1\n  src/content/projects/20390101.md (rad 2)');
	expect(entries()).toEqual(['20390101.md']);
	const second = run();
	expect(second.stdout).toContain('Skapade: 0');
	expect(second.stdout).toContain('Oförändrade: 1');
}, 60_000); // three runs of the script, each starting Node: seconds apiece on a busy machine

it('reports invalid rows with their numbers, exits non-zero and writes nothing', () => {
	const { run, entries, root } = folder(
		`${HEADER}\n20390101;Solel;Sorsele kommun;1 000 000;;ERUF;;Sorsele;;Solceller.\n20390102;Vatten;AB;1e6;;;;Skelleftå;;Text.\n`,
	);
	const result = run();
	expect(result.status).toBe(1);
	expect(result.stderr).toContain('beslut.csv:3: Beviljat belopp – "1e6" är inget belopp i hela kronor.');
	expect(result.stderr).toContain('beslut.csv:3: Kommuner – "Skelleftå" är ingen av Sveriges 290 kommuner. Menade du "Skellefteå"?');
	expect(result.stderr).toContain('2 fel i 1 fil. Inget importerades');
	expect(entries()).toEqual([]);
	expect(existsSync(join(root, 'src/content/projects/20390101.md'))).toBe(false);
});

it('says how to run it when an argument is missing', () => {
	const { root } = folder('');
	const result = spawnSync(process.execPath, [SCRIPT, 'beslut.csv'], { cwd: root, encoding: 'utf8' });
	expect(result.status).toBe(1);
	expect(result.stderr).toContain('Ange --decider (det beslutande organet), ett av "Region Västerbotten"');
	expect(result.stderr).toContain('Så här: npm run import --');
});

it('reads a Windows-1252 export only when told, and needs --source where the bank ships documents', () => {
	const { root, run, entries } = folder('');
	writeFileSync(
		join(root, 'beslut.csv'),
		Buffer.from(`${HEADER}\n20390101;Solel i Umeå;Sorsele kommun;1 000 000;;ERUF;;Sorsele;;Solceller.\n`, 'latin1'),
	);
	const garbled = run();
	expect(garbled.status).toBe(1);
	expect(garbled.stderr).toContain('beslut.csv:1: CSV-filen är inte sparad som UTF-8: byten C4');
	expect(garbled.stderr).toContain('kör i stället importen med --encoding windows-1252');
	mkdirSync(join(root, 'src/content/sources'), { recursive: true });
	writeFileSync(
		join(root, 'src/content/sources/beslut.yaml'),
		'title: Region Västerbotten, beslut mars 2026\nissuer: Region Västerbotten\nkind: list\n',
	);
	const unsourced = run('--encoding', 'windows-1252');
	expect(unsourced.status).toBe(1);
	expect(unsourced.stderr).toContain('beslut.csv:1: --source – ange vilket av källdokumenten raderna kommer från');
	const wrong = run('--encoding', 'windows-1252', '--source', 'Region Västerbotten, beslut april 2026');
	expect(wrong.stderr).toContain('Menade du "Region Västerbotten, beslut mars 2026"?');
	expect(entries()).toEqual([]);
	const done = run('--encoding', 'windows-1252', '--source', 'Region Västerbotten, beslut mars 2026');
	expect(done.stderr).toBe('');
	expect(done.status).toBe(0);
	expect(entries()).toEqual(['20390101.md']);
	expect(readFileSync(join(root, 'src/content/projects/20390101.md'), 'utf8')).toContain('title: Solel i Umeå');
	expect(run('--encoding', 'latin9').stderr).toContain('--encoding "latin9" känns inte igen: ange utf-8 eller windows-1252.');
}, 60_000); // six runs of the script, each starting Node

it("imports Tillväxtverket's Projektbanken from XLSX with --format projektbanken, and any export with a mapping file", () => {
	const { root, entries } = folder('');
	copyFileSync(resolve('tests/fixtures/projektbanken/projektbanken.xlsx'), join(root, 'projektbanken.xlsx'));
	const run = (...args: string[]) =>
		spawnSync(process.execPath, [SCRIPT, '--decider', 'Tillväxtverket', ...args], { cwd: root, encoding: 'utf8' });
	const imported = run('--format', 'projektbanken', 'projektbanken.xlsx');
	expect(imported.stderr).toBe('');
	expect(imported.status).toBe(0);
	expect(imported.stdout).toContain('Skapade: 6');
	expect(imported.stdout).toContain(
		'Kolumner som inte importeras: projektledare (personuppgift: importeras aldrig), telnr (personuppgift: importeras aldrig), e-post (personuppgift: importeras aldrig).',
	);
	expect(imported.stdout).toContain('varning: projektbanken.xlsx:6: projektbeskrivning – sammanfattningen är bara ”Ej aktuellt”');
	expect(entries()).toHaveLength(6);
	writeFileSync(
		join(root, 'mappning.json'),
		JSON.stringify({
			name: 'Testexport',
			fields: { id: 'Diarie-ID', title: 'Namn', grantedAmount: 'Belopp', summary: 'Text', municipalities: 'Orter' },
			ignore: { Handläggare: 'personuppgift' },
		}),
	);
	writeFileSync(
		join(root, 'egen.json'),
		JSON.stringify([
			{
				'Diarie-ID': '20390201',
				Namn: 'Solel',
				Belopp: 1000000,
				Text: 'Solceller på kommunens tak, med kurser för fastighetsägare.',
				Orter: ['Sorsele'],
				Handläggare: 'Testperson',
			},
		]),
	);
	const custom = run('--mapping', 'mappning.json', 'egen.json');
	expect(custom.stderr).toBe('');
	expect(custom.stdout).toContain('Skapade: 1');
	expect(readFileSync(join(root, 'src/content/projects/20390201.md'), 'utf8')).not.toContain('Testperson');
	expect(run('--format', 'excel', 'egen.json').stderr).toContain('--format "excel" känns inte igen: ange vasterbotten eller projektbanken');
	writeFileSync(join(root, 'trasig.json'), '{ "name": "X", "fields": {} }');
	expect(run('--mapping', 'trasig.json', 'egen.json').stderr).toContain('Mappningsfilen är felaktig:\ntrasig.json');
}, 60_000); // four runs of the script
