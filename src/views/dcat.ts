/**
 * The bank's open data described for data portals: a DCAT-AP-SE catalogue (the Swedish profile of
 * DCAT-AP, which Sveriges dataportal harvests) in RDF/XML at /data/katalog.rdf. One catalogue, one
 * dataset (the bank's projects) and one distribution per file the bank publishes, each with its
 * format, licence and download address; publisher and contact point from the site settings.
 */
import { urls } from '../urls.ts';
import type { Bank } from './bank.ts';

/** A file of the dataset, as the /data/ page lists it. */
export interface Distribution {
	name: string;
	href: string;
	/** IANA media type, e.g. "text/csv". */
	mediaType: string;
	/** What the file holds, in Swedish. */
	what: string;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** EU vocabularies DCAT-AP-SE asks for: the data theme, the language and the access right. */
const THEME_ECONOMY = 'http://publications.europa.eu/resource/authority/data-theme/ECON';
const THEME_GOVERNMENT = 'http://publications.europa.eu/resource/authority/data-theme/GOVE';
const THEME_TAXONOMY = 'http://publications.europa.eu/resource/authority/data-theme';
const SWEDISH = 'http://publications.europa.eu/resource/authority/language/SWE';
const PUBLIC = 'http://publications.europa.eu/resource/authority/access-right/PUBLIC';
/** Sweden in GeoNames, as DCAT-AP-SE's examples name it. */
const SWEDEN = 'http://sws.geonames.org/2661886/';

export function dcatCatalogue(bank: Pick<Bank, 'config'>, distributions: readonly Distribution[], modified: Date): string {
	const { baseUrl, name, tagline, publisher, contact, dataLicence } = bank.config;
	const at = (path: string) => escape(urls.absolute(path, baseUrl));
	const catalogue = at(urls.dcatCatalogue);
	const dataset = `${at(urls.openData)}#projekt`;
	const publisherId = `${at(urls.about)}#utgivare`;
	const contactId = `${at(urls.about)}#kontakt`;
	const date = modified.toISOString().slice(0, 10);
	const licence = `<dcterms:license rdf:resource="${escape(dataLicence.url)}"/>`;
	const text = (element: string, value: string) => `<${element} xml:lang="sv">${escape(value)}</${element}>`;
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcat="http://www.w3.org/ns/dcat#" xmlns:foaf="http://xmlns.com/foaf/0.1/" xmlns:vcard="http://www.w3.org/2006/vcard/ns#">',
		`<dcat:Catalog rdf:about="${catalogue}">`,
		`\t${text('dcterms:title', name)}`,
		`\t${text('dcterms:description', `Öppna data ur ${name}: ${tagline}`)}`,
		`\t<dcterms:publisher rdf:resource="${publisherId}"/>`,
		`\t${licence}`,
		`\t<foaf:homepage rdf:resource="${at(urls.home)}"/>`,
		`\t<dcterms:language rdf:resource="${SWEDISH}"/>`,
		`\t<dcterms:modified rdf:datatype="http://www.w3.org/2001/XMLSchema#date">${date}</dcterms:modified>`,
		`\t<dcat:themeTaxonomy rdf:resource="${THEME_TAXONOMY}"/>`,
		`\t<dcat:dataset rdf:resource="${dataset}"/>`,
		'</dcat:Catalog>',
		`<foaf:Agent rdf:about="${publisherId}">`,
		`\t<foaf:name>${escape(publisher)}</foaf:name>`,
		'</foaf:Agent>',
		`<vcard:Organization rdf:about="${contactId}">`,
		`\t<vcard:fn>${escape(contact.name)}</vcard:fn>`,
		`\t<vcard:hasEmail rdf:resource="mailto:${escape(contact.email)}"/>`,
		'</vcard:Organization>',
		`<dcat:Dataset rdf:about="${dataset}">`,
		`\t${text('dcterms:title', `${name}: projekt med offentlig finansiering`)}`,
		`\t${text('dcterms:description', 'Ett projekt per post: vem som beviljades eller sökte offentliga utvecklingsmedel, från vem, till vad och var, med belopp, budgetar, finansiärer, beslut och källa, som källdokumenten anger dem.')}`,
		`\t<dcterms:publisher rdf:resource="${publisherId}"/>`,
		`\t<dcat:contactPoint rdf:resource="${contactId}"/>`,
		`\t<dcat:landingPage rdf:resource="${at(urls.openData)}"/>`,
		`\t<dcat:theme rdf:resource="${THEME_ECONOMY}"/>`,
		`\t<dcat:theme rdf:resource="${THEME_GOVERNMENT}"/>`,
		`\t<dcterms:spatial rdf:resource="${SWEDEN}"/>`,
		`\t<dcterms:accessRights rdf:resource="${PUBLIC}"/>`,
		`\t<dcterms:modified rdf:datatype="http://www.w3.org/2001/XMLSchema#date">${date}</dcterms:modified>`,
		...['projektbank', 'regional utveckling', 'bidrag', 'offentlig finansiering'].map((k) => `\t${text('dcat:keyword', k)}`),
		...distributions.map((d) => `\t<dcat:distribution rdf:resource="${at(d.href)}#distribution"/>`),
		'</dcat:Dataset>',
		...distributions.flatMap((d) => [
			`<dcat:Distribution rdf:about="${at(d.href)}#distribution">`,
			`\t${text('dcterms:title', d.name)}`,
			`\t${text('dcterms:description', d.what)}`,
			`\t<dcat:accessURL rdf:resource="${at(urls.openData)}"/>`,
			`\t<dcat:downloadURL rdf:resource="${at(d.href)}"/>`,
			`\t<dcat:mediaType rdf:resource="https://www.iana.org/assignments/media-types/${escape(d.mediaType)}"/>`,
			`\t<dcterms:format>${escape(d.mediaType)}</dcterms:format>`,
			`\t${licence}`,
			'</dcat:Distribution>',
		]),
		'</rdf:RDF>',
		'',
	];
	return lines.join('\n');
}
