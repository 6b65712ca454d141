import { describe, expect, it } from 'vitest';
import {
	everyPosition,
	intersect,
	listFileName,
	membersOf,
	orderedPositions,
	SortedListResults,
	type Row,
	type SortedListsInfo,
} from '../../../src/client/sorted-lists.ts';

const info: SortedListsInfo = {
	total: 7,
	chunk: 3,
	keys: { granted: { slug: 'belopp', present: 5 } },
	rows: '/o/{k}/rader/{n}.json',
	list: '/o/{k}/{f}/{v}.json',
};
/** Seven projects in descending order of amount, the last two without one. */
const row = (i: number): Row => [`/projekt/${i}/`, `P${i}`, 'Beviljat', 'granted', '', '', '', ''];
const files: Record<string, unknown> = {
	'/o/belopp/rader/0.json': [row(0), row(1), row(2)],
	'/o/belopp/rader/1.json': [row(3), row(4), row(5)],
	'/o/belopp/rader/2.json': [row(6)],
	[`/o/belopp/kommun/${listFileName('Umeå')}.json`]: { n: 4, d: [1, 2, 2, 1] }, // 1, 3, 5, 6
	[`/o/belopp/lan/${listFileName('Västerbottens län')}.json`]: { n: 3, b: btoa(String.fromCharCode(0b01100010)) }, // 1, 5, 6
};

function fetchLog() {
	const fetched: string[] = [];
	const fetchJson = async (path: string) => {
		fetched.push(path);
		return files[path];
	};
	return { fetched, fetchJson };
}

describe('sorted lists in the browser', () => {
	it('read positions from deltas and bitsets, and intersect them', () => {
		const deltas = membersOf({ n: 3, d: [2, 3, 4] }, 10);
		expect(orderedPositions(deltas, 10, 10, 'desc')).toEqual([2, 5, 9]);
		const bits = membersOf({ n: 2, b: btoa(String.fromCharCode(0b00100100, 0)) }, 10);
		expect(orderedPositions(intersect([deltas, bits]), 10, 10, 'desc')).toEqual([2, 5]);
		expect(orderedPositions(everyPosition(10), 10, 10, 'desc')).toHaveLength(10);
	});

	it('keep projects without the value last in both directions', () => {
		const all = everyPosition(7);
		expect(orderedPositions(all, 7, 5, 'desc')).toEqual([0, 1, 2, 3, 4, 5, 6]);
		expect(orderedPositions(all, 7, 5, 'asc')).toEqual([4, 3, 2, 1, 0, 5, 6]);
	});

	it('name a value’s file the same way for the same value, apart for another', () => {
		expect(listFileName('Umeå')).toMatch(/^[0-9a-f]{8}$/);
		expect(listFileName('Umeå')).toBe(listFileName('Ume\u0061\u030a'));
		expect(listFileName('Umeå')).not.toBe(listFileName('Umea'));
	});

	it('page the whole bank, fetching only the chunks a page needs', async () => {
		const { fetched, fetchJson } = fetchLog();
		const results = new SortedListResults(info, { key: 'granted', direction: 'asc' }, {}, fetchJson);
		await results.start();
		expect(results.total).toBe(7);
		expect((await results.next(2)).map((c) => c.url)).toEqual(['/projekt/4/', '/projekt/3/']);
		expect(fetched).toEqual(['/o/belopp/rader/1.json']);
		expect(results.remaining).toBe(5);
		expect((await results.next(10)).map((c) => c.meta.title)).toEqual(['P2', 'P1', 'P0', 'P5', 'P6']);
		expect(results.remaining).toBe(0);
	});

	it('answer two filters with what both lists hold, and a value the bank lacks with nothing', async () => {
		const { fetched, fetchJson } = fetchLog();
		const both = new SortedListResults(
			info,
			{ key: 'granted', direction: 'desc' },
			{ kommun: 'Umeå', lan: 'Västerbottens län' },
			fetchJson,
		);
		await both.start();
		expect((await both.next(10)).map((c) => c.url)).toEqual(['/projekt/1/', '/projekt/5/', '/projekt/6/']);
		expect(fetched.filter((p) => p.includes('/rader/'))).toEqual([
			'/o/belopp/rader/0.json',
			'/o/belopp/rader/1.json',
			'/o/belopp/rader/2.json',
		]);
		const none = new SortedListResults(info, { key: 'granted', direction: 'desc' }, { kommun: 'Ingenstans' }, fetchJson);
		await none.start();
		expect(none.total).toBe(0);
	});

	it('answer only searches with no words and an order it has', () => {
		expect(SortedListResults.answers(info, null, { key: 'granted' })).toBe(true);
		expect(SortedListResults.answers(info, 'solel', { key: 'granted' })).toBe(false);
		expect(SortedListResults.answers(info, null, undefined)).toBe(false);
		expect(SortedListResults.answers(info, null, { key: 'title' })).toBe(false);
		expect(SortedListResults.answers(undefined, null, { key: 'granted' })).toBe(false);
	});
});
