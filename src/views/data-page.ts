/**
 * /data/: every file the bank publishes, what each row and field holds and in what unit, the
 * licence and when the data was built, in Swedish. The fields of the JSON come from the schema's
 * own descriptions (schemas/open-data.ts) and the columns of the CSV files from their definitions,
 * so the page describes what the files hold.
 */
import { countProjects } from '../format.ts';
import { openDataJsonSchema } from '../schemas/open-data.ts';
import { allMunicipalities } from '../domain/registry.ts';
import { urls } from '../urls.ts';
import { aggregateFiles } from './aggregates.ts';
import { sourceDates, type Bank } from './bank.ts';
import { loadBank } from './collection.ts';
import type { CsvColumn } from './csv.ts';
import { FEED_SIZE, hasFeed } from './feeds.ts';
import { financingColumns, projectColumns } from './open-data.ts';
import { roleColumn, sliceColumns } from './slices.ts';
import type { Distribution } from './dcat.ts';
import { datasetStructuredData } from './structured-data.ts';
import { cell, type TableModel } from './table.ts';
import { threeSixtyGivingExport, THREESIXTY_GIVING_VERSION } from './threesixty-giving.ts';

export interface FieldDoc {
	/** "financing[].amount" */
	path: string;
	type: string;
	description: string;
	optional: boolean;
}

type JsonSchemaNode = {
	type?: string | string[];
	description?: string;
	properties?: Record<string, JsonSchemaNode>;
	required?: string[];
	items?: JsonSchemaNode;
	$ref?: string;
	enum?: unknown[];
	anyOf?: JsonSchemaNode[];
	pattern?: string;
	format?: string;
};

const typeNames: Record<string, string> = {
	string: 'text',
	integer: 'heltal',
	number: 'tal',
	boolean: 'true/false',
	object: 'objekt',
	array: 'lista',
};

function typeOf(node: JsonSchemaNode): string {
	if (node.enum) return node.enum.map((v) => String(v)).join(' | ');
	if (node.anyOf) return node.anyOf.map(typeOf).join(' eller ');
	const type = Array.isArray(node.type) ? node.type.join(' | ') : (node.type ?? '');
	if (type === 'array' && node.items) return `lista av ${typeOf(node.items)}`;
	return typeNames[type] ?? type;
}

/** Every field of a project record, nested fields by their path, in the order of the schema. */
export function fieldDocs(schema: JsonSchemaNode, prefix = ''): FieldDoc[] {
	return Object.entries(schema.properties ?? {}).flatMap(([name, node]) => {
		const path = `${prefix}${name}`;
		const nested = node.type === 'array' ? node.items : node;
		const own = { path, type: typeOf(node), description: node.description ?? '', optional: !(schema.required ?? []).includes(name) };
		return [own, ...(nested?.properties ? fieldDocs(nested, `${path}${node.type === 'array' ? '[].' : '.'}`) : [])];
	});
}

export interface FileDoc extends Distribution {
	/** The format's name for readers: "CSV". */
	format: string;
}

const formatNames: Record<string, string> = {
	'application/json': 'JSON',
	'text/csv': 'CSV',
	'application/schema+json': 'JSON Schema',
	'application/rdf+xml': 'RDF/XML',
};

function fileDoc(name: string, href: string, mediaType: string, what: string): FileDoc {
	return { name, href, mediaType, format: formatNames[mediaType] ?? mediaType, what };
}

