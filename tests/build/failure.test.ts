/**
 * A bad entry stops the build with a message naming file and field, and no site is written:
 * neither by our pre-build validation nor by Astro itself (defence in depth for raw HTML).
 * A build that fails or is stopped after a good one leaves that site in dist/ whole.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { copyProject } from '../../support/copy-project.ts';
import { afterEach, expect, it } from 'vitest';

let workdir: string | undefined;
const copy = () => (workdir = copyProject());

// Removing a copy with its built site takes a while on a busy machine.
afterEach(() => {
	if (workdir) rmSync(workdir, { recursive: true, force: true });
	workdir = undefined;
}, 60_000);

const entry = (body: string, municipality = 'Umeå') => `---
id: "99999999"
title: Testprojekt
decider: Region Västerbotten
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
	expect(result.stderr).toContain(
		'src/content/projects/99999999.md:8: municipalities, rad 1 – "Umea" är ingen av Sveriges 290 kommuner. Menade du "Umeå"?',
	);
	// The cited document is checked in the same run (validation, not a later step of the build), in Swedish only.
	expect(result.stderr).toContain(
		'src/content/projects/99999999.md:11: source.document – väntade titeln på ett av källdokumenten i src/content/sources/, men det står "Test".',
	);
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

/** Every file of the built site with a digest of its content. */
function snapshot(dir: string): Record<string, string> {
	const site = join(dir, 'dist');
	return Object.fromEntries(
		readdirSync(site, { recursive: true, withFileTypes: true })
			.filter((d) => d.isFile())
			.map((d) => [
				relative(site, join(d.parentPath, d.name)),
				createHash('sha1')
					.update(readFileSync(join(d.parentPath, d.name)))
					.digest('hex'),
			])
			.sort(),
	);
}
const build = (dir: string) => spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, encoding: 'utf8' });
const retitle = (dir: string, title: string) => {
	const file = join(dir, 'src/content/projects/20204814.md');
	writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: ${title}`));
};

/** Starts `npm run build`'s script in a process group of its own and stops it once Astro writes pages. */
function stoppedBuild(dir: string, stop: (pid: number) => void): Promise<{ output: string; status: number | null }> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: dir, detached: true });
		let output = '';
		let stopped = false;
		const read = (chunk: Buffer) => {
			output += chunk;
			// The second line under "generating static routes": Astro is writing pages into the staging folder.
			if (!stopped && /generating static routes[\s\S]*├─[\s\S]*├─/.test(output)) {
				stopped = true;
				stop(child.pid!);
			}
		};
		child.stdout.on('data', read);
		child.stderr.on('data', read);
		child.on('close', (status) => resolve({ output, status }));
	});
}

it('a failed or stopped build leaves the previous site in dist/ whole: _headers, sitemap and every page as they were', async () => {
	const dir = copy();
	const first = build(dir);
	expect(first.status, first.stderr.slice(-2000)).toBe(0);
	const good = snapshot(dir);
	expect(Object.keys(good)).toContain('_headers');
	expect(Object.keys(good)).toContain('sitemap-index.xml');

	// A bad entry: the content loader refuses it.
	writeFileSync(join(dir, 'src/content/projects/99999999.md'), entry('Sammanfattning.', 'Umea'));
	const failed = build(dir);
	expect(failed.status).not.toBe(0);
	expect(failed.stderr).toContain('Bygget avbröts ("astro build" misslyckades). Den förra webbplatsen i dist/ finns kvar oförändrad.');
	expect(snapshot(dir)).toEqual(good);
	rmSync(join(dir, 'src/content/projects/99999999.md'));

	// Stopped while pages are written (Ctrl-C or a CI job's stop reaches the script, which tells Astro).
	retitle(dir, 'Arctic Solar 2.0 (avbruten)');
	const terminated = await stoppedBuild(dir, (pid) => process.kill(pid, 'SIGTERM'));
	expect(terminated.status).not.toBe(0);
	expect(terminated.output).not.toContain('site published');
	expect(terminated.output).toContain('Bygget avbröts (stoppat med SIGTERM). Den förra webbplatsen i dist/ finns kvar oförändrad.');
	expect(snapshot(dir)).toEqual(good);

	// Killed outright, script and Astro together.
	const killed = await stoppedBuild(dir, (pid) => process.kill(-pid, 'SIGKILL'));
	expect(killed.output).not.toContain('site published');
	expect(snapshot(dir)).toEqual(good);

	// The next build starts from the published site, not from what the stopped ones left half-written.
	retitle(dir, 'Arctic Solar 2.0');
	const again = build(dir);
	expect(again.status, again.stderr.slice(-2000)).toBe(0);
	expect(Object.keys(snapshot(dir)).sort()).toEqual(Object.keys(good).sort());
	for (const path of ['projekt/20204814/index.html', 'lan/norrbotten/index.html', 'organisation/pitea-science-park-ab/index.html']) {
		expect(readFileSync(join(dir, 'dist', path), 'utf8'), path).not.toContain('avbruten');
	}
}, 600_000);
