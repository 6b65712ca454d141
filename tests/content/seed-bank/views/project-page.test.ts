import { describe, expect, it, vi } from 'vitest';
import { createBank } from '../../../../src/views/bank.ts';
import {
	activityTable,
	corrections,
	costTable,
	decisionHistory,
	financingTable,
	indicatorTable,
	keyFacts,
	model,
	paths,
	places,
	placesSummary,
} from '../../../../src/views/project-page.ts';
import { allMunicipalities, findCounty, municipalitiesIn } from '../../../../src/domain/registry.ts';
import { siteConfig } from '../../../../src/site.config.ts';
import { granted, project, testConfig } from '../../../helpers/fixtures.ts';
import { shippedProject, shippedProjects } from '../../../helpers/shipped.ts';

vi.mock('astro:content', async () => (await import('../../../helpers/astro-content.ts')).shippedContent());

const bank = createBank(shippedProjects(), siteConfig);
const texts = (rows: { cells: { text: string }[] }[]) => rows.map((r) => r.cells.map((c) => c.text));

describe('key facts', () => {
	it('answer first (status, amount, owner, period, places, deciding body), then give the references', () => {
		const facts = keyFacts(shippedProject('20378916'), bank);
		expect(facts.map((f) => [f.term, f.value, f.href])).toEqual([
			['Status', 'Föreslås avslag', undefined],
			['Sökt belopp', '2\u00a0219\u00a0230\u00a0kr', undefined],
			['Total projektbudget', '9\u00a0397\u00a0435\u00a0kr', undefined],
			['Projektägare', 'LULEÅ TEKNISKA UNIVERSITET', '/organisation/lulea-tekniska-universitet/'],
			['Projektperiod', '1 juli 2026 – 31 mars 2029', undefined],
			['Var projektet verkar', '10 kommuner i Västerbottens län och Norrbottens län', '#var'],
			['Beslutande organ', 'Region Västerbotten', '/beslutande/region-vasterbotten/'],
			['Beslutsdatum', 'Inte avgjort', undefined],
			['Ärende-id', '20378916', undefined],
			['Diarienummer', 'REGAC-83-2026', undefined],
			['Fond eller anslag', 'ERUF (EU-medel)', '/fond/eruf/'],
			[
				'Prioritering (RUS)',
				'Prioritering 1: Västerbotten - en nytänkande och smart region, delprioritering 1.2 Digitalisering och nya lösningar',
				'/prioritering/#region-vasterbotten-1',
			],
			['Agenda 2030-mål', 'mål 5, mål 9, mål 12', undefined],
		]);
	});

	it('keep a month a month, and say an amendment is one', () => {
		const section37 = Object.fromEntries(keyFacts(shippedProject('20204898'), bank).map((f) => [f.term, f.value]));
		expect(section37['Projektperiod']).toBe('juni 2020 – juni 2023');
		expect(section37['Var projektet verkar']).toBe('Norrbottens län och Västerbottens län (inga kommuner namngivna)');
		expect(section37['Beslutsdatum']).toBe('24 mars 2020');
		const dovi = Object.fromEntries(keyFacts(shippedProject('20359783'), bank).map((f) => [f.term, f.value]));
		expect(dovi['Beviljat belopp']).toBe('Anges inte i källan');
		expect(dovi['Beslutsdatum']).toBe('1 mars 2023');
		expect(dovi['Senaste ändring']).toBe('Ändringsbeslut, 29 augusti 2025');
		expect(dovi['Projektägare']).toBe('REGION VÄSTERBOTTEN (org.nr 232100-0222)');
		const oneMunicipality = Object.fromEntries(keyFacts(shippedProject('20372432'), bank).map((f) => [f.term, f.value]));
		expect(oneMunicipality['Var projektet verkar']).toBe('Vilhelmina (Västerbottens län)');
		const listed = Object.fromEntries(keyFacts(shippedProject('20372556'), bank).map((f) => [f.term, f.value]));
		expect(listed['Beslutsdatum']).toBe('Anges inte i källan');
	});

	it('show what was paid out apart from what was granted, and how the work stands, a derived status saying so', () => {
		const paid = granted('10000001', 'A', 1_000_000);
		Object.assign(paid.data, { paidAmount: 850_000, paidDate: '2024-03', period: { start: '2023-05-01', end: '2026-08-31' } });
		const facts = (today: string) => Object.fromEntries(keyFacts(paid, bank, today).map((f) => [f.term, f.value]));
		expect(facts('2026-12-05')).toMatchObject({
			'Beviljat belopp': '1\u00a0000\u00a0000\u00a0kr',
			Utbetalt: '850\u00a0000\u00a0kr enligt källan, per mars 2024',
			'Arbetets status': 'Avslutat enligt projektperioden, som slutade 31 augusti 2026 (härlett: källan anger inte arbetets status)',
		});
		expect(facts('2026-08-31')['Arbetets status']).toBe(
			'Pågående enligt projektperioden, som slutar 31 augusti 2026 (härlett: källan anger inte arbetets status)',
		);
		Object.assign(paid.data, { workStatus: 'terminated', workStatusDate: '2025-02-14' });
		expect(facts('2026-12-05')['Arbetets status']).toBe('Avbrutet enligt källan (per 14 februari 2025)');
		// Only a granted project's period says how its work stands; a proposal's period is a plan.
		expect(keyFacts(shippedProject('20378916'), bank, '2030-01-01').map((f) => f.term)).not.toContain('Arbetets status');
		// HSO's application calls the project "pågående", undated like the application itself.
		expect(
			Object.fromEntries(keyFacts(shippedProject('hallbar-samhallsomstallning'), bank).map((f) => [f.term, f.value]))['Arbetets status'],
		).toBe('Pågående enligt källan');
	});

	it("show an EU programme's priority axis, thematic objective, area and euro amount beside the kronor, and a place's published spelling", () => {
		const p = project((e) => {
			Object.assign(e, { status: 'granted', grantedAmount: 1_200_000, totalBudget: 2_400_000, financing: [] });
			delete e.appliedAmount;
			e.decisions = [{ kind: 'grant', summary: 'Beviljas.' }];
			e.priorityAxis = '1. Att stärka forskning, teknisk utveckling och innovation';
			e.thematicObjective = '1. Forskning och innovation';
			e.programmeArea = 'Övre Norrland';
			e.grantedAmountEur = '130 000';
			e.municipalities = ['Östra Göinge'];
			e.spellings = [{ published: 'ÖstraGöinge', name: 'Östra Göinge' }];
		});
		const facts = Object.fromEntries(keyFacts(p, createBank([p], testConfig)).map((f) => [f.term, f.value]));
		expect(facts['Beviljat belopp i euro']!.replace(/\s/g, ' ')).toBe('130 000 euro (som källan anger det; inte omräknat)');
		expect(facts['Beviljat belopp']).toMatch(/\skr$/);
		expect(facts['Insatsområde (EU-program)']).toBe('1. Att stärka forskning, teknisk utveckling och innovation');
		expect(facts['Tematiskt mål (EU)']).toBe('1. Forskning och innovation');
		expect(facts['Programområde']).toBe('Övre Norrland');
		expect(facts['Stavning i källan']).toBe('”ÖstraGöinge” (Östra Göinge)');
	});

	it('say what the source lacks instead of leaving gaps', () => {
		const p = project((e) => {
			delete e.id;
			delete e.owner;
			delete e.period;
			e.municipalities = [];
		}, 'dnr-00031-2020.md');
		const facts = Object.fromEntries(keyFacts(p, createBank([p], testConfig)).map((f) => [f.term, f.value]));
		expect(facts).toMatchObject({
			'Ärende-id': 'Saknas i källan',
			Projektägare: 'Anges inte i källan',
			Projektperiod: 'Anges inte i källan',
			'Var projektet verkar': 'Anges inte i källan',
		});
		expect(facts['Beslutsdatum']).toBe('Anges inte i källan');
	});
});

