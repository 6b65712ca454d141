/**
 * The relevance suite: a table of queries, each with the projects it must return (all of them, or
 * one of them first) and the ones it must not, derived from the shipped entries here, not from the
 * search's own code, and run in Chromium against the built site. Its size and pass rate are printed.
 *
 * The truth:
 * - a name (municipality, county, organisation as its page names it, fund, deciding region or body)
 *   returns exactly the projects that name it in any of those roles;
 * - an ärende-id or diarienummer returns exactly its project;
 * - a name misspelt by a letter returns what the name returns, when no other name is as near;
 * - a project's whole title returns that project first;
 * - words searched as typed never return a project none of whose words begins with each of them
 *   (no hit on a fragment: "ske" for "Skellefteå", "V" for "Vilhelmina", "20" for "20204898").
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { countiesOf } from '../../src/domain/places.ts';
import { allCounties, allMunicipalities } from '../../src/domain/registry.ts';
import { editDistance, fold } from '../../src/domain/text.ts';
import { siteConfig } from '../../src/site.config.ts';
import { urls } from '../../src/urls.ts';
import { createBank } from '../../src/views/bank.ts';
import { plainText } from '../../src/views/search-index.ts';
import { shippedProjects } from '../helpers/shipped.ts';
import { useSiteInChromium } from './harness.ts';

const projects = shippedProjects();
const bank = createBank(projects, siteConfig);
const chromium = useSiteInChromium();

type Project = (typeof projects)[number];

/** Every name a project is known by, with the role it plays: where it works, who owns, finances and decided it, its fund. */
function namesOf(p: Project): string[] {
	const d = p.data;
	const display = (name: string) => bank.displayNames.get(name);
	return [
		...d.municipalities,
		...countiesOf(d).flatMap((c) => [c.name, c.shortName]),
		...(d.owner ? [display(d.owner.name) ?? d.owner.name] : []),
		...d.financing.flatMap((row) => display(row.financier) ?? []),
		...(d.fund ? [d.fund] : []),
		d.decider,
		...d.decisions.flatMap((x) => x.body ?? []),
	];
}

const named = (name: string) => projects.filter((p) => namesOf(p).some((n) => fold(n) === fold(name)));
const everyName = [...new Set(projects.flatMap(namesOf))];
const knownNames = [
	...new Set([...everyName, ...allMunicipalities.map((m) => m.name), ...allCounties.flatMap((c) => [c.name, c.shortName])]),
];

interface Case {
	query: string;
	/** Exactly these, in any order. */
	exactly?: string[];
	/** This one first. */
	first?: string;
	/** Words as typed: every hit holds a word beginning with each query word. */
	wordsOnly?: boolean;
}

const text = (p: Project) =>
	fold(
		[p.data.title, plainText(p.body), ...p.data.decisions.map((d) => d.summary), ...namesOf(p), p.data.id ?? '', p.data.ref ?? ''].join(
			' ',
		),
	);
const holdsWordsStarting = (p: Project, query: string) =>
	fold(query)
		.split(/\s+/)
		.every((w) =>
			text(p)
				.split(/[^\p{L}\d]+/u)
				.some((word) => word.startsWith(w.replace(/[^\p{L}\d]/gu, ''))),
		);

/** One letter dropped from the middle of a long name: a typo, when no other name is as near. */
function typoOf(name: string): string | undefined {
	if (name.length < 8) return undefined;
	const typo = name.slice(0, 4) + name.slice(5);
	const near = knownNames.filter((n) => editDistance(fold(n), fold(typo)) <= 2);
	return near.every((n) => fold(n) === fold(name)) && !knownNames.some((n) => fold(n) === fold(typo)) ? typo : undefined;
}

