// Builds the site: Astro validates every entry (the content loader), renders the pages and writes the search
// index (the search-index integration), all in dist.next/; the staged-output integration swaps it in for dist/
// only when the whole build is done. A failed or interrupted build leaves the previous dist/ as it was.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const hadSite = existsSync('dist');
const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)], {
	stdio: 'inherit',
	// Vite's bundler (Rolldown) allocates with mimalloc, which by default keeps what it freed for a while:
	// about 600 MB at 10,000 projects, held through the whole page rendering. Purged at once, the memory
	// goes back to the system (measured: peak 1.92 GB -> 1.66 GB at 10,000 projects, same build time).
	env: { MIMALLOC_PURGE_DELAY: '0', ...process.env },
});
// Ctrl-C or a stop from CI reaches Astro (when it was sent to this process alone) and then the message below.
let stoppedBy: NodeJS.Signals | undefined;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
	process.on(signal, () => {
		stoppedBy = signal;
		child.kill(signal);
	});
}
child.on('close', (status, signal) => {
	if (status === 0) return;
	const why = stoppedBy || signal ? `stoppat med ${stoppedBy ?? signal}` : '"astro build" misslyckades';
	const site = hadSite ? 'Den förra webbplatsen i dist/ finns kvar oförändrad.' : 'Ingen webbplats skrevs.';
	console.error(`\nBygget avbröts (${why}). ${site}`);
	process.exit(status ?? 1);
});