describe('places', () => {
	it('list the named municipalities and their counties with links', () => {
		expect(places(project())).toEqual({
			wholeCountry: undefined,
			wholeCounties: [],
			municipalities: [
				{ name: 'Kalix', href: '/kommun/kalix/' },
				{ name: 'Umeå', href: '/kommun/umea/' },
			],
			counties: [
				{ name: 'Västerbottens län', href: '/lan/vasterbotten/' },
				{ name: 'Norrbottens län', href: '/lan/norrbotten/' },
			],
			countyLevel: [],
			note: undefined,
			shares:
				'På kommunernas och länens sidor räknas projektet med hela sitt belopp i var och en av dem. I den beräknade jämna andelen delas det lika mellan de 2 kommuner som källan namnger: var och en får 1/2.',
		});
	});

	it('list counties at county level apart, with the source’s own words', () => {
		expect(places(shippedProject('20204763'))).toEqual({
			wholeCountry: undefined,
			wholeCounties: [],
			municipalities: [],
			counties: [],
			countyLevel: [
				{ name: 'Norrbottens län', href: '/lan/norrbotten/' },
				{ name: 'Västerbottens län', href: '/lan/vasterbotten/' },
			],
			note: 'Övre Norrland (små och medelstora företag)',
			shares:
				'På kommunernas och länens sidor räknas projektet med hela sitt belopp i var och en av dem. I den beräknade jämna andelen delas det lika mellan de 2 platser (kommuner, och län utan namngivna kommuner) som källan namnger: var och en får 1/2 (673\u00a0545\u00a0kr av det beviljade beloppet).',
		});
	});

	const nationwide = project((e) => {
		Object.assign(e, {
			status: 'granted',
			grantedAmount: '2 900 000',
			financing: [],
			decisions: [{ kind: 'grant', summary: 'Beviljas.' }],
			municipalities: allMunicipalities.map((m) => m.name),
		});
		delete e.appliedAmount;
	});

	it('read "hela Sverige" for a project naming all 290 municipalities, not 290 names, and say how its money is shared', () => {
		const model = places(nationwide);
		expect(model).toMatchObject({
			wholeCountry: 'källan namnger alla 290 kommuner',
			wholeCounties: [],
			municipalities: [],
			counties: [],
			countyLevel: [],
		});
		expect(model.shares).toContain(
			'delas det lika mellan de 290 kommuner som källan namnger: var och en får 1/290 (10\u00a0000\u00a0kr av det beviljade beloppet)',
		);
		expect(placesSummary(nationwide)).toBe('Hela Sverige');
	});

	it('read "hela Norrbottens län" where all of a county’s municipalities are named, and list the rest', () => {
		const norrbotten = municipalitiesIn(findCounty('25')!).map((m) => m.name);
		const p = project((e) => (e.municipalities = [...norrbotten, 'Umeå']));
		expect(places(p)).toMatchObject({
			wholeCountry: undefined,
			wholeCounties: [{ name: 'Norrbottens län', href: '/lan/norrbotten/', count: 14 }],
			municipalities: [{ name: 'Umeå', href: '/kommun/umea/' }],
			counties: [{ name: 'Västerbottens län', href: '/lan/vasterbotten/' }],
		});
		expect(placesSummary(p)).toBe('Hela Norrbottens län; Umeå (Västerbottens län)');
		expect(placesSummary(project((e) => (e.municipalities = ['Umeå', 'Kalix'])))).toBe(
			'2 kommuner i Västerbottens län och Norrbottens län',
		);
		expect(placesSummary(shippedProject('20372031'))).toBe('Hela Västerbottens län; hela Norrbottens län');
	});
});

