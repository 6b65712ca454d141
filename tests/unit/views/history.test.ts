import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it, vi } from 'vitest';
import type { EntryVersion } from '../../../src/entries/history.ts';
import type { ProjectEntry } from '../../../src/domain/project.ts';
import { createBank } from '../../../src/views/bank.ts';
import {
	CHANGE_FEED_SIZE,
	changeFeed,
	changeFeedFiles,
	changeLog,
	FIRST_READABLE,
	FIRST_VERSION,
	hasChangeFeed,
	NO_DATA_CHANGE,
	projectHistory,
	versionFiles,
} from '../../../src/views/history.ts';
import { NO_GIT } from '../../../src/entries/history.ts';
import { urls } from '../../../src/urls.ts';
import { granted, testConfig } from '../../helpers/fixtures.ts';

vi.mock('../../../src/views/collection.ts', async () => (await import('../../helpers/bank.ts')).mockedCollection());

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ['entry', 'link'].includes(name) });

const version = (number: number, date: string, entry: ProjectEntry | undefined): EntryVersion => ({
	number,
	commit: String(number).repeat(40).slice(0, 40),
	date,
	entry,
	problems: entry ? [] : [{ file: 'src/content/projects/20000001.md', line: 4, field: 'status', message: 'väntade en status.' }],
});

const v1 = granted('20000001', 'Solel i Umeå', 1_000_000, '2026-03-24');
const v2 = granted('20000001', 'Solel i Umeå', 1_200_000, '2026-03-24');
const other = granted('20000002', 'Vind i Umeå', 500_000, '2026-03-24');

function bankWith(versions: Record<string, EntryVersion[]>, current: ProjectEntry[] = [v2, other]) {
	return createBank(current, testConfig, [], { available: true, versions: new Map(Object.entries(versions)) });
}

describe('a project page’s versions', () => {
	it('list each version newest first with what changed in words, a permalink to its data and the date it last changed', () => {
		const bank = bankWith({ '20000001': [version(1, '2026-11-23T16:46:45+00:00', v1), version(2, '2026-12-05T07:33:05+00:00', v2)] });
		const history = projectHistory(v2, bank);
		if (!history.available) throw new Error('no history');
		expect(history.lastChanged).toEqual({ date: '5 december 2026', isoDate: '2026-12-05T07:33:05+00:00' });
		expect(history.uncommitted).toBe(false);
		expect(history.versions.map((v) => [v.number, v.json, v.changes.map((c) => c.replace(/\u00a0/g, ' '))])).toEqual([
			[
				2,
				'/projekt/20000001/version/2.json',
				['Beviljat belopp: 1 000 000 kr → 1 200 000 kr', 'Total projektbudget: 2 000 000 kr → 2 400 000 kr'],
			],
			[1, '/projekt/20000001/version/1.json', [FIRST_VERSION]],
		]);
	});

	it('list an unreadable version with why, compare the next with the last readable one, and say when the page shows uncommitted data', () => {
		const bank = bankWith({
			'20000001': [
				version(1, '2026-11-20T10:00:00+00:00', v1),
				version(2, '2026-11-21T10:00:00+00:00', undefined),
				version(3, '2026-11-22T10:00:00+00:00', v1),
			],
		});
		const history = projectHistory(v2, bank);
		if (!history.available) throw new Error('no history');
		const [third, second] = history.versions;
		expect(second!.unreadable).toEqual(['Rad 4, status: väntade en status.']);
		expect(second!.changes).toEqual(['Versionen kunde inte läsas med dagens regler för posterna: 1 fel (status)']);
		expect(third!.changes).toEqual(['Jämfört med version 1, den senaste som kunde läsas:', NO_DATA_CHANGE]);
		// Nothing changed in version 3: the data last changed with version 1.
		expect(history.lastChanged?.isoDate).toBe('2026-11-20T10:00:00+00:00');
		// The current entry (v2) is in no committed version.
		expect(history.uncommitted).toBe(true);
	});

	it('call the first readable version after unreadable ones that, not the first version in the bank', () => {
		const bank = bankWith({
			'20000001': [version(1, '2026-11-20T10:00:00+00:00', undefined), version(2, '2026-11-21T10:00:00+00:00', v2)],
		});
		const history = projectHistory(v2, bank);
		expect(history.available && history.versions[0]!.changes).toEqual([FIRST_READABLE]);
	});

	it('say the history is not available, never invent one, when the bank was built without it', () => {
		const bank = createBank([v2], testConfig);
		expect(projectHistory(v2, bank)).toEqual({ available: false, reason: NO_GIT });
		expect(changeLog(bank)).toMatchObject({ available: false, reason: NO_GIT, days: [], feed: undefined });
		expect(Object.keys(changeFeedFiles(bank))).toEqual([urls.changesFeed()]);
		expect(parser.parse(changeFeedFiles(bank)[urls.changesFeed()]!).feed.entry).toBeUndefined();
	});
});

