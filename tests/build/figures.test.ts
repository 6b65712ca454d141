/**
 * The figures a journalist cites, read off the built site: every headline counts what its label
 * says, every place and date is as the source has it, nothing is stated more firmly than the source.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { urls } from '../../src/urls.ts';

const page = (path: string): HTMLElement => parse(readFileSync(`dist${path}index.html`, 'utf8'));
const text = (el: HTMLElement | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const stats = (path: string) => page(path).querySelectorAll('.stats li').map(text);
const kr = (digits: string) => `${digits} kr`;

describe('totals count what their labels say', () => {
	it('the home page’s budget total is that of granted projects; applied money stands apart', () => {
		const home = stats(urls.home);
		expect(home.join(' | ')).not.toContain(kr('326 779 767')); // every budget, the unsuccessful applications' 35 M kr included
		expect(home).toContain(`${kr('291 820 342')} i total budget, alla finansiärer, för 25 av 26 beviljade projekt; uppgift saknas för 1`);
		expect(home).toContain(
			`${kr('3 618 962')} sökt i 2 av 3 ansökningar som avslogs eller inte är avgjorda; uppgift saknas för 1: inte beviljat`,
		);
	});

	it('Skellefteå’s figures leave out the undecided INDI’s budget, and show what Skellefteå kommun itself put in', () => {
		const html = page(urls.municipality({ name: 'Skellefteå' }));
		const figures = html.querySelectorAll('.stats li').map(text).join(' | ');
		expect(figures).not.toContain(kr('179 216 774'));
		expect(figures).toContain('varav 13 beviljade och 1 som inte är avgjort');
		expect(text(html.querySelector('#finansiar')?.parentNode)).toContain(
			`Skellefteå kommun har satt ${kr('1 234 571')} i 3 projekt som beviljats`,
		);
		expect(html.querySelector('a[href="/organisation/skelleftea-kommun/"]')).not.toBeNull();
	});

	it('Tillväxtverket’s page keeps what rejected and undecided applications asked of it apart', () => {
		const figures = stats(urls.organisation('tillvaxtverket')).join(' | ');
		expect(figures).not.toContain(kr('48 181 334'));
		expect(figures).toContain(`${kr('32 422 359')} i 7 projekt som beviljats`);
		expect(figures).toContain(`${kr('15 758 975')} i finansieringen av 2 projekt som avslogs eller inte är avgjorda: inte beviljat`);
	});

	it('the organisation index shows money, largest first, and no page for categories of financiers', () => {
		const rows = page(urls.organisations).querySelectorAll('tbody tr');
		// Region Västerbotten's own grants (the 17 of its list and the amendment) come first, then Tillväxtverket's co-financing.
		expect(rows.slice(0, 2).map((r) => text(r.querySelector('th')))).toEqual(['Region Västerbotten', 'Tillväxtverket']);
		// DOVI, granted by the region, states no amount: the sum says it counts 17 of 18.
		expect(text(rows[0]?.querySelectorAll('td')[0])).toBe(`${kr('72 750 869')}uppgift saknas för 1 av 18`);
		for (const slug of [
			'deltagande-foretag',
			'medverkande-foretag',
			'kommuner-i-vasterbotten-och-norrbotten',
			'socialforvaltningen-lulea-kommun',
			'privat-finansiering-kontanta-medel-lulea-business-region-ab',
		]) {
			expect(existsSync(`dist${urls.organisation(slug)}index.html`), slug).toBe(false);
		}
	});
});

describe('places as the source gives them', () => {
	it('all nine of Region Norrbotten’s decisions are found under Norrbottens län, the county-level ones marked', () => {
		const html = page(urls.county({ shortName: 'Norrbotten' }));
		const rows = html
			.querySelectorAll('section[aria-labelledby="projekt"] tbody tr')
			.filter((tr) => text(tr).includes('Region Norrbotten'));
		expect(rows).toHaveLength(9);
		expect(rows.filter((tr) => text(tr).includes('På länsnivå'))).toHaveLength(8);
	});

	it('a municipality page lists its county’s county-level projects apart, outside its figures', () => {
		const html = page(urls.municipality({ name: 'Piteå' }));
		const section = html.querySelector('#lansniva')?.parentNode;
		expect(text(section)).toContain('räknas inte i siffrorna ovan');
		expect(section?.querySelectorAll('tbody tr').map((tr) => text(tr.querySelector('th a')))).toContain('Arctic Solar 2.0');
		expect(html.querySelectorAll('section[aria-labelledby="projekt"] tbody th a').map(text)).not.toContain('Arctic Solar 2.0');
	});
});

describe('nothing stated more precisely or more firmly than the source', () => {
	it('a month stays a month: § 37 runs “juni 2020 – juni 2023”', () => {
		const facts = text(page(urls.project('20204898')).querySelector('.facts'));
		expect(facts).toContain('juni 2020 – juni 2023');
		expect(facts).not.toContain('1 juni 2020');
	});

	it('a proposal is not a decision: INDI is “Föreslås avslag”, not “Avslaget”', () => {
		const html = page(urls.project('20378916'));
		expect(text(html.querySelector('.lead .tag'))).toBe('Föreslås avslag');
		// The version history may say what an earlier version of the entry wrote; the page itself never says it.
		html.querySelector('section[aria-labelledby="versioner"]')?.remove();
		expect(text(html.querySelector('main'))).not.toContain('Avslaget');
		expect(text(html.querySelector('.decisions'))).toContain('Förslag till beslut: avslag');
	});

	it('an amendment reads as an amendment among the latest decisions', () => {
		const first = page(urls.home).querySelectorAll('table').at(-1)!.querySelector('tbody tr')!;
		expect(first.querySelectorAll('th, td').map((cell) => text(cell.firstChild as HTMLElement))).toEqual([
			'Ändringsbeslut',
			'29 augusti 2025',
			'Digital omställning i Västerbottens industrier DOVI',
			'–',
			'Region Västerbotten',
		]);
	});

	it('undated grants have their own bucket in time, and no year shows 0 kr', () => {
		const html = page(urls.statistics);
		const years = html
			.getElementById('diagram-ar-tabell')!
			.parentNode!.querySelectorAll('tbody tr')
			.map((tr) => tr.querySelectorAll('th, td').map(text));
		expect(years).toContainEqual(['Beslutsdatum anges inte i källan', kr('72 750 869'), kr('225 263 121')]);
		expect(years.filter((row) => row[1] === kr('0'))).toEqual([]);
	});

	it('a correction is used in every derived figure: the share of Skellefteå Science City is 0,7 %', () => {
		const row = page(urls.project('20204763'))
			.querySelectorAll('#finansiering-caption ~ tbody tr')
			.find((tr) => text(tr).startsWith('Skellefteå Science City'))!;
		expect(row.querySelectorAll('th, td').map(text)).toEqual([
			'Skellefteå Science City',
			`${kr('666 030')} rättat: ${kr('66 603')}`,
			'0,7 %',
		]);
		const record = JSON.parse(readFileSync('dist/data/projekt.json', 'utf8')).projects.find((p: { key: string }) => p.key === '20204763');
		expect(record.financing[5]).toEqual({ financier: 'Skellefteå Science City', amount: 666030, correctedAmount: 66603, inKind: false });
	});
});

describe('lists and pages that answer first', () => {
	it('owners are named as the organisation is, not in a source’s capitals', () => {
		const owners = page(urls.projects).querySelectorAll('.project-table tbody th p').map(text);
		expect(owners).toContain('Region Västerbotten');
		expect(owners).not.toContain('REGION VÄSTERBOTTEN');
		expect(owners).toContain('Luleå tekniska universitet');
	});

	it('a project page gives its key facts before the summary, and no two headings say the same', () => {
		for (const key of ['20204763', '20359783', 'hallbar-samhallsomstallning']) {
			const html = page(urls.project(key));
			const ids = html.querySelectorAll('h2').map((h) => h.id);
			expect(ids.indexOf('fakta'), key).toBeLessThan(ids.indexOf('sammanfattning'));
			const headings = html.querySelectorAll('main h2, main h3').map(text);
			expect(new Set(headings).size, `${key}: ${headings.join(', ')}`).toBe(headings.length);
		}
	});

	it('wide tables say they can be scrolled', () => {
		const html = page(urls.project('20378916'));
		for (const region of html.querySelectorAll('.table-scroll').filter((r) => r.querySelectorAll('thead th').length >= 3)) {
			const hint = region.getAttribute('aria-describedby');
			expect(hint, region.toString().slice(0, 80)).toBeTruthy();
			expect(text(html.getElementById(hint!))).toBe('Tabellen kan rullas i sidled.');
		}
	});
});

describe('money by fund, paid out and the status of the work, as the sources give them', () => {
	const amount = (part: string) => Number(/: ([\d\s]+) kr i /.exec(part.replace(/\s/g, ' '))![1]!.replace(/\D/g, ''));

	it('the home page splits granted money by fund, each named with whose money it is, the parts adding up to the total', () => {
		const granted = page(urls.home)
			.querySelectorAll('.stats > li')
			.find((li) => text(li.querySelector('.figure')) === kr('87 395 424'))!;
		const parts = granted.querySelectorAll('.stat-parts li').map(text);
		expect(parts).toContain(`ERUF (EU-medel): ${kr('36 443 205')} i 9 projekt`);
		expect(parts).toContain(`1:1-anslaget (statliga medel): ${kr('14 115 680')} i 7 projekt`);
		expect(parts.reduce((sum, part) => sum + amount(part), 0)).toBe(87_395_424);
	});

	it('a project page says how the work stands and where that comes from: HSO’s application says "pågående", DOVI’s period has ended', () => {
		const fact = (key: string) => {
			const terms = page(urls.project(key)).querySelectorAll('.facts dt');
			return text(terms.find((dt) => text(dt) === 'Arbetets status')?.nextElementSibling);
		};
		expect(fact('hallbar-samhallsomstallning')).toBe('Pågående enligt källan');
		expect(fact('20359783')).toBe(
			'Avslutat enligt projektperioden, som slutade 31 augusti 2026 (härlett: källan anger inte arbetets status)',
		);
	});

	it('open data keeps the source’s status apart from the derived one, and states no paid amount the sources do not give', () => {
		const { projects } = JSON.parse(readFileSync('dist/data/projekt.json', 'utf8')) as { projects: Record<string, unknown>[] };
		const byKey = new Map(projects.map((p) => [p.key, p]));
		expect(byKey.get('hallbar-samhallsomstallning')).toMatchObject({ workStatus: 'ongoing' });
		expect(byKey.get('hallbar-samhallsomstallning')).not.toHaveProperty('derivedWorkStatus');
		expect(byKey.get('20359783')).toMatchObject({ derivedWorkStatus: 'closed' });
		expect(byKey.get('20359783')).not.toHaveProperty('workStatus');
		expect(projects.filter((p) => 'paidAmount' in p)).toEqual([]);
		const header = readFileSync('dist/data/projekt.csv', 'utf8').split('\r\n')[0]!.split(';');
		expect(header.slice(-6)).toEqual([
			'Utbetalt (kr)',
			'Utbetalt per',
			'Arbetets status',
			'Arbetets status enligt källan',
			'Arbetets status per',
			'Härledd arbetsstatus',
		]);
	});
});
