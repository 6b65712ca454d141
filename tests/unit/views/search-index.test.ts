import { describe, expect, it } from 'vitest';
import { createBank } from '../../../src/views/bank.ts';
import { caseNumberFile, caseNumberKey } from '../../../src/client/shard-search.ts';
import { CASE_NUMBERS_PER_FILE, caseNumberFiles, indexRecord, plainText, searchManifest, searchShards } from '../../../src/views/search-index.ts';
import { siteConfig } from '../../../src/site.config.ts';
import { granted, project } from '../../helpers/fixtures.ts';
import { shippedProject, shippedProjects } from '../../helpers/shipped.ts';

const bank = createBank(shippedProjects(), siteConfig);

describe('search records', () => {
	it('hold the text searched, the card’s fields, the filters and the sort values', () => {
		const record = indexRecord(shippedProject('20204898'), bank);
		expect(record.url).toBe('/projekt/20204898/');
		expect(record.language).toBe('sv');
		expect(record.content).toMatch(/^Datacenter Innovation Region – Tillväxt och Export\. 20204898\. 00054-2020\. /);
		expect(record.meta).toMatchObject({ title: 'Datacenter Innovation Region – Tillväxt och Export', arende: '20204898', dnr: '00054-2020', tone: 'granted', sort_granted: record.sort.granted });
		expect(record.filters.lan).toEqual(['Västerbottens län', 'Norrbottens län']);
		expect(record.sort).toEqual({ granted: expect.stringMatching(/^k\d{12}$/), budget: expect.stringMatching(/^k\d{12}$/), date: '2020-03-24', start: '2020-06' });
		const bare = indexRecord({ ...project(), data: { ...project().data, id: undefined, ref: undefined } }, bank);
		expect(bare.meta.arende).toBeUndefined();
		expect(bare.meta.dnr).toBeUndefined();
	});

	it('read Markdown as plain text', () => {
		expect(plainText('## Beslut\n\n1. Projektet **beviljas** [medel](https://x.se).\n- *punkt*\n> citat')).toBe('Beslut Projektet beviljas medel. punkt citat');
	});
});

describe('shards', () => {
	it('split the seed bank by decision: dated years together, then the undated, then the undecided', () => {
		const shards = searchShards(bank);
		expect(shards.map((s) => [s.id, s.label, s.records.length])).toEqual([
			['2020-2023', '2020–2023', 10],
			['utan-datum', 'beslut utan datum i källan', 17],
			['ej-avgjorda', 'ansökningar som inte är avgjorda', 2],
		]);
		expect(shards[0]!.years).toEqual(['2023', '2020']);
		expect(shards.flatMap((s) => s.records.map((r) => r.filters.del))).toEqual(shards.flatMap((s) => s.records.map(() => [s.id])));
	});

	it('keep to the size given, splitting a big year and starting a new shard when the next year does not fit', () => {
		const projects = [
			...Array.from({ length: 5 }, (_, i) => granted(String(10_000_000 + i), `A${i}`, 1, `2024-0${1 + i}-01`)),
			...Array.from({ length: 2 }, (_, i) => granted(String(10_000_100 + i), `B${i}`, 1, '2023-05-01')),
			granted('10000200', 'C', 1, '2022-01-01'),
		];
		const shards = searchShards({ projects, displayNames: new Map() }, 3);
		expect(shards.map((s) => [s.id, s.label, s.records.length])).toEqual([
			['2024-del-1', '2024, del 1', 3],
			['2024-del-2', '2024, del 2', 2],
			['2022-2023', '2022–2023', 3],
		]);
		// A split year is cut by date, newest first.
		expect(shards[0]!.records.map((r) => r.sort.date)).toEqual(['2024-05-01', '2024-04-01', '2024-03-01']);
	});

	it('tell the search page where each shard lies, the first at the index’s root', () => {
		expect(searchManifest(searchShards(bank)).shards).toEqual([
			{ id: '2020-2023', label: '2020–2023', years: ['2023', '2020'], count: 10, path: '/pagefind/' },
			{ id: 'utan-datum', label: 'beslut utan datum i källan', years: ['Beslutsdatum anges inte i källan'], count: 17, path: '/pagefind/delar/utan-datum/' },
			{ id: 'ej-avgjorda', label: 'ansökningar som inte är avgjorda', years: ['Inte avgjort'], count: 2, path: '/pagefind/delar/ej-avgjorda/' },
		]);
	});

	it('give every ärende-id and diarienummer the shards that hold its project, in the lookup file the search page reads', () => {
		const shards = searchShards(bank);
		const lookup = caseNumberFiles(shards);
		expect(searchManifest(shards).caseNumbers).toEqual({ files: lookup.files, path: '/sok/arenden/{n}.json' });
		expect(lookup.files).toBe(1);
		for (const shard of shards) {
			for (const record of shard.records) {
				for (const number of [record.meta.arende, record.meta.dnr].filter((n): n is string => Boolean(n))) {
					const key = caseNumberKey(number);
					expect(lookup.content[caseNumberFile(key, lookup.files)]![key], number).toContain(shard.id);
				}
			}
		}
		expect(lookup.content[0]!['00054-2020']).toEqual(['2020-2023']);
	});

	it('spread case numbers over as many lookup files as keep each small', () => {
		const records = Array.from({ length: 1200 }, (_, i) => ({ url: `/projekt/${30_000_000 + i}/`, content: '', language: 'sv' as const, meta: { arende: String(30_000_000 + i) }, filters: {}, sort: {} }));
		const lookup = caseNumberFiles([{ id: '2024', label: '2024', years: ['2024'], records }]);
		expect(lookup.files).toBe(Math.ceil(1200 / CASE_NUMBERS_PER_FILE));
		expect(lookup.content.map((file) => Object.keys(file).length).reduce((a, b) => a + b)).toBe(1200);
		expect(Math.max(...lookup.content.map((file) => Object.keys(file).length))).toBeLessThan(CASE_NUMBERS_PER_FILE);
		expect(lookup.content[caseNumberFile('30000007', lookup.files)]!['30000007']).toEqual(['2024']);
	});
});
