import { expect, it } from 'vitest';
import { githubAnnotations, gitlabCodeQuality } from '../../src/problem-formats.ts';
import type { Problem } from '../../src/entries/validate.ts';

const problems: Problem[] = [
	{
		file: 'src/content/projects/20204763.md',
		line: 8,
		field: 'municipalities, rad 1',
		message: '"Umea" är ingen av Sveriges 290 kommuner. Menade du "Umeå"?',
	},
	{ file: 'src/content/projects/a,b:c.md', line: 1, message: 'filen saknar frontmatter.\nSkriv --- först.' },
	{ file: 'src/content/projects/x.md', line: 3, field: 'grantedAmount', message: '100% av budgeten' },
];

it('prints each problem as a GitHub Actions error annotation on its file and line, escaped as GitHub reads them', () => {
	expect(githubAnnotations(problems).split('\n')).toEqual([
		'::error file=src/content/projects/20204763.md,line=8,title=Ogiltig post%3A municipalities%2C rad 1::municipalities, rad 1 – "Umea" är ingen av Sveriges 290 kommuner. Menade du "Umeå"?',
		'::error file=src/content/projects/a%2Cb%3Ac.md,line=1,title=Ogiltig post::Filen saknar frontmatter.%0ASkriv --- först.',
		'::error file=src/content/projects/x.md,line=3,title=Ogiltig post%3A grantedAmount::grantedAmount – 100%25 av budgeten',
	]);
	expect(githubAnnotations([])).toBe('');
});

it('prints a data-quality warning as a GitHub Actions warning annotation', () => {
	const warning: Problem = {
		file: 'src/content/projects/20201005.md',
		line: 29,
		field: 'body',
		message: 'sammanfattningen är bara ”Ej aktuellt”.',
	};
	expect(githubAnnotations([warning], 'warning')).toBe(
		'::warning file=src/content/projects/20201005.md,line=29,title=Datakvalitet%3A body::body – sammanfattningen är bara ”Ej aktuellt”.',
	);
});

it("writes GitLab's code-quality report: one issue per problem with its path and line, fingerprinted stably", () => {
	const report = gitlabCodeQuality(problems);
	expect(report[0]).toEqual({
		description: 'municipalities, rad 1 – "Umea" är ingen av Sveriges 290 kommuner. Menade du "Umeå"?',
		check_name: 'npm run validate',
		fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
		severity: 'major',
		location: { path: 'src/content/projects/20204763.md', lines: { begin: 8 } },
	});
	expect(new Set(report.map((i) => i.fingerprint)).size).toBe(3);
	expect(gitlabCodeQuality(problems)[1]!.fingerprint).toBe(report[1]!.fingerprint);
});
