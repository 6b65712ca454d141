/**
 * /data/: every file the bank publishes, what each row and field holds and in what unit, the
 * licence and when the data was built, in Swedish. The fields of the JSON come from the schema's
 * own descriptions (schemas/open-data.ts) and the columns of the CSV files from their definitions,
 * so the page describes what the files hold.
 */
import { openDataJsonSchema } from '../schemas/open-data.ts';
import { allMunicipalities } from '../domain/registry.ts';
import { urls } from '../urls.ts';
import { aggregateFiles } from './aggregates.ts';
import type { Bank } from './bank.ts';
import { loadBank } from './collection.ts';
import type { CsvColumn } from './csv.ts';
import { FEED_SIZE, hasFeed } from './feeds.ts';
import { financingColumns, projectColumns } from './open-data.ts';
import { roleColumn, sliceColumns } from './slices.ts';
import { datasetStructuredData } from './structured-data.ts';

export interface FieldDoc {
	/** "financing[].amount" */
	path: string;
	type: string;
	description: string;
	optional: boolean;
}

type JsonSchemaNode = { type?: string | string[]; description?: string; properties?: Record<string, JsonSchemaNode>; required?: string[]; items?: JsonSchemaNode; $ref?: string; enum?: unknown[]; anyOf?: JsonSchemaNode[]; pattern?: string; format?: string };

const typeNames: Record<string, string> = { string: 'text', integer: 'heltal', number: 'tal', boolean: 'true/false', object: 'objekt', array: 'lista' };

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

export interface FileDoc {
	name: string;
	href: string;
	format: string;
	what: string;
}

const columnDocs = (columns: readonly Pick<CsvColumn<never>, 'header' | 'description'>[]) => columns.map((c) => ({ header: c.header, description: c.description }));

export function model(bank: Bank, built: Date) {
	const schema = openDataJsonSchema(urls.absolute(urls.openDataSchema, bank.config.baseUrl)) as JsonSchemaNode & { $defs: Record<string, JsonSchemaNode> };
	const files: FileDoc[] = [
		{ name: 'projekt.json', href: urls.openDataJson, format: 'JSON', what: 'Alla projekt med alla uppgifter: en post per projekt med fälten nedan, och när filen byggdes och licensen.' },
		{ name: 'projekt.csv', href: urls.openDataCsv, format: 'CSV', what: 'En rad per projekt med alla enkla fält; listor (kommuner, beslut) i en cell. Aktiviteter, indikatorer, kostnader och sammanfattningen finns i JSON-filerna.' },
		{ name: 'finansiering.csv', href: urls.financingCsv, format: 'CSV', what: 'En rad per rad i projektens finansieringstabeller, med beloppet som publicerat och efter rättelse.' },
		{ name: 'schema.json', href: urls.openDataSchema, format: 'JSON Schema', what: 'JSON-filernas struktur (JSON Schema 2020-12), gjord ur samma schema som filerna byggs efter. Ett enskilt projekt följer $defs/projekt.' },
	];
	// A municipality with a feed: only places with a dated decision have one.
	const feedExample = allMunicipalities.find((m) => hasFeed(bank.byMunicipality.get(m.code) ?? []));
	return {
		built,
		licence: bank.config.dataLicence,
		projects: bank.projects.length,
		files,
		fields: fieldDocs(schema.$defs.projekt!),
		projectColumns: columnDocs(projectColumns),
		financingColumns: columnDocs(financingColumns),
		sliceColumns: columnDocs([...sliceColumns, roleColumn({ decided: [], owned: [], coFinanced: [] })]),
		aggregates: aggregateFiles(bank).map((a) => ({ name: `${a.name}.csv`, href: urls.aggregate(a.name), rows: a.rows, columns: columnDocs(a.columns) })),
		feedSize: FEED_SIZE,
		examples: {
			projectJson: urls.projectJson(bank.projects[0]?.key ?? '20372556'),
			sliceCsv: urls.projectsFile(urls.municipality({ name: 'Umeå' }), 'csv'),
			sliceJson: urls.projectsFile(urls.municipality({ name: 'Umeå' }), 'json'),
			feed: urls.feed(),
			municipalityFeed: feedExample && urls.feed(urls.municipality(feedExample)),
		},
		structuredData: datasetStructuredData(bank, files.map((f) => ({ name: f.name, path: f.href, format: f.format === 'CSV' ? 'text/csv' : 'application/json' })), built),
	};
}

export async function pageModel(built: Date) {
	return model(await loadBank(), built);
}
