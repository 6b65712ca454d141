import { expect, it } from 'vitest';
import { readSources } from '../../../../src/entries/sources.ts';
import { siteConfig } from '../../../../src/site.config.ts';
import { createBank } from '../../../../src/views/bank.ts';
import { citation, sourceLink } from '../../../../src/views/citation.ts';
import { shippedProjects } from '../../../helpers/shipped.ts';

const bank = createBank(shippedProjects(), siteConfig, readSources());
const entry = (key: string) => bank.projects.find((p) => p.key === key)!;
const text = (key: string) =>
	citation(entry(key), bank)
		.map((p) => p.text)
		.join('');

it('cites a grant: title, case numbers, body, date and paragraph, source and passage, permalink', () => {
	expect(text('20204763')).toBe(
		'Intersective Innovation 2.0. Ärende-id 20204763, diarienummer 00040-2020. Beslut om stöd: Regionala utvecklingsnämnden, 24 mars 2020, § 40. Källa: Protokoll, regionala utvecklingsnämnden Region Norrbotten 2020-03-24, § 40. Öppna projektbanken, https://projektbanken.example.se/projekt/20204763/',
	);
	const parts = citation(entry('20204763'), bank);
	expect(parts.find((p) => p.text.startsWith('Protokoll'))?.href).toBe('/kalla/norrbotten-protokoll-2020-03-24/#rad-2733');
	expect(parts.at(-1)).toEqual({
		text: 'https://projektbanken.example.se/projekt/20204763/',
		href: 'https://projektbanken.example.se/projekt/20204763/',
	});
});

it('cites a proposal as a proposal, and an amendment after the grant it changes', () => {
	expect(text('20378916')).toContain(
		'Förslag till beslut: avslag: Region Västerbotten, datum anges inte i källan, PM, Förslag till beslut (AVSLAG).',
	);
	expect(text('20359783')).toContain(
		'Beslut om stöd: Region Västerbotten, 1 mars 2023; Ändringsbeslut: Region Västerbotten, 29 augusti 2025',
	);
});

it('cites an application that nothing has decided, and a project without an ärende-id by its diarienummer', () => {
	expect(text('hallbar-samhallsomstallning')).toMatch(
		/^Hållbar Samhällsomställning\. Region Västernorrland: källan anger inget beslut\. Källa: /,
	);
	expect(text('dnr-00031-2020')).toMatch(/\. Diarienummer 00031-2020\. /);
});

it('links the source at the top where the passage is not found in its text', () => {
	const list = entry('20372556');
	expect(sourceLink(list, bank)).toBe('/kalla/vasterbotten-beviljade-projekt/#rad-1');
	expect(sourceLink(list, createBank([list], siteConfig))).toBeUndefined();
});
