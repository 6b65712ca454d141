/**
 * The CI templates (.github/workflows, deploy/gitlab-ci.yml) are valid YAML, run the checks on every push and
 * pull/merge request with annotations, and publish only from the default branch after every check has passed.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parse } from 'yaml';

const read = (file: string) =>
	parse(readFileSync(file, 'utf8'), { strict: true, uniqueKeys: true, prettyErrors: true }) as Record<string, any>;

it('GitHub Actions: validates with annotations and tests on every push and pull request; publishes only a green default branch', () => {
	const workflow = read('.github/workflows/bygg-och-publicera.yml');
	expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
	const check = workflow.jobs.check;
	const runs = check.steps.map((s: { run?: string }) => s.run).filter(Boolean);
	expect(runs).toEqual(['npm ci --no-audit --no-fund', 'npm run validate -- --format github', 'npm test']);
	const upload = check.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/upload-pages-artifact@'));
	expect(upload.with.path).toBe('dist');
	const publish = workflow.jobs.publish;
	expect(publish.needs).toBe('check');
	expect(publish.if).toBe("github.event_name == 'push' && github.ref_name == github.event.repository.default_branch");
	expect(upload.if).toBe(publish.if);
	expect(publish.steps[0].uses).toMatch(/^actions\/deploy-pages@/);
	expect(publish.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
	expect(workflow.permissions).toEqual({ contents: 'read' });
});

it('GitLab CI: validates into the code-quality report and tests every pipeline; Pages only from a green default branch', () => {
	const ci = read('deploy/gitlab-ci.yml');
	expect(ci.stages).toEqual(['kontroll', 'test', 'publicering']);
	expect(ci.validate.script).toEqual(['npm run validate -- --codequality gl-code-quality-report.json']);
	expect(ci.validate.artifacts).toEqual({ when: 'always', reports: { codequality: 'gl-code-quality-report.json' } });
	expect(ci.test.script).toEqual(['npm test']);
	expect(ci.pages.stage).toBe('publicering');
	expect(ci.pages.needs).toEqual(['validate', 'test']);
	expect(ci.pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
	expect(ci.pages.pages).toEqual({ publish: 'dist' });
	expect(ci.pages.artifacts.paths).toEqual(['dist/']);
});
