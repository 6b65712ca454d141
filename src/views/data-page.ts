/**
 * /data/: every file the bank publishes, what each row and field holds and in what unit, the
 * licence and when the data was built, in either language (the words from i18n/, `openData`). The fields of the JSON come from the schema's
 * own descriptions (schemas/open-data.ts) and the columns of the CSV files from their definitions,
 * so the page describes what the files hold.
 */
import { formats } from '../format.ts';
import { messages, type Localised, type Messages } from '../i18n/locale.ts';
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
	/** 'sv' where an English page has only the schema's Swedish words for the field. */
	lang?: 'sv';
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

function typeOf(node: JsonSchemaNode, m: Messages['openData']): string {
	if (node.enum) return node.enum.map((v) => String(v)).join(' | ');
	if (node.anyOf) return node.anyOf.map((n) => typeOf(n, m)).join(m.or);
	const type = Array.isArray(node.type) ? node.type.join(' | ') : (node.type ?? '');
	if (type === 'array' && node.items) return m.listOf(typeOf(node.items, m));
	return m.types[type] ?? type;
}

/** Every field of a project record, nested fields by their path, in the order of the schema. */
export function fieldDocs(schema: JsonSchemaNode, prefix = '', m: Messages['openData'] = messages('sv').openData): FieldDoc[] {
	return Object.entries(schema.properties ?? {}).flatMap(([name, node]) => {
		const path = `${prefix}${name}`;
		const nested = node.type === 'array' ? node.items : node;
		const own = {
			path,
			type: typeOf(node, m),
			description: node.description ?? '',
			optional: !(schema.required ?? []).includes(name),
		};
		return [own, ...(nested?.properties ? fieldDocs(nested, `${path}${node.type === 'array' ? '[].' : '.'}`, m) : [])];
	});
}

const localisedSv = () => ({ m: messages('sv'), f: formats('sv') });

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
export function openDataFiles(bank: Bank, built: Date, l: Pick<Localised, 'm' | 'f'> = localisedSv()): FileDoc[] {
	const giving = threeSixtyGivingExport(bank, built);
	const w = l.m.openData.files;
	const leftOut = giving.leftOut
		.map((o) => `${l.m.stats.projects(l.f.number(o.projects), o.projects)} ${w.leftOutReasons[o.reason]}`)
		.join('; ');
	return [
		fileDoc('projekt.json', urls.openDataJson, 'application/json', w.projectsJson),
		fileDoc('projekt.csv', urls.openDataCsv, 'text/csv', w.projectsCsv),
		fileDoc('finansiering.csv', urls.financingCsv, 'text/csv', w.financingCsv),
		fileDoc('schema.json', urls.openDataSchema, 'application/schema+json', w.schema),
		...(giving.package
			? [
					fileDoc(
						'360giving.json',
						urls.threeSixtyGiving,
						'application/json',
						w.threeSixtyGiving(THREESIXTY_GIVING_VERSION, l.m.stats.projects(l.f.number(giving.grants), giving.grants), leftOut),
					),
				]
			: []),
		fileDoc('katalog.rdf', urls.dcatCatalogue, 'application/rdf+xml', w.catalogue),
	];
}

/** The settings' table of spellings the import writes otherwise (site.ts importSpellings), as the /data/ page lists it. */
export function importSpellings(
	config: Bank['config'],
	m: Messages['openData'] = messages('sv').openData,
): { kind: string; published: string; name: string }[] {
	const { municipalities, counties } = config.importSpellings;
	const t = m.spellingTable;
	return [
		...Object.entries(municipalities).map(([published, name]) => ({ kind: t.municipality, published, name })),
		...Object.entries(counties).map(([published, name]) => ({ kind: t.county, published, name })),
	];
}

function spellingTable(spellings: ReturnType<typeof importSpellings>, m: Messages['openData']): TableModel | undefined {
	if (spellings.length === 0) return undefined;
	const t = m.spellingTable;
	return {
		caption: t.caption,
		captionId: 'stavningar-caption',
		columns: [{ label: t.published }, { label: t.official }, { label: t.kind }],
		rows: spellings.map((s) => ({ cells: [cell(s.published), cell(s.name), cell(s.kind)] })),
	};
}

/**
 * A column's header as the file has it (the data's own name) and what it holds in the page's language,
 * translated by its Swedish words (i18n/en-data.ts): Swedish where the English words lack them, said so by `lang`.
 */
const columnDocs = (columns: readonly Pick<CsvColumn<never>, 'header' | 'description'>[], l: Localised) =>
	columns.map((c) => {
		const own = l.m.openData.descriptions[c.description];
		return { header: c.header, description: own ?? c.description, ...(own || l.locale === 'sv' ? {} : { lang: 'sv' as const }) };
	});

export function model(bank: Bank, built: Date, l: Localised) {
	const m = l.m.openData;
	const schema = openDataJsonSchema(urls.absolute(urls.openDataSchema, bank.config.baseUrl)) as JsonSchemaNode & {
		$defs: Record<string, JsonSchemaNode>;
	};
	const files = openDataFiles(bank, built, l);
	// A municipality with a feed: only places with a dated decision have one.
	const feedExample = allMunicipalities.find((m) => hasFeed(bank.byMunicipality.get(m.code) ?? [], sourceDates(bank)));
	return {
		built,
		licence: bank.config.dataLicence,
		projects: bank.projects.length,
		files,
		fields: fieldDocs(schema.$defs.projekt!, '', m).map((f) => {
			const own = m.descriptions[f.description];
			return own ? { ...f, description: own } : l.locale === 'sv' || !f.description ? f : { ...f, lang: 'sv' as const };
		}),
		projectColumns: columnDocs(projectColumns, l),
		financingColumns: columnDocs(financingColumns, l),
		sliceColumns: columnDocs([...sliceColumns, roleColumn({ decided: [], owned: [], coFinanced: [] })], l),
		aggregates: aggregateFiles(bank).map((a) => ({
			name: `${a.name}.csv`,
			href: urls.aggregate(a.name),
			rows: m.descriptions[a.rows] ?? a.rows,
			...(l.locale !== 'sv' && !m.descriptions[a.rows] ? { lang: 'sv' as const } : {}),
			columns: columnDocs(a.columns, l),
		})),
		feedSize: FEED_SIZE,
		qualityHref: urls.dataQuality,
		spellingTable: spellingTable(importSpellings(bank.config, m), m),
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

export async function pageModel(built: Date, l: Localised) {
	return model(await loadBank(), built, l);
}
