/**
 * The built site's change history against the repository it was built from. The shipped history
 * changes with every commit, so nothing here names a version's content: each listed version must
 * have its data file, each file must be what git holds for that commit, and a build without
 * history must say so.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { historyAvailability } from '../../src/entries/history.ts';
import { urls } from '../../src/urls.ts';
import { shippedProjects } from '../helpers/shipped.ts';

const page = (path: string) => parse(readFileSync(`dist${path}index.html`, 'utf8'));
const availability = historyAvailability('.');
const projects = shippedProjects();

describe('change history', () => {
	it('lists on each project page the versions whose data files the site holds, or says the history is not available', () => {
		for (const project of projects) {
			const section = page(urls.project(project.key)).querySelector('#versioner')?.parentNode;
			expect(section, project.key).toBeTruthy();
			const links = section!.querySelectorAll('li[id^="version-"] a').map((a) => a.getAttribute('href')!);
			if (!availability.available) {
				expect(section!.textContent).toContain(availability.reason);
				expect(links).toEqual([]);
				continue;
			}
			const committed = execFileSync('git', ['log', '--first-parent', '--format=%H', '--', `src/content/projects/${project.key}.md`])
				.toString()
				.trim()
				.split('\n')
				.filter(Boolean);
			expect(links, project.key).toEqual(committed.map((_, i) => urls.projectVersion(project.key, committed.length - i)));
			for (const [i, link] of links.entries()) {
				const file = JSON.parse(readFileSync(`dist${link}`, 'utf8'));
				// Version n is the file as the n-th commit on the main line left it.
				expect([file.key, file.commit, typeof file.readable]).toEqual([project.key, committed[i], 'boolean']);
				expect(file.readable ? file.project.key : file.problems.length > 0).toBeTruthy();
			}
		}
	});

	it('has a change log page and a bank-wide feed of changes, valid Atom', () => {
		expect(page(urls.changes).querySelector('h1')?.textContent).toBe('Ändringar');
		expect(XMLValidator.validate(readFileSync(`dist${urls.changesFeed()}`, 'utf8'))).toBe(true);
	});

	it('gives every page with a feed a Bevaka section that leads to the explanation, and the feeds it names exist', () => {
		const followable = ['kommun', 'lan', 'fond', 'beslutande', 'organisation'].flatMap((kind) =>
			existsSync(`dist/${kind}`)
				? readdirSync(`dist/${kind}`, { withFileTypes: true })
						.filter((d) => d.isDirectory())
						.map((d) => `/${kind}/${d.name}/`)
				: [],
		);
		let followed = 0;
		for (const path of followable) {
			const section = page(path).querySelector('#bevaka')?.parentNode;
			const feeds = readdirSync(`dist${path}`).filter((f) => f.endsWith('.xml'));
			if (!section) {
				expect(feeds, path).toEqual([]);
				continue;
			}
			followed++;
			expect(section.querySelector(`a[href="${urls.follow}"]`), path).toBeTruthy();
			const named = section.querySelectorAll('li a').map((a) => a.getAttribute('href')!.slice(path.length));
			expect(named.sort(), path).toEqual(feeds.sort());
		}
		expect(followed).toBeGreaterThan(0);
		expect(page(urls.follow).querySelector('h1')?.textContent).toBe('Bevaka');
		expect(readdirSync('dist/organisation', { recursive: true }).some((f) => String(f).endsWith('beslut.xml'))).toBe(true);
	});
});
