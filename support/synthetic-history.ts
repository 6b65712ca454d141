/**
 * A git history for a synthetic corpus (synthetic-corpus.ts), for benchmarks of reading it
 * (entries/history.ts): the corpus committed as one import, then two rounds of edits as editors
 * make them (a tenth of the titles, a fiftieth of the summaries), each its own commit.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function git(dir: string, args: string[], date: string): void {
	execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.se', '-c', 'commit.gpgsign=false', ...args], {
		cwd: dir,
		env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
		stdio: 'ignore',
	});
}

/** Makes `projectDir` a repository whose entries have a history; returns how many commits touched them. */
export function commitSyntheticHistory(projectDir: string): number {
	const dir = join(projectDir, 'src/content/projects');
	const names = readdirSync(dir).sort();
	git(projectDir, ['init', '-q', '-b', 'main'], '2026-01-01T09:00:00+01:00');
	git(projectDir, ['add', '-A'], '2026-01-01T09:00:00+01:00');
	git(projectDir, ['commit', '-qm', 'Import'], '2026-01-01T09:00:00+01:00');
	const edit = (every: number, change: (text: string) => string, date: string, message: string) => {
		names.forEach((name, i) => {
			if (i % every === 0) writeFileSync(join(dir, name), change(readFileSync(join(dir, name), 'utf8')));
		});
		git(projectDir, ['commit', '-qam', message], date);
	};
	edit(10, (text) => text.replace(/^title: ([^"'\n].*)$/m, 'title: $1 (reviderad)'), '2026-03-01T09:00:00+01:00', 'Titles revised');
	edit(50, (text) => `${text.trimEnd()}\n\nTillägg efter ändringsbeslut.\n`, '2026-06-01T09:00:00+02:00', 'Summaries extended');
	return 3;
}
