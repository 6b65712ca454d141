// Builds the site: validate every entry, then Astro, then the search index. Any failure leaves no dist/ behind, so a
// broken entry can never publish a partial site.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

function run(command: string, args: string[]): void {
	const result = spawnSync(command, args, { stdio: 'inherit' });
	if (result.status !== 0) {
		rmSync('dist', { recursive: true, force: true });
		console.error(`\nBuild stopped: "${[command, ...args].join(' ')}" failed. No site was written.`);
		process.exit(result.status ?? 1);
	}
}

rmSync('dist', { recursive: true, force: true });
run(process.execPath, ['scripts/validate.ts']);
run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build']);
run(process.execPath, ['scripts/search-index.ts']);
