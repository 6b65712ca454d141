import { expect, it } from 'vitest';
import { siteConfig } from '../../../../src/site.config.ts';
import { createBank } from '../../../../src/views/bank.ts';
import { datasetStructuredData, projectStructuredData } from '../../../../src/views/structured-data.ts';
import { shippedProjects } from '../../../helpers/shipped.ts';

const bank = createBank(shippedProjects(), siteConfig);
const entry = (key: string) => bank.projects.find((p) => p.key === key)!;

it('describes a granted project as a MonetaryGrant of the granted amount, from the region to the owner', () => {
	expect(projectStructuredData(entry('20204763'), bank)).toEqual({
		'@context': 'https://schema.org',
		'@type': 'MonetaryGrant',
		name: 'Intersective Innovation 2.0',
		url: 'https://projektbanken.example.se/projekt/20204763/',
		identifier: ['ärende-id 20204763', 'diarienummer 00040-2020'],
		amount: { '@type': 'MonetaryAmount', value: 1_347_090, currency: 'SEK' },
		funder: { '@type': 'GovernmentOrganization', name: 'Region Norrbotten' },
		fundedItem: { '@type': 'Organization', name: 'Piteå Science Park AB' },
	});
});

it('says nothing of a rejected, proposed or applied project: an application is no grant', () => {
	for (const p of bank.projects.filter((e) => e.data.status !== 'granted')) expect(projectStructuredData(p, bank), p.key).toBeUndefined();
});

it('describes the open data as a Dataset with its downloads', () => {
	const data = datasetStructuredData(
		bank,
		[{ name: 'projekt.csv', path: '/data/projekt.csv', format: 'text/csv' }],
		new Date('2026-11-23T10:00:00Z'),
	);
	expect(data).toMatchObject({
		'@type': 'Dataset',
		license: siteConfig.dataLicence.url,
		dateModified: '2026-11-23',
		distribution: [{ '@type': 'DataDownload', contentUrl: 'https://projektbanken.example.se/data/projekt.csv' }],
	});
});
