import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../../../src/site.config.ts';
import { createBank, sourceDates } from '../../../../src/views/bank.ts';
import { atom, decisionEvents, feedEntry, feeds, hasFeed } from '../../../../src/views/feeds.ts';
import { granted } from '../../../helpers/fixtures.ts';
import { shippedProjects } from '../../../helpers/shipped.ts';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ['entry', 'link'].includes(name) });
const bank = createBank(shippedProjects(), siteConfig);

describe('decision events', () => {
	it('are grants, rejections, proposals and amendments the source dates, newest first; never an application', () => {
		const events = decisionEvents(bank.projects);
		expect(events.length).toBeGreaterThan(0);
		expect(events.every((e) => e.decision.kind !== 'application' && e.decision.date)).toBe(true);
		expect(events[0]).toMatchObject({ decision: { kind: 'amendment', date: '2025-08-29' } });
		const dates = events.map((e) => e.decision.date!);
		expect(dates).toEqual([...dates].sort().reverse());
	});
});

describe('feeds', () => {
	it('one for the bank and one per municipality, county, fund and region, each beside its page', () => {
		const all = feeds(bank);
		expect(all[0]).toMatchObject({ path: '/beslut.xml', page: '/' });
		// Only pages whose projects have a dated decision: the shipped 004 list dates none.
		expect(all.length).toBeLessThan(1 + 290 + 21 + siteConfig.funds.length + siteConfig.deciders.length);
		expect(all.every((f) => f.events.length > 0)).toBe(true);
		expect(all.find((f) => f.path === '/kommun/lulea/beslut.xml')?.page).toBe('/kommun/lulea/');
		expect(all.find((f) => f.path === '/lan/norrbotten/beslut.xml')?.subtitle).toMatch(
			/^De 20 senaste besluten om projekt som verkar i Norrbottens län .*Ett beslut som källan inte daterar står med källdokumentets datum, när dokumentet gavs ut, och säger det; beslut utan något datum är inte med\.$/,
		);
	});
});

describe('decisions the source does not date, cited from a dated document', () => {
	const undated = granted('20390102', 'Odaterat', 1000, undefined, ['Umeå']);
	const list = {
		title: undated.data.source.document,
		issuer: 'Region Västerbotten',
		date: '2024-05-02',
		kind: 'list' as const,
		slug: 'lista',
		text: undefined,
	};
	const bank = createBank([undated], siteConfig, [list]);

	it('are placed by the document’s date, labelled as the date it was published and never as the decision’s', () => {
		const [event] = decisionEvents(bank.projects, sourceDates(bank));
		expect(event).toMatchObject({ date: '2024-05-02', dateOf: 'source', decision: { kind: 'grant' } });
		expect(event!.decision.date).toBeUndefined();
		const entry = feedEntry(event!, 'https://test.example.se');
		expect(entry.date).toEqual(new Date('2024-05-02T00:00:00Z'));
		expect(entry.description).toMatch(/^Källdokumentets datum 2 maj 2024; källan anger inget beslutsdatum\. Region Västerbotten/);
	});

	it('give their pages a feed dated by the document', () => {
		const all = feeds(bank);
		expect(all.map((f) => f.path)).toContain('/kommun/umea/beslut.xml');
		const feed = parser.parse(atom(all[0]!, bank)).feed;
		expect(feed.updated).toBe('2024-05-02T00:00:00.000Z');
		expect(feed.entry).toHaveLength(1);
		expect(hasFeed([undated], sourceDates(bank))).toBe(true);
		expect(hasFeed([undated])).toBe(false);
	});
});
