/**
 * schema.org data (JSON-LD) where a standard type fits what the page says: a granted project is a
 * MonetaryGrant (a rejected or undecided application is no grant, and gets none); the open-data page
 * is a Dataset with its files.
 */
import { grantedMoney } from '../domain/measures.ts';
import type { ProjectEntry } from '../domain/project.ts';
import { urls } from '../urls.ts';
import type { Bank } from './bank.ts';

export type JsonLd = Record<string, unknown>;

export function projectStructuredData(entry: ProjectEntry, bank: Pick<Bank, 'config' | 'displayNames'>): JsonLd | undefined {
	const p = entry.data;
	if (p.status !== 'granted' || p.grantedAmount === undefined) return undefined;
	const identifiers = [p.id && `ärende-id ${p.id}`, p.ref && `diarienummer ${p.ref}`].filter(Boolean);
	return {
		'@context': 'https://schema.org',
		'@type': 'MonetaryGrant',
		name: p.title,
		url: urls.absolute(urls.project(entry.key), bank.config.baseUrl),
		...(identifiers.length ? { identifier: identifiers } : {}),
		amount: { '@type': 'MonetaryAmount', value: grantedMoney(p), currency: 'SEK' },
		funder: { '@type': 'GovernmentOrganization', name: p.decider },
		...(p.owner
			? {
					fundedItem: {
						'@type': 'Organization',
						name: bank.displayNames.get(p.owner.name) ?? p.owner.name,
						...(p.owner.orgNumber ? { identifier: p.owner.orgNumber } : {}),
					},
				}
			: {}),
	};
}

export function datasetStructuredData(
	bank: Pick<Bank, 'config'>,
	files: readonly { name: string; path: string; format: string }[],
	modified: Date,
): JsonLd {
	const { baseUrl, name, publisher, dataLicence } = bank.config;
	return {
		'@context': 'https://schema.org',
		'@type': 'Dataset',
		name: `${name}: projekt med offentlig finansiering`,
		description: bank.config.tagline,
		url: urls.absolute(urls.openData, baseUrl),
		license: dataLicence.url,
		inLanguage: 'sv',
		publisher: { '@type': 'Organization', name: publisher },
		dateModified: modified.toISOString().slice(0, 10),
		distribution: files.map((f) => ({
			'@type': 'DataDownload',
			name: f.name,
			contentUrl: urls.absolute(f.path, baseUrl),
			encodingFormat: f.format,
		})),
	};
}