describe('tables', () => {
	it('show financing as published, with the correction and the shares from the corrected figure (§ 40)', () => {
		const table = financingTable(shippedProject('20204763'), bank);
		expect(table.captionId).toBe('finansiering-caption');
		const row = table.rows.find((r) => r.cells[0]!.text === 'Skellefteå Science City')!;
		expect(row.cells[1]).toEqual({
			text: '666\u00a0030\u00a0kr',
			data: { amount: '666030' },
			note: { text: 'rättat: 66\u00a0603\u00a0kr', href: '#rattelse-1' },
		});
		expect(row.cells[2]!.text).toBe('0,7\u00a0%');
		expect(row.cells[0]!.href).toBe('/organisation/skelleftea-science-city/');
		expect(table.rows[0]!.cells[0]!.suffixes).toEqual(['(beslutande organ)']);
		expect(texts(table.foot!)).toEqual([
			['Summa av raderna som de publicerades', '9\u00a0580\u00a0037\u00a0kr', ''],
			['Summa efter rättelse', '8\u00a0980\u00a0610\u00a0kr', ''],
			['Total projektbudget enligt källan', '8\u00a0980\u00a0610\u00a0kr', '100,0\u00a0%'],
		]);
		const inKind = financingTable(shippedProject('20204871'), bank).rows.find((r) => r.cells[0]!.text === 'Medverkande företag')!;
		expect(inKind.cells[0]!.suffixes).toEqual(['(bidrag i annat än pengar)']);
		expect(inKind.cells[0]!.href).toBeUndefined(); // a category of financiers, not an organisation with a page
		expect(texts(financingTable(shippedProject('20378916'), bank).foot!)[0]![0]).toBe('Summa enligt raderna');
		const noBudget = financingTable({ ...project(), data: { ...project().data, totalBudget: undefined } }, bank);
		expect(noBudget.foot).toHaveLength(1);
		expect(noBudget.rows[0]!.cells[2]!.text).toBe('–');
	});

	it('show costs with their sum, activities nested with their periods, and indicators', () => {
		expect(texts(costTable(shippedProject('20378916')).rows)).toEqual([
			['Personal', '6\u00a0712\u00a0453\u00a0kr'],
			['Schablonkostnader', '2\u00a0684\u00a0982\u00a0kr'],
		]);
		expect(texts(costTable(shippedProject('20378916')).foot!)).toEqual([['Summa kostnader', '9\u00a0397\u00a0435\u00a0kr']]);
		const activities = activityTable(shippedProject('hallbar-samhallsomstallning'));
		expect(activities.rows[0]!.cells.map((c) => c.text)).toEqual([
			'1 Stödstruktur fysiska förutsättningar för den hållbara omställningen',
			'1 januari 2024 – 31 december 2029',
			'26\u00a0544\u00a0156\u00a0kr',
		]);
		expect(activities.rows.map((r) => r.className)).toContain('depth-1');
		const undated = activityTable(
			project(
				(e) =>
					(e.activities = [
						{ name: 'Möten', description: 'Text.' },
						{ name: 'Start', start: '2026-08' },
						{ name: 'Slut', end: '2027' },
					]),
			),
		);
		expect(undated.rows[0]!.cells).toEqual([{ text: 'Möten', details: ['Text.'] }, { text: '–' }, { text: 'anges ej', muted: true }]);
		expect(undated.rows.slice(1).map((r) => r.cells[1]!.text)).toEqual(['från augusti 2026', 'till 2027']);
		const indicators = indicatorTable(shippedProject('20378916'));
		expect(indicators.rows[0]!.cells.map((c) => c.text)).toEqual([
			'SMF som får icke-ekonomiskt stöd genom att vara i intensivare samarbete i projektet',
			'Aktivitetsindikator (output)',
			'–',
			'15',
			'SMF',
		]);
		expect(indicators.rows[0]!.cells[0]!.details).toEqual(['Därifrån får 3-5 företag även djupare stöd.']);
	});

	it('give decisions with their dates in words and corrections with a readable field', () => {
		expect(decisionHistory(shippedProject('20204763'))[0]).toMatchObject({
			date: '24 mars 2020',
			isoDate: '2020-03-24',
			kindLabel: 'Beslut om stöd',
			reference: '§ 40',
		});
		expect(decisionHistory(shippedProject('20378916'))[0]).toMatchObject({ date: undefined, kindLabel: 'Förslag till beslut: avslag' });
		expect(decisionHistory(shippedProject('20359783'))[1]!.kindLabel).toBe('Ändringsbeslut');
		expect(corrections(shippedProject('20204763'))).toEqual([
			{
				anchor: 'rattelse-1',
				label: 'Finansiering, Skellefteå Science City',
				published: '66 6030 kr',
				corrected: '66\u00a0603\u00a0kr',
				note: expect.stringContaining('felskrivet'),
			},
		]);
		const other = project((e) => {
			e.costs = [{ category: 'Personal', amount: 1000 }];
			e.corrections = [{ field: 'costs[0].amount', published: '1 000', corrected: '100', note: 'Fel.' }];
		});
		expect(corrections(other)[0]!.label).toBe('costs[0].amount');
	});
});

