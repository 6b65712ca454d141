/**
 * Validation problems in the formats CI servers show beside the lines they are about: GitHub
 * Actions' workflow commands (`::error file=…,line=…::…`, an annotation on the pull request's diff)
 * and GitLab's code-quality report (a JSON file the merge request shows). Used by `npm run validate
 * -- --format github` and `--codequality FILE` in the CI templates (.github/workflows, deploy/gitlab).
 */
import { createHash } from 'node:crypto';
import type { Problem } from './entries/validate.ts';

/** The problem without its place: `field – message`, or the message alone. */
function message(problem: Problem): string {
	return problem.field
		? `${problem.field} – ${problem.message}`
		: problem.message.charAt(0).toLocaleUpperCase('sv') + problem.message.slice(1);
}

// GitHub's escaping: https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One `::error` line per problem (or `::warning` per data-quality warning), titled by its field. */
export function githubAnnotations(problems: readonly Problem[], level: 'error' | 'warning' = 'error'): string {
	const title = level === 'error' ? 'Ogiltig post' : 'Datakvalitet';
	return problems
		.map(
			(p) =>
				`::${level} file=${escapeProperty(p.file)},line=${p.line},title=${escapeProperty(p.field ? `${title}: ${p.field}` : title)}::${escapeData(message(p))}`,
		)
		.join('\n');
}

export interface CodeQualityIssue {
	description: string;
	check_name: string;
	fingerprint: string;
	severity: 'major';
	location: { path: string; lines: { begin: number } };
}

/** GitLab's code-quality report (a subset of Code Climate's format): every problem a "major" issue. */
export function gitlabCodeQuality(problems: readonly Problem[]): CodeQualityIssue[] {
	return problems.map((p) => ({
		description: message(p),
		check_name: 'npm run validate',
		// Stable across runs for the same problem, so GitLab can tell new problems from fixed ones.
		fingerprint: createHash('sha256')
			.update(`${p.file}\n${p.field ?? ''}\n${p.message}`)
			.digest('hex'),
		severity: 'major',
		location: { path: p.file, lines: { begin: p.line } },
	}));
}
