/**
 * A bad entry stops the build with a message naming file and field, and no site is written:
 * neither by our pre-build validation nor by Astro itself (defence in depth for raw HTML).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from '../../support/copy-project.ts';
import { afterEach, expect, it } from 'vitest';

let workdir: string | undefined;
const copy = () => (workdir = copyProject());

afterEach(() => {
	if (workdir) rmSync(workdir, { recursive: true, force: true });
	workdir = undefined;
});

const entry = (body: string, municipality = 'Umeå') => `---
id: "99999999"
title: Testprojekt
region: Region Västerbotten
owner:
  name: Testägare
status: granted
municipalities: [${municipality}]
grantedAmount: 100 000
source:
  document: Test
---
${body}
`;

it('npm run build stops on a bad entry with a clean Swedish list (file:line: field – message), a count, and no dist/', () => {
	const dir = copy();
	writeFileSync(join(dir, 'src/content/projects/99999999.md'), entry('Sammanfattning.', 'Umea'));
	const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, encoding: 'utf8' });
	expect(result.status).not.toBe(0);
	expect(result.stderr).toContain('src/content/projects/99999999.md:8: municipalities, rad 1 – "Umea" är ingen av Sveriges 290 kommuner. Menade du "Umeå"?');
	// The cited document is checked in the same run (validation, not a later step of the build), in Swedish only.
	expect(result.stderr).toContain('src/content/projects/99999999.md:11: source.document – väntade titeln på ett av källdokumenten i src/content/sources/, men det står "Test".');
	expect(result.stderr).toContain('2 fel i 1 fil.');
	expect(result.stdout + result.stderr).not.toContain('Browser APIs');
	expect(result.stderr).toContain('Ingen webbplats skrevs.');
	expect(result.stdout + result.stderr).not.toContain('Stack trace');
	expect(result.stdout + result.stderr).not.toMatch(/\bat .*\.(ts|js|mjs):\d+/);
	expect(existsSync(join(dir, 'dist'))).toBe(false);
});

it('astro build alone refuses raw HTML in an entry body', () => {
	const dir = copy();
	writeFileSync(join(dir, 'src/content/projects/99999999.md'), entry('Text <script>alert(1)</script>'));
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: dir, encoding: 'utf8' });
	expect(result.status).not.toBe(0);
	expect(result.stdout + result.stderr).toContain('src/content/projects/99999999.md:13: body – texten innehåller HTML: "<script>".');
	expect(existsSync(join(dir, 'dist/projekt/99999999/index.html'))).toBe(false);
});