/** The files of the dataset: what the /data/ page lists and the DCAT catalogue describes. */
export function openDataFiles(bank: Bank, built: Date): FileDoc[] {
	const giving = threeSixtyGivingExport(bank, built);
	const leftOut = giving.leftOut.map((l) => `${countProjects(l.projects)} ${l.text}`).join('; ');
	return [
		fileDoc(
			'projekt.json',
			urls.openDataJson,
			'application/json',
			'Alla projekt med alla uppgifter: en post per projekt med fälten nedan, och när filen byggdes och licensen.',
		),
		fileDoc(
			'projekt.csv',
			urls.openDataCsv,
			'text/csv',
			'En rad per projekt med alla enkla fält; listor (kommuner, beslut) i en cell. Aktiviteter, indikatorer, kostnader och sammanfattningen finns i JSON-filerna.',
		),
		fileDoc(
			'finansiering.csv',
			urls.financingCsv,
			'text/csv',
			'En rad per rad i projektens finansieringstabeller, med beloppet som publicerat och efter rättelse.',
		),
		fileDoc(
			'schema.json',
			urls.openDataSchema,
			'application/schema+json',
			'JSON-filernas struktur (JSON Schema 2020-12), gjord ur samma schema som filerna byggs efter. Ett enskilt projekt följer $defs/projekt.',
		),
		...(giving.package
			? [
					fileDoc(
						'360giving.json',
						urls.threeSixtyGiving,
						'application/json',
						`De beviljade projekten som bidrag enligt 360Giving Data Standard ${THREESIXTY_GIVING_VERSION}, för bidragsportaler som GrantNav: ${countProjects(giving.grants)}. Standarden kräver belopp, stödmottagare och beslutsdag, så ${leftOut ? `de här finns inte med: ${leftOut}` : 'inget projekt saknas'}. Organisationer med känt organisationsnummer har id:t SE-BLV-<organisationsnummer>.`,
					),
				]
			: []),
		fileDoc(
			'katalog.rdf',
			urls.dcatCatalogue,
			'application/rdf+xml',
			'Beskrivningen av filerna ovan enligt DCAT-AP-SE, för dataportaler som Sveriges dataportal: utgivare, kontakt, licens, format och senaste uppdatering.',
		),
	];
}

/** The settings' table of spellings the import writes otherwise (site.ts importSpellings), as the /data/ page lists it. */
export function importSpellings(config: Bank['config']): { kind: string; published: string; name: string }[] {
	const { municipalities, counties } = config.importSpellings;
	return [
		...Object.entries(municipalities).map(([published, name]) => ({ kind: 'Kommun', published, name })),
		...Object.entries(counties).map(([published, name]) => ({ kind: 'Län', published, name })),
	];
}

function spellingTable(spellings: ReturnType<typeof importSpellings>): TableModel | undefined {
	if (spellings.length === 0) return undefined;
	return {
		caption: 'Stavningar i exporter som skrivs om vid import',
		captionId: 'stavningar-caption',
		columns: [{ label: 'Som i exporten' }, { label: 'Officiellt namn' }, { label: 'Slag' }],
		rows: spellings.map((s) => ({ cells: [cell(s.published), cell(s.name), cell(s.kind)] })),
	};
}

const columnDocs = (columns: readonly Pick<CsvColumn<never>, 'header' | 'description'>[]) =>
	columns.map((c) => ({ header: c.header, description: c.description }));

export function model(bank: Bank, built: Date) {
	const schema = openDataJsonSchema(urls.absolute(urls.openDataSchema, bank.config.baseUrl)) as JsonSchemaNode & {
		$defs: Record<string, JsonSchemaNode>;
	};
	const files = openDataFiles(bank, built);
	// A municipality with a feed: only places with a dated decision have one.
	const feedExample = allMunicipalities.find((m) => hasFeed(bank.byMunicipality.get(m.code) ?? [], sourceDates(bank)));
	return {
		built,
		licence: bank.config.dataLicence,
		projects: bank.projects.length,
		files,
		fields: fieldDocs(schema.$defs.projekt!),
		projectColumns: columnDocs(projectColumns),
		financingColumns: columnDocs(financingColumns),
		sliceColumns: columnDocs([...sliceColumns, roleColumn({ decided: [], owned: [], coFinanced: [] })]),
		aggregates: aggregateFiles(bank).map((a) => ({
			name: `${a.name}.csv`,
			href: urls.aggregate(a.name),
			rows: a.rows,
			columns: columnDocs(a.columns),
		})),
		feedSize: FEED_SIZE,
		qualityHref: urls.dataQuality,
		spellingTable: spellingTable(importSpellings(bank.config)),
		examples: {
			projectJson: urls.projectJson(bank.projects[0]?.key ?? '20372556'),
			sliceCsv: urls.projectsFile(urls.municipality({ name: 'Umeå' }), 'csv'),
			sliceJson: urls.projectsFile(urls.municipality({ name: 'Umeå' }), 'json'),
			feed: urls.feed(),
			municipalityFeed: feedExample && urls.feed(urls.municipality(feedExample)),
		},
		structuredData: datasetStructuredData(
			bank,
			files.map((f) => ({ name: f.name, path: f.href, format: f.mediaType })),
			built,
		),
	};
}

export async function pageModel(built: Date) {
	return model(await loadBank(), built);
}
