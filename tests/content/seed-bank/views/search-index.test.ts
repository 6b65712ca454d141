import { describe, expect, it } from 'vitest';
import { createBank } from '../../../../src/views/bank.ts';
import { caseNumberFile, caseNumberKey } from '../../../../src/client/shard-search.ts';
import { caseNumberFiles, indexRecord, searchManifest, searchShards } from '../../../../src/views/search-index.ts';
import { siteConfig } from '../../../../src/site.config.ts';
import { granted, project } from '../../../helpers/fixtures.ts';
import { shippedProject, shippedProjects } from '../../../helpers/shipped.ts';

const bank = createBank(shippedProjects(), siteConfig);

describe('search records', () => {
	it('hold the text searched, the card’s fields, the filters and the sort values', () => {
		const record = indexRecord(shippedProject('20204898'), bank);
		expect(record.url).toBe('/projekt/20204898/');
		expect(record.language).toBe('sv');
		// Prose only: the names and numbers are a field of their own, so excerpts do not repeat them.
		expect(record.content).toMatch(/^Datacenter Innovation Region – Tillväxt och Export\. Projektet Datacenter/);
		expect(record.content).not.toContain('00054-2020');
		expect(record.meta).toMatchObject({
			title: 'Datacenter Innovation Region – Tillväxt och Export',
			arende: '20204898',
			dnr: '00054-2020',
			tone: 'granted',
			sort_granted: record.sort.granted,
			sort_granted_asc: record.sort.granted_asc,
		});
		expect(record.filters.lan).toEqual(['Västerbottens län', 'Norrbottens län']);
		expect(record.filters.nummer).toEqual(['20204898', '00054-2020']);
		expect(record.filters.organ).toEqual(['Regionala utvecklingsnämnden']);
		expect(record.sort).toMatchObject({
			granted: expect.stringMatching(/^k\d{12}$/),
			budget: expect.stringMatching(/^k\d{12}$/),
			date: '2020-03-24',
			start: '2020-06',
		});
		const bare = indexRecord({ ...project(), data: { ...project().data, id: undefined, ref: undefined } }, bank);
		expect(bare.meta.arende).toBeUndefined();
		expect(bare.meta.dnr).toBeUndefined();
	});

	it('hold every name of a project whole: all its municipalities, not the card’s first four', () => {
		const many = ['Bjurholm', 'Dorotea', 'Lycksele', 'Malå', 'Norsjö', 'Skellefteå', 'Umeå'];
		const p = granted('10000001', 'A', 5, '2024-01-01', many);
		const record = indexRecord({ ...p, data: { ...p.data, owner: { name: 'Skellefteå kommun' }, ref: 'REGAC-1-2024' } }, bank);
		expect(record.meta.places).toContain('och 3 till');
		expect(record.meta.namn!.split(' · ')).toEqual(
			expect.arrayContaining([...many, 'Västerbottens län', 'Skellefteå kommun', '10000001', 'REGAC-1-2024']),
		);
		expect(record.filters.nummer).toEqual(['10000001', 'regac-1-2024']);
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

	it('tell the search page where each shard lies, the first at the index’s root', () => {
		expect(searchManifest(searchShards(bank)).shards).toEqual([
			// DOVI, decided in 2023, was amended in 2025: a search by 2025 searches this shard.
			{
				id: '2020-2023',
				label: '2020–2023',
				years: ['2023', '2020'],
				decisionYears: ['2025', '2023', '2020'],
				count: 10,
				path: '/pagefind/',
			},
			{
				id: 'utan-datum',
				label: 'beslut utan datum i källan',
				years: ['Beslutsdatum anges inte i källan'],
				decisionYears: ['Beslutsdatum anges inte i källan'],
				count: 17,
				path: '/pagefind/delar/utan-datum/',
			},
			{
				id: 'ej-avgjorda',
				label: 'ansökningar som inte är avgjorda',
				years: ['Inte avgjort'],
				decisionYears: ['Inte avgjort'],
				count: 2,
				path: '/pagefind/delar/ej-avgjorda/',
			},
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
});
