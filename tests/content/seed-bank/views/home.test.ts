import { expect, it, vi } from 'vitest';
import { datedEvents } from '../../../../src/domain/decisions.ts';
import { latestEventsTable, model, SOURCE_DATE_LABEL } from '../../../../src/views/home.ts';
import { granted } from '../../../helpers/fixtures.ts';
import { siteConfig } from '../../../../src/site.config.ts';

vi.mock('astro:content', async () => (await import('../../../helpers/astro-content.ts')).shippedContent());

it('says what the bank holds, with granted money and applied money apart', async () => {
	const home = await model();
	expect(home.name).toBe(siteConfig.name);
	expect(home.measures).toMatchObject({ projects: 29, granted: 26, rejected: 1, undecided: 2 });
	expect(home.stats.map((s) => [s.figure, s.text])).toEqual([
		['29 projekt', 'i banken, varav 26 beviljade, 1 avslaget och 2 som inte är avgjorda'],
		['87\u00a0395\u00a0424\u00a0kr', 'beviljat av de beslutande organen till 25 av 26 beviljade projekt; uppgift saknas för 1, varav'],
		['291\u00a0820\u00a0342\u00a0kr', 'i total budget, alla finansiärer, för 25 av 26 beviljade projekt; uppgift saknas för 1'],
		['3\u00a0618\u00a0962\u00a0kr', 'sökt i 2 av 3 ansökningar som avslogs eller inte är avgjorda; uppgift saknas för 1: inte beviljat'], // INDI and § 34; HSO states no amount
	]);
	expect(home.funds).toEqual(siteConfig.funds.map((f) => f.name));
});

it('gives each deciding region its granted, budget and applied money', async () => {
	const home = await model();
	expect(home.byDecider.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
		['Region Västerbotten', '19', '72\u00a0750\u00a0869\u00a0kr', '225\u00a0263\u00a0121\u00a0kr', '2\u00a0219\u00a0230\u00a0kr'],
		['Region Norrbotten', '9', '14\u00a0644\u00a0555\u00a0kr', expect.stringMatching(/kr$/), expect.stringMatching(/kr$/)],
		['Region Västernorrland', '1', 'inget beviljat', 'inget beviljat', 'uppgift saknas'], // HSO: an application without a total budget or an amount asked of the region
	]);
	// A region's granted figure drawn from EU and regional money says how much is which.
	expect(home.byDecider.rows.map((r) => r.cells[2]!.details)).toEqual([
		['varav EU-medel: 51\u00a0685\u00a0769\u00a0kr', 'varav regionala medel: 21\u00a0065\u00a0100\u00a0kr'],
		['varav statliga medel: 14\u00a0115\u00a0680\u00a0kr', 'varav regionala medel: 528\u00a0875\u00a0kr'],
		undefined,
	]);
});

it('lists the latest dated events with their kind: an amendment is not a new grant', async () => {
	const home = await model();
	const rows = home.latest.rows.map((r) => r.cells.map((c) => c.text));
	expect(rows[0]).toEqual([
		'Ändringsbeslut',
		'29 augusti 2025',
		'Digital omställning i Västerbottens industrier DOVI',
		'–',
		'Region Västerbotten',
	]);
	expect(home.latest.rows[0]!.cells[0]!.details).toEqual([
		'Projektperioden förlängs med sex månader, till den 31 augusti 2026, efter en begäran om ändring som kom in 2025-08-28.',
	]);
	expect(rows[1]![0]).toBe('Beslut om stöd');
	expect(rows.slice(1).every((r) => r[1] !== '29 augusti 2025')).toBe(true);
	expect(home.latest.caption).toBe('De 5 senaste daterade händelserna: beslut, förslag och ändringar');
});

// Everything the start page says, pinned: its words are where a figure's meaning is told.
it('renders the whole start page model', async () => {
	expect(await model()).toMatchSnapshot();
});

it('gives an undated decision its source document’s date, saying whose date it is', () => {
	const undated = granted('20390102', 'Odaterat', 1000);
	const events = datedEvents([undated, granted('20390101', 'Daterat', 1000, '2024-01-10')], () => '2024-05-02');
	const table = latestEventsTable(events, 'Senaste');
	expect(table.rows.map((r) => [r.cells[2]!.text, r.cells[1]!.text, r.cells[1]!.details])).toEqual([
		['Odaterat', '2 maj 2024', [SOURCE_DATE_LABEL]],
		['Daterat', '10 januari 2024', undefined],
	]);
	expect(SOURCE_DATE_LABEL).toMatch(/^källdokumentets datum/);
});