describe('version files', () => {
	it('hold the version’s data as an open-data record, its commit and date, or why it could not be read', () => {
		const bank = bankWith({
			'20000001': [version(1, '2026-11-23T16:46:45+00:00', v1), version(2, '2026-12-05T07:33:05+00:00', undefined)],
		});
		const files = versionFiles(bank, bank.projects);
		const first = JSON.parse(files['/projekt/20000001/version/1.json']!);
		expect(first).toMatchObject({
			key: '20000001',
			version: 1,
			committed: '2026-11-23T16:46:45+00:00',
			readable: true,
			url: `${testConfig.baseUrl.replace(/\/$/, '')}/projekt/20000001/version/1.json`,
		});
		expect(first.project.grantedAmount).toBe(1_000_000);
		expect(JSON.parse(files['/projekt/20000001/version/2.json']!)).toMatchObject({
			readable: false,
			problems: [{ line: 4, field: 'status' }],
		});
	});
});

describe('the change log and feeds of changes', () => {
	const bank = bankWith({
		'20000001': [
			version(1, '2026-11-23T16:46:45+00:00', v1),
			version(2, '2026-12-05T07:33:05+00:00', v2),
			version(3, '2026-12-06T07:33:05+00:00', v2),
		],
		'20000002': [version(1, '2026-11-23T16:46:45+00:00', other)],
	});

	it('list changes newest first by day, leaving out versions that changed nothing', () => {
		const log = changeLog(bank);
		expect(log.days.map((d) => [d.date, d.changes.map((c) => `${c.title} ${c.version}`)])).toEqual([
			['5 december 2026', ['Solel i Umeå 2']],
			['23 november 2026', ['Solel i Umeå 1', 'Vind i Umeå 1']],
		]);
		expect([log.total, log.listed]).toEqual([3, 3]);
	});

	it('are Atom feeds whose entries lead to each version’s data, updated when the newest change was committed', () => {
		const xml = changeFeed(bank, urls.home, 'Ändringar', bank.projects);
		expect(XMLValidator.validate(xml)).toBe(true);
		const feed = parser.parse(xml).feed;
		expect(feed.updated).toBe('2026-12-05T07:33:05.000Z');
		expect(feed.entry.length).toBeLessThanOrEqual(CHANGE_FEED_SIZE);
		expect(feed.entry[0].id).toBe(urls.absolute('/projekt/20000001/version/2.json', testConfig.baseUrl));
		expect(feed.entry[0].title['#text'] ?? feed.entry[0].title).toContain('Ändrat: Solel i Umeå');
		expect(feed.entry.map((e: any) => e.id)).toHaveLength(3);
	});

	it('exist for a page whose projects have changes, and for organisations', () => {
		expect(hasChangeFeed(bank, [other])).toBe(true);
		expect(hasChangeFeed(bankWith({}), [other])).toBe(false);
		const paths = Object.keys(changeFeedFiles(bank));
		expect(paths).toContain(urls.changesFeed());
		expect(paths).toContain(urls.changesFeed(urls.organisation(bank.organisations.find((o) => o.owned.length)!.key)));
		expect(paths.some((p) => p.startsWith('/kommun/umea/'))).toBe(true);
	});
});
