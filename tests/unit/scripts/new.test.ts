/** npm run new, as an editor runs it in a project folder. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

const SCRIPT = resolve('scripts/new.ts');

it('writes a new entry to fill in, and refuses to overwrite one', () => {
	const root = mkdtempSync(join(tmpdir(), 'new-cli-'));
	mkdirSync(join(root, 'src/content/projects'), { recursive: true });
	const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { cwd: root, encoding: 'utf8' });
	const created = run('--id', '20390999', '--title', 'Solceller på taket', '--decider', 'Region Norrbotten');
	expect(created.status).toBe(0);
	expect(created.stdout).toContain('Skapade src/content/projects/20390999.md.');
	const file = join(root, 'src/content/projects/20390999.md');
	expect(readFileSync(file, 'utf8')).toContain('\ndecider: Region Norrbotten\n');
	writeFileSync(file, 'Redigerad.');
	const again = run('--id', '20390999', '--title', 'Annat');
	expect(again.status).toBe(1);
	expect(again.stderr).toContain('finns redan och skrivs inte över');
	expect(readFileSync(file, 'utf8')).toBe('Redigerad.');
	expect(run('--id', '2039', '--title', 'X').stderr).toContain('--id ska vara ett ärende-id med 8 siffror');
}, 60_000); // several runs of the script, each starting Node: seconds apiece on a busy machine