describe('the page', () => {
	it('carries everything a project page shows, sections only where the source has them', () => {
		const page = model(shippedProject('20204763'), bank);
		expect(page).toMatchObject({
			key: '20204763',
			title: 'Intersective Innovation 2.0',
			description: 'Intersective Innovation 2.0: Beviljat belopp: 1\u00a0347\u00a0090\u00a0kr. Region Norrbotten.',
			status: { label: 'Beviljat', tone: 'granted' },
			headline: 'Beviljat belopp: 1\u00a0347\u00a0090\u00a0kr',
			owner: 'Piteå Science Park AB',
			source: { document: 'Protokoll, regionala utvecklingsnämnden Region Norrbotten 2020-03-24', passage: '§ 40' },
		});
		expect(page.breadcrumbs).toEqual([
			{ href: '/', label: 'Start' },
			{ href: '/projekt/', label: 'Projekt' },
			{ label: 'Intersective Innovation 2.0' },
		]);
		expect(page.financing!.chart!.describedBy).toBe('finansiering-caption');
		expect(page.financing!.chart!.table).toBeUndefined();
		expect(page.costs).toBeUndefined();
		expect(page.activities).toBeUndefined();
		expect(page.indicators).toBeUndefined();
		const hso = model(shippedProject('hallbar-samhallsomstallning'), bank);
		expect(hso.activities!.note).toContain('Delaktiviteter');
		expect(model(shippedProject('20378916'), bank).costs!.chart!.describedBy).toBe('kostnader-caption');
		expect(hso.indicators!.rows.length).toBeGreaterThan(0);
		const dovi = model(shippedProject('20359783'), bank);
		expect(dovi.headline).toBeUndefined();
		expect(dovi.description).toBe('Digital omställning i Västerbottens industrier DOVI: Beviljat. Region Västerbotten.');
		expect(dovi.owner).toBe('Region Västerbotten'); // the organisation's name, not the capitals of one source
		expect(model(shippedProject('20378916'), bank).status).toEqual({ label: 'Föreslås avslag', tone: 'proposed' });
	});

	it('exists for every project of the collection, keyed by what it shows for incremental builds', async () => {
		const all = await paths();
		expect(all.map((p) => p.params.id).sort()).toEqual(
			shippedProjects()
				.map((p) => p.key)
				.sort(),
		);
		expect(all.find((p) => p.params.id === '20204763')!.props.title).toBe('Intersective Innovation 2.0');
		expect(new Set(all.map((p) => p.cacheKey)).size).toBe(all.length);
		const again = await paths();
		expect(again.map((p) => p.cacheKey)).toEqual(all.map((p) => p.cacheKey));
	});
});
