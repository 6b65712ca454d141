import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../../src/site.config.ts';
import { createBank } from '../../../src/views/bank.ts';
import { atom, decisionEvents, FEED_SIZE, feedEntry, feedInstant, feeds, hasFeed, UNDATED_SUBTITLE } from '../../../src/views/feeds.ts';
import { buildTime } from '../../../src/views/build-time.ts';
import { granted, project } from '../../helpers/fixtures.ts';
import { urls } from '../../../src/urls.ts';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ['entry', 'link'].includes(name) });

describe('decision events', () => {
	it('keep a month a month in the entry text, and give Atom the first day as its instant', () => {
		const monthly = project((e) => {
			e.status = 'granted';
			e.grantedAmount = '2 219 230';
			delete e.appliedAmount;
			e.decisions = [
				{ kind: 'grant', date: '2026-03', body: 'Regionala utvecklingsnämnden', reference: '§ 7', summary: 'Beviljas A & B <x>.' },
			];
		});
		const [event] = decisionEvents([monthly]);
		const entry = feedEntry(event!, 'https://test.example.se');
		expect(entry).toEqual({
			title: 'Beslut om stöd: INDI - Intelligent digitalisering i industrin',
			id: 'https://test.example.se/projekt/20378916/#beslut-1',
			link: 'https://test.example.se/projekt/20378916/',
			date: new Date('2026-03-01T00:00:00Z'),
			description:
				'mars 2026 (källan anger månaden). Region Västerbotten (Regionala utvecklingsnämnden, § 7): Beviljas A &amp; B &lt;x&gt;.',
		});
		expect(feedInstant('2020').toISOString()).toBe('2020-01-01T00:00:00.000Z');
	});
});

describe('feeds', () => {
	it('hold the newest events only, and parse as Atom with unique ids and RFC 3339 times', () => {
		const many = createBank(
			Array.from({ length: FEED_SIZE + 5 }, (_, i) =>
				granted(String(20_390_100 + i), `Projekt ${i}`, 1000, `2024-01-${String((i % 28) + 1).padStart(2, '0')}`),
			),
			siteConfig,
		);
		const model = feeds(many)[0]!;
		expect(model.events).toHaveLength(FEED_SIZE);
		const xml = atom(model, many);
		expect(XMLValidator.validate(xml)).toBe(true);
		const feed = parser.parse(xml).feed;
		expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
		expect(feed.id).toBe('https://projektbanken.example.se/beslut.xml');
		expect(feed.updated).toBe('2024-01-25T00:00:00.000Z'); // the newest of the 25
		expect(feed.link.map((l: Record<string, string>) => l['@_rel'])).toEqual(['alternate', 'self']);
		expect(feed.entry).toHaveLength(FEED_SIZE);
		const ids = feed.entry.map((e: { id: string }) => e.id);
		expect(new Set(ids).size).toBe(FEED_SIZE);
		for (const e of feed.entry) expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
	});
});

describe('pages without dated decisions', () => {
	const dated = granted('20390101', 'Daterat', 1000, '2024-03-01', ['Kalix']);
	const undated = granted('20390102', 'Odaterat', 1000, undefined, ['Umeå']);

	it('have no feed, so no feed claims an update time its sources do not give', () => {
		const paths = feeds(createBank([dated, undated], siteConfig)).map((f) => f.path);
		expect(paths).toContain('/kommun/kalix/beslut.xml');
		expect(paths).not.toContain('/kommun/umea/beslut.xml');
		expect(paths).not.toContain('/kommun/skelleftea/beslut.xml'); // no project at all
		expect(hasFeed([undated])).toBe(false);
		expect(hasFeed([dated])).toBe(true);
	});

	it('leave the bank feed empty, dated by the build and saying so, never by another page’s decision', () => {
		const bank = createBank([undated], siteConfig);
		const [model] = feeds(bank);
		expect(feeds(bank)).toHaveLength(1);
		expect(model!.subtitle).toContain(UNDATED_SUBTITLE);
		const feed = parser.parse(atom(model!, bank)).feed;
		expect(feed.updated).toBe(buildTime.toISOString());
		expect(feed.subtitle).toContain('dess tidpunkt är när banken byggdes');
		expect(feed.entry).toBeUndefined();
	});
});

describe('organisation feeds', () => {
	it('follow what an organisation owns, co-finances or decides, where one of those projects has a dated decision', () => {
		const dated = granted('20000001', 'Solel', 100_000, '2026-03-24');
		const undated = project((e) => {
			Object.assign(e, { id: '20000002', owner: { name: 'Odaterade AB' } });
		});
		const paths = feeds(createBank([dated, undated], siteConfig)).map((f) => f.path);
		// The dated project's owner and its decider have feeds; the owner of only an undated rejection has none.
		expect(paths).toContain(urls.feed(urls.organisation('lulea-tekniska-universitet')));
		expect(paths).toContain(urls.feed(urls.organisation('region-vasterbotten')));
		expect(paths.some((p) => p.includes('odaterade'))).toBe(false);
	});
});
