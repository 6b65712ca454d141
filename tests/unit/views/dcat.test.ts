import { RdfXmlParser } from 'rdfxml-streaming-parser';
import { expect, it } from 'vitest';
import { createBank } from '../../../src/views/bank.ts';
import { dcatCatalogue } from '../../../src/views/dcat.ts';
import { testConfig } from '../../helpers/fixtures.ts';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';

/** The catalogue as triples: RDF/XML read by an RDF parser, as a harvester reads it. */
async function triples(xml: string) {
	const found: { s: string; p: string; o: string }[] = [];
	await new Promise<void>((resolve, reject) => {
		const parser = new RdfXmlParser();
		parser.on('data', (q) => found.push({ s: q.subject.value, p: q.predicate.value, o: q.object.value }));
		parser.on('error', reject);
		parser.on('end', resolve);
		parser.write(xml);
		parser.end();
	});
	return found;
}

const files = [
	{ name: 'projekt.csv', href: '/data/projekt.csv', mediaType: 'text/csv', what: 'En rad per projekt & "citat" <taggar>.' },
	{ name: 'projekt.json', href: '/data/projekt.json', mediaType: 'application/json', what: 'Alla projekt.' },
];

it('describes the catalogue, its dataset and every file with what DCAT-AP-SE requires', async () => {
	const config = { ...testConfig, name: 'Banken & co' };
	const t = await triples(dcatCatalogue(createBank([], config), files, new Date('2026-12-04T10:00:00Z')));
	const ofType = (type: string) => t.filter((x) => x.p === RDF_TYPE && x.o === type).map((x) => x.s);
	const values = (s: string, p: string) => t.filter((x) => x.s === s && x.p === p).map((x) => x.o);
	const [catalogue] = ofType(`${DCAT}Catalog`);
	const [dataset] = ofType(`${DCAT}Dataset`);
	const distributions = ofType(`${DCAT}Distribution`);
	expect(catalogue).toBe('https://test.example.se/data/katalog.rdf');
	// Mandatory for a catalogue: title, description, publisher (a named agent), dataset, licence.
	expect(values(catalogue!, `${DCT}title`)).toEqual(['Banken & co']);
	expect(values(catalogue!, `${DCT}description`)).toHaveLength(1);
	expect(values(catalogue!, `${DCAT}dataset`)).toEqual([dataset]);
	expect(values(catalogue!, `${DCT}license`)).toEqual([testConfig.dataLicence.url]);
	const [publisher] = values(catalogue!, `${DCT}publisher`);
	expect(values(publisher!, 'http://xmlns.com/foaf/0.1/name')).toEqual([testConfig.publisher]);
	// Mandatory for a dataset: title, description, publisher, contact point with a name and an e-mail address.
	expect(values(dataset!, `${DCT}title`)).toHaveLength(1);
	expect(values(dataset!, `${DCT}publisher`)).toEqual([publisher]);
	const [contact] = values(dataset!, `${DCAT}contactPoint`);
	expect(values(contact!, 'http://www.w3.org/2006/vcard/ns#hasEmail')).toEqual([`mailto:${testConfig.contact.email}`]);
	expect(values(dataset!, `${DCT}modified`)).toEqual(['2026-12-04']);
	// One distribution per file, each with its access and download address, media type and licence.
	expect(values(dataset!, `${DCAT}distribution`).sort()).toEqual(distributions.sort());
	expect(distributions.map((d) => values(d, `${DCAT}downloadURL`)[0]).sort()).toEqual([
		'https://test.example.se/data/projekt.csv',
		'https://test.example.se/data/projekt.json',
	]);
	for (const d of distributions) {
		expect(values(d, `${DCAT}accessURL`)).toEqual(['https://test.example.se/data/']);
		expect(values(d, `${DCT}license`)).toEqual([testConfig.dataLicence.url]);
		expect(values(d, `${DCAT}mediaType`)[0]).toMatch(/^https:\/\/www\.iana\.org\/assignments\/media-types\/(text\/csv|application\/json)$/);
	}
	// Text with XML's special characters arrives as written.
	expect(t.some((x) => x.o === 'En rad per projekt & "citat" <taggar>.')).toBe(true);
});