const cases: Case[] = [
	...everyName.map((name) => ({ query: name, exactly: named(name).map((p) => p.key) })),
	...projects.flatMap((p) => [p.data.id, p.data.ref].filter((n): n is string => Boolean(n)).map((n) => ({ query: n, exactly: [p.key] }))),
	...everyName.flatMap((name) => {
		const typo = typoOf(name);
		return typo ? [{ query: typo, exactly: named(name).map((p) => p.key) }] : [];
	}),
	...projects.filter((p) => !knownNames.some((n) => fold(n) === fold(p.data.title))).map((p) => ({ query: p.data.title, first: p.key })),
	...['ske', 'V', '20', '2.0', 'digitalisering', 'solel', 'Skellefteå', 'Vilhelmina', 'Skeleftea'].map((query) => ({
		query,
		wordsOnly: true,
	})),
];

/** The hits of a query, every one ("Visa fler" until it is gone), searched as a shared URL opened in the page already loaded. */
async function hits(page: Page, query: string, literal: boolean): Promise<string[]> {
	const url = `${urls.search({ q: query })}${literal ? '&exakt=1' : ''}`;
	await page.evaluate((to) => {
		history.pushState(null, '', to);
		dispatchEvent(new PopStateEvent('popstate'));
	}, url);
	await page.waitForFunction(
		() =>
			!document.querySelector('project-search')?.hasAttribute('aria-busy') &&
			!/Söker/.test(document.querySelector('[data-status]')?.textContent ?? ''),
	);
	const more = page.locator('[data-more]');
	while (await more.isVisible()) {
		const shown = await page.locator('.result').count();
		await more.click();
		await page.waitForFunction((n) => document.querySelectorAll('.result').length > n, shown);
	}
	return page.locator('.result h3 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

it('returns what each query names, first what it must, and nothing it must not', { timeout: 600_000 }, async () => {
	const page = await chromium.browser.newPage();
	await page.goto(`${chromium.url}${urls.search()}`);
	const failures: string[] = [];
	const byPath = new Map(projects.map((p) => [urls.project(p.key), p]));
	for (const c of cases) {
		const found = await hits(page, c.query, Boolean(c.wordsOnly));
		if (c.exactly) {
			const expected = c.exactly.map((k) => urls.project(k)).sort();
			if (JSON.stringify([...found].sort()) !== JSON.stringify(expected))
				failures.push(`${c.query}: expected ${expected.length} ${expected.join(' ')}, found ${found.length} ${found.join(' ')}`);
			const status = (await page.locator('[data-status]').textContent()) ?? '';
			if (expected.length && !status.startsWith(`${expected.length} projekt hittades`))
				failures.push(`${c.query}: status says "${status}"`);
		}
		if (c.first && found[0] !== urls.project(c.first))
			failures.push(`${c.query}: expected ${c.first} first, found ${found.slice(0, 3).join(' ')}`);
		if (c.wordsOnly) {
			const fragments = found.filter((path) => !holdsWordsStarting(byPath.get(path)!, c.query));
			if (fragments.length) failures.push(`${c.query} (as typed): hits without the word: ${fragments.join(' ')}`);
		}
	}
	await page.close();
	console.log(
		`Relevance suite: ${cases.length - failures.length} of ${cases.length} queries pass (${cases.filter((c) => c.exactly).length} exact sets, ${cases.filter((c) => c.first).length} first hits, ${cases.filter((c) => c.wordsOnly).length} whole-word checks).`,
	);
	expect(failures).toEqual([]);
});

it('holds the issue’s table: places, organisations and case numbers with their true counts', () => {
	// The truth the suite derives, stated for the report: Skellefteå names 14 projects, Skellefteå kommun 3, each case number 1.
	expect(cases.find((c) => c.query === 'Skellefteå')!.exactly!.sort()).toEqual(
		projects
			.filter((p) => p.data.municipalities.includes('Skellefteå'))
			.map((p) => p.key)
			.sort(),
	);
	expect(cases.find((c) => c.query === 'Skellefteå kommun')).toBeDefined();
	expect(cases.find((c) => c.query === '20204898')!.exactly).toEqual(['20204898']);
	expect(cases.find((c) => c.query === '00054-2020')!.exactly).toEqual(['20204898']);
});
