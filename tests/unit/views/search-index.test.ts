import { describe, expect, it } from 'vitest';
import { createBank } from '../../../src/views/bank.ts';
import { caseNumberFile, nameBucket } from '../../../src/client/shard-search.ts';
import {
	CASE_NUMBERS_PER_FILE,
	caseNumberFiles,
	namedEntityFiles,
	plainText,
	searchManifest,
	searchShards,
	splitBucket,
} from '../../../src/views/search-index.ts';
import { siteConfig } from '../../../src/site.config.ts';
import { granted } from '../../helpers/fixtures.ts';

describe('search records', () => {
	it('read Markdown as plain text', () => {
		expect(plainText('## Beslut\n\n1. Projektet **beviljas** [medel](https://x.se).\n- *punkt*\n> citat')).toBe(
			'Beslut Projektet beviljas medel. punkt citat',
		);
	});
});

describe('shards', () => {
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

	it('file every organisation, fund and decider under its first letter, with the filters that select exactly its projects', () => {
		const region = (id: string, owner: string, financier: string) => {
			const p = granted(id, id, 5, '2024-01-01');
			return {
				...p,
				data: {
					...p.data,
					decider: 'Region Norrbotten',
					owner: { name: owner },
					financing: [{ financier, amount: 5, inKind: false }],
					decisions: [{ kind: 'grant' as const, summary: 'x', body: 'Regionala utvecklingsnämnden' }],
				},
			};
		};
		const projects = [
			region('10000001', 'Region Norrbotten', 'Skellefteå kommun'),
			region('10000002', 'Skellefteå kommun', 'Region Norrbotten'),
		];
		const small = createBank(projects, siteConfig);
		const files = namedEntityFiles(searchShards(small));
		for (const [bucket, names] of Object.entries(files)) for (const key of Object.keys(names)) expect(key[0]).toBe(bucket);
		const sorted = (filters: [string, string][]) => filters.map((f) => f.join('=')).sort();
		expect(files.r!['region norrbotten']!.name).toBe('Region Norrbotten');
		expect(sorted(files.r!['region norrbotten']!.filters)).toEqual([
			'agare=Region Norrbotten',
			'beslutande=Region Norrbotten',
			'finansiar=Region Norrbotten',
		]);
		expect(sorted(files.s!['skelleftea kommun']!.filters)).toEqual(['agare=Skellefteå kommun', 'finansiar=Skellefteå kommun']);
		expect(files.r!['regionala utvecklingsnamnden']!.filters).toEqual([['organ', 'Regionala utvecklingsnämnden']]);
		expect(searchManifest(searchShards(small)).names).toEqual({ buckets: Object.keys(files).sort(), path: '/sok/namn/{b}.json' });
	});

	it('spread case numbers over as many lookup files as keep each small', () => {
		const records = Array.from({ length: 1200 }, (_, i) => ({
			url: `/projekt/${30_000_000 + i}/`,
			content: '',
			language: 'sv' as const,
			meta: { arende: String(30_000_000 + i) },
			filters: {},
			sort: {},
		}));
		const lookup = caseNumberFiles([{ id: '2024', label: '2024', years: ['2024'], records }]);
		expect(lookup.files).toBe(Math.ceil(1200 / CASE_NUMBERS_PER_FILE));
		expect(lookup.content.map((file) => Object.keys(file).length).reduce((a, b) => a + b)).toBe(1200);
		expect(Math.max(...lookup.content.map((file) => Object.keys(file).length))).toBeLessThan(CASE_NUMBERS_PER_FILE);
		expect(lookup.content[caseNumberFile('30000007', lookup.files)]!['30000007']).toEqual(['2024']);
	});
});

describe('name lookup files', () => {
	it('split a letter with more names than a file holds by the letters that follow, so that no file is large', () => {
		const names = Array.from({ length: 30 }, (_, i) => `utvecklingsbolag ${i + 1} ab`)
			.concat(['umea kommun', 'u'])
			.sort()
			.map((key): [string, { name: string; filters: [string, string][] }] => [key, { name: key, filters: [['agare', key]] }]);
		const files = splitBucket('u', names, 5);
		expect(files.every(([, part]) => part.length <= 5)).toBe(true);
		expect(files.flatMap(([, part]) => part.map(([key]) => key)).sort()).toEqual(names.map(([key]) => key).sort());
		const placed = new Map(files.flatMap(([bucket, part]) => part.map(([key]) => [key, bucket])));
		const buckets = files.map(([bucket]) => bucket);
		// Every name is found where the search page looks for it.
		for (const [key] of names) expect(nameBucket(key, buckets), key).toBe(placed.get(key));
		expect(placed.get('u')).toBe('u');
		expect(placed.get('utvecklingsbolag 12 ab')).toBe('utvecklingsbolag-12');
		expect(splitBucket('u', names.slice(0, 3), 5)).toEqual([['u', names.slice(0, 3)]]);
	});
});
