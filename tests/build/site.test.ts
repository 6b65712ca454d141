/**
 * Reads the built site (dist/) and checks it against the entries: one page and one open-data
 * record per entry, and the figures on each page are the entry's figures.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultSortOrder } from '../../src/domain/listing.ts';
import { measure } from '../../src/domain/measures.ts';
import type { ProjectEntry } from '../../src/domain/project.ts';
import { formatKronor, formatPeriod } from '../../src/format.ts';
import { siteConfig } from '../../src/site.config.ts';
import { urls } from '../../src/urls.ts';
import { listingModels } from '../../src/views/listing.ts';
import type { OpenDataRecord } from '../../src/views/open-data.ts';
import { shippedProjects } from '../helpers/shipped.ts';

let entries: ProjectEntry[];
let records: OpenDataRecord[];

const page = (path: string): HTMLElement => parse(readFileSync(`dist${path}index.html`, 'utf8'));
const text = (el: HTMLElement | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const nbsp = (s: string) => s.replace(/\s+/g, ' ');

beforeAll(() => {
	if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
	entries = shippedProjects();
	records = JSON.parse(readFileSync('dist/data/projekt.json', 'utf8')).projects;
});

describe('pages and records', () => {
	it('has exactly one project page per entry', () => {
		const pages = readdirSync('dist/projekt', { withFileTypes: true })
			.filter((d) => d.isDirectory() && d.name !== 'lista')
			.map((d) => d.name)
			.sort();
		expect(pages).toEqual(entries.map((e) => e.key).sort());
	});

	it('has exactly one open-data record per entry, with integer amounts and the page URL', () => {
		expect(records.map((r) => r.key).sort()).toEqual(entries.map((e) => e.key).sort());
		for (const entry of entries) {
			const record = records.find((r) => r.key === entry.key)!;
			expect(record.url).toBe(urls.absolute(urls.project(entry.key), siteConfig.baseUrl));
			expect(record.grantedAmount).toBe(entry.data.grantedAmount);
			expect(record.appliedAmount).toBe(entry.data.appliedAmount);
			expect(record.totalBudget).toBe(entry.data.totalBudget);
			expect(record.financing.map(({ correctedAmount, ...row }) => row)).toEqual(entry.data.financing);
			expect(record.corrections).toEqual(entry.data.corrections);
			expect(record.municipalities.map((m) => m.name)).toEqual(entry.data.municipalities);
		}
	});

	it('lists every project exactly once, in the default order only', () => {
		const links = listingModels(entries, urls.projects, 'Projekt', [defaultSortOrder]).flatMap((p) =>
			page(urls.listing(p.basePath, p.order, p.page.pageNumber))
				.querySelectorAll('.project-table tbody th a')
				.map((a) => a.getAttribute('href')!),
		);
		expect(links.sort()).toEqual(entries.map((e) => urls.project(e.key)).sort());
		expect(existsSync('dist/projekt/lista/belopp-minst')).toBe(false);
	});

	it('serves a 404 page, and an English one where hosts look for the nearest 404.html under /en/', () => {
		expect(existsSync('dist/404.html')).toBe(true);
		expect(existsSync('dist/en/404.html')).toBe(true);
		expect(existsSync('dist/en/404')).toBe(false);
		expect(readFileSync('dist/en/404.html', 'utf8')).toMatch(/<html lang="en"/);
		expect(readFileSync('dist/en/404.html', 'utf8')).toMatch(/<h1>Page not found<\/h1>/);
		expect(readFileSync('dist/404.html', 'utf8')).toMatch(/<h1>Sidan finns inte<\/h1>/);
	});
});

describe('figures on each project page are the entry figures', () => {
	it('shows title, key facts, financing rows, costs and activities as in the entry', () => {
		for (const { key, data } of entries) {
			const html = page(urls.project(key));
			expect(text(html.querySelector('h1'))).toBe(data.title);

			const facts = new Map(html.querySelectorAll('.facts dt').map((dt) => [text(dt), nbsp(text(dt.nextElementSibling))]));
			const money = (n: number | undefined) => (n === undefined ? undefined : nbsp(formatKronor(n)));
			expect(facts.get('Beviljat belopp'), key).toBe(
				money(data.grantedAmount) ?? (data.status === 'granted' ? 'Anges inte i källan' : undefined),
			);
			expect(facts.get('Sökt belopp'), key).toBe(money(data.appliedAmount));
			expect(facts.get('Total projektbudget'), key).toBe(money(data.totalBudget));
			expect(facts.get('Ärende-id'), key).toBe(data.id ?? 'Saknas i källan');
			if (data.period) expect(facts.get('Projektperiod')).toBe(formatPeriod(data.period.start, data.period.end));

			const amounts = html
				.querySelectorAll('#finansiering-caption ~ tbody td[data-amount]')
				.map((td) => Number(td.getAttribute('data-amount')));
			expect(amounts, key).toEqual(data.financing.map((row) => row.amount));
			const shownAmounts = html
				.querySelectorAll('#finansiering-caption ~ tbody td[data-amount]')
				.map((td) => nbsp(text(td)).split(' rättat')[0]);
			expect(shownAmounts, key).toEqual(data.financing.map((row) => money(row.amount)));

			const costs = html.querySelectorAll('#kostnader-caption ~ tbody td.num').map((td) => nbsp(text(td)));
			expect(costs, key).toEqual(data.costs.map((c) => money(c.amount)));

			const activityCosts = html.querySelectorAll('#aktiviteter-caption ~ tbody td.num').map((td) => nbsp(text(td)));
			expect(activityCosts, key).toEqual(data.activities.map((a) => (a.cost === undefined ? 'anges ej' : money(a.cost))));

			expect(html.querySelectorAll('.notice dt').length, key).toBe(data.corrections.length);
			expect(text(html.querySelector('cite')), key).toBe(data.source.document);
		}
	});

	it('shows the published figure and the correction where the source is wrong (§ 40)', () => {
		const html = page('/projekt/20204763/');
		const row = html.querySelectorAll('#finansiering-caption ~ tbody tr').find((tr) => text(tr).startsWith('Skellefteå Science City'))!;
		expect(nbsp(text(row))).toContain(nbsp(`${formatKronor(666_030)} rättat: ${formatKronor(66_603)}`));
		expect(nbsp(text(html.querySelector('.notice')))).toContain('Publicerat: 66 6030 kr. Rättat: 66 603 kr.');
	});
});

describe('home page', () => {
	it('states totals that agree with the entries: granted money and the granted projects’ budgets', () => {
		const html = page('/');
		const m = measure(entries);
		const stats = nbsp(text(html.querySelector('.stats')));
		expect(stats).toContain(`${entries.length} projekt`);
		expect(stats).toContain(nbsp(formatKronor(m.grantedMoney)));
		expect(stats).toContain(nbsp(formatKronor(m.grantedBudget)));
		expect(stats).toContain(nbsp(formatKronor(m.appliedMoney)));
	});
});
