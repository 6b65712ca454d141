/**
 * The whole bank as files: /data/projekt.json (the public contract, README "Open data", schema in
 * schemas/open-data.ts), one JSON file per project, /data/projekt.csv (one row per project) and
 * /data/finansiering.csv (one row per financing row), all from the same record, so every file
 * carries the same figures.
 */
import { decidedOn } from '../domain/decisions.ts';
import { correctedRowAmounts, isDeciderRow } from '../domain/financing.ts';
import { sortProjects } from '../domain/listing.ts';
import { isOrganisation } from '../domain/organisation-names.ts';
import { orgId } from '../domain/org-id.ts';
import { countiesOf, municipalitiesOf, worksAcrossCounty } from '../domain/places.ts';
import type { ProjectEntry } from '../domain/project.ts';
import { workStateOf } from '../domain/work-status.ts';
import { decisionLabel, projectStatusLabel, workStateLabel } from '../format.ts';
import type { OpenDataFile, OpenDataProject } from '../schemas/open-data.ts';
import { urls } from '../urls.ts';
import type { Bank } from './bank.ts';
import { buildDate } from './build-time.ts';
import { loadBank } from './collection.ts';
import { joined, toCsv, type CsvColumn } from './csv.ts';

/**
 * The open-data record: every validated field, the page URL, places with their official codes
 * (every county the project works in, `countyLevel` where the source names the county rather than
 * municipalities), each financing row's amount as corrected beside the published one, so that
 * summing `correctedAmount` gives the totals the site shows, and, where the source does not state
 * how the work stands, the status its period gives on `today` (the build date), named as derived.
 */
export function openDataRecord(entry: ProjectEntry, baseUrl: string, today = buildDate): OpenDataProject {
	const { data } = entry;
	const corrected = correctedRowAmounts(data);
	const work = workStateOf(data, today);
	return {
		key: entry.key,
		url: urls.absolute(urls.project(entry.key), baseUrl),
		...data,
		region: data.decider,
		...(data.owner ? { owner: { ...data.owner, ...(data.owner.orgNumber ? { orgId: orgId(data.owner.orgNumber) } : {}) } } : {}),
		financing: data.financing.map((row, i) => ({ ...row, correctedAmount: corrected[i]! })),
		municipalities: municipalitiesOf(data).map((m) => ({ name: m.name, code: m.code })),
		counties: countiesOf(data).map((c) => ({ name: c.name, code: c.code, countyLevel: worksAcrossCounty(data, c) })),
		...(work?.basis === 'period' ? { derivedWorkStatus: work.status } : {}),
		summary: entry.body,
	};
}

export type OpenDataRecord = OpenDataProject;

const recordsOf = new WeakMap<Bank, OpenDataRecord[]>();

/** Every project's record, in the order of the files (by title), made once per build. */
export function openDataRecords(bank: Bank): OpenDataRecord[] {
	if (!recordsOf.has(bank))
		recordsOf.set(
			bank,
			sortProjects(bank.projects, { key: 'title', direction: 'asc' }).map((p) => openDataRecord(p, bank.config.baseUrl)),
		);
	return recordsOf.get(bank)!;
}

export function projectsFile(bank: Bank, generated: Date): OpenDataFile {
	return { generated: generated.toISOString(), licence: bank.config.dataLicence, projects: openDataRecords(bank) };
}

/** The file as published: compact, so that a bank of 10,000 projects stays a download and not a burden. */
export async function projectsJson(generated: Date): Promise<string> {
	return JSON.stringify(projectsFile(await loadBank(), generated));
}

/** A decision in one line: "2020-03-24 Beslut om stöd (Regionala utvecklingsnämnden, § 36)". */
function decisionLine(d: OpenDataRecord['decisions'][number]): string {
	const by = [d.body, d.reference].filter(Boolean).join(', ');
	return [d.date ?? 'utan datum', decisionLabel(d), ...(by ? [`(${by})`] : [])].join(' ');
}

/** The columns of /data/projekt.csv: every scalar field of the record, lists joined in one cell. */
export const projectColumns: readonly CsvColumn<OpenDataRecord>[] = [
	{
		header: 'Nyckel',
		description: 'Projektets nyckel i adressen: ärende-id:t, eller postens filnamn när källan saknar det (key).',
		value: (r) => r.key,
	},
	{ header: 'Adress', description: 'Projektsidans adress (url).', value: (r) => r.url },
	{ header: 'Ärende-id', description: 'Ärende-id (NYPS-id), 8 siffror (id).', value: (r) => r.id },
	{ header: 'Diarienummer', description: 'Diarienummer som i källan (ref).', value: (r) => r.ref },
	{ header: 'Projektnamn', description: 'Projektets namn som i källan (title).', value: (r) => r.title },
	{
		header: 'Beslutande organ',
		description: 'Regionen, myndigheten eller programmet som beslutar om stödet (decider).',
		value: (r) => r.decider,
	},
	{ header: 'Projektägare', description: 'Projektägaren som i källan (owner.name).', value: (r) => r.owner?.name },
	{ header: 'Organisationsnummer', description: 'Projektägarens organisationsnummer (owner.orgNumber).', value: (r) => r.owner?.orgNumber },
	{
		header: 'Organisations-id',
		description:
			'Samma nummer som organisations-id i org-id-formen SE-BLV-<tio siffror>, som 360Giving och andra standarder använder (owner.orgId).',
		value: (r) => r.owner?.orgId,
	},
	{
		header: 'Status',
		description: 'Beviljat, Avslaget, Ansökt eller Föreslås beviljas/avslag: vad det senaste beslutet säger.',
		value: (r) => projectStatusLabel(r),
	},
	{ header: 'Statuskod', description: 'Samma status som kod: granted, rejected, applied eller proposed (status).', value: (r) => r.status },
	{
		header: 'Beslutsdatum',
		description: 'Datum för beslutet om stöd eller avslag, så exakt som källan anger det (tomt om inte avgjort eller odaterat).',
		value: (r) => decidedOn(r),
	},
	{
		header: 'Beslut',
		description: 'Alla beslut, ett per rad, det äldsta först: datum, vad som beslutades, beslutande organ och paragraf (decisions).',
		value: (r) => r.decisions.map(decisionLine).join('\n') || undefined,
	},
	{
		header: 'Projektstart',
		description: 'Projektperiodens första dag, så exakt som källan anger den (period.start).',
		value: (r) => r.period?.start,
	},
	{
		header: 'Projektslut',
		description: 'Projektperiodens sista dag, så exakt som källan anger den (period.end).',
		value: (r) => r.period?.end,
	},
	{ header: 'Fond eller anslag', description: 'Fonden eller anslaget pengarna kommer från (fund).', value: (r) => r.fund },
	{
		header: 'Prioritering, nummer',
		description: 'Det prioriterade områdets nummer i det beslutande organets strategi (priority.code).',
		value: (r) => r.priority?.code,
	},
	{ header: 'Prioritering', description: 'Det prioriterade området (priority.name).', value: (r) => r.priority?.name },
	{ header: 'Delprioritering', description: 'Delområdet (priority.sub).', value: (r) => r.priority?.sub },
	{
		header: 'Kommuner',
		description: 'Kommunerna som källan namnger, åtskilda av semikolon (municipalities).',
		value: (r) => joined(r.municipalities.map((m) => m.name)),
	},
	{
		header: 'Kommunkoder',
		description: 'Deras officiella kommunkoder, i samma ordning.',
		value: (r) => joined(r.municipalities.map((m) => m.code)),
	},
	{ header: 'Län', description: 'Alla län projektet verkar i (counties).', value: (r) => joined(r.counties.map((c) => c.name)) },
	{
		header: 'Län utan namngivna kommuner',
		description: 'Län som källan anger som område utan att namnge kommuner där: projektet räknas inte till någon av länets kommuner.',
		value: (r) => joined(r.counties.filter((c) => c.countyLevel).map((c) => c.name)),
	},
	{ header: 'Områdesbeskrivning', description: 'Källans egna ord om området (locationNote).', value: (r) => r.locationNote },
	{
		header: 'Beviljat belopp (kr)',
		description: 'Beviljat belopp som publicerat, hela kronor (grantedAmount).',
		value: (r) => r.grantedAmount,
	},
	{
		header: 'Sökt belopp (kr)',
		description: 'Sökt belopp som publicerat, hela kronor; inte beviljade pengar (appliedAmount).',
		value: (r) => r.appliedAmount,
	},
	{
		header: 'Total projektbudget (kr)',
		description: 'Hela projektets budget, alla finansiärer, som publicerad (totalBudget).',
		value: (r) => r.totalBudget,
	},
	{
		header: 'Beviljat belopp (euro)',
		description:
			'Beviljat belopp i euro som källan anger det, hela euro (grantedAmountEur); aldrig omräknat och aldrig lagt till kronorna.',
		value: (r) => r.grantedAmountEur,
	},
	{
		header: 'Insatsområde (EU-program)',
		description: 'EU-programmets insatsområde som i källan (priorityAxis).',
		value: (r) => r.priorityAxis,
	},
	{ header: 'Tematiskt mål (EU)', description: 'EU:s tematiska mål som i källan (thematicObjective).', value: (r) => r.thematicObjective },
	{
		header: 'Programområde',
		description: 'Programområdet som i källan, t.ex. Övre Norrland (programmeArea).',
		value: (r) => r.programmeArea,
	},
	{
		header: 'Stavningar i källan',
		description: 'Ortnamn som källan stavar annorlunda, ett per rad: som i källan → officiellt namn (spellings).',
		value: (r) => r.spellings.map((s) => `${s.published} → ${s.name}`).join('\n') || undefined,
	},
	{ header: 'Agenda 2030-mål', description: 'FN:s globala mål som källan nämner (agenda2030).', value: (r) => joined(r.agenda2030) },
	{ header: 'Källdokument', description: 'Dokumentet uppgifterna kommer från (source.document).', value: (r) => r.source.document },
	{ header: 'Avsnitt', description: 'Avsnittet i dokumentet (source.passage).', value: (r) => r.source.passage },
	{
		header: 'Rättelser',
		description:
			'Siffror som källan har fel, en per rad: sökväg, tryckt värde, rättat värde och förklaring (corrections). Beloppen ovan är som publicerade.',
		value: (r) => r.corrections.map((c) => `${c.field}: tryckt ${c.published}, rättat ${c.corrected}. ${c.note}`).join('\n') || undefined,
	},
	{
		header: 'Utbetalt (kr)',
		description:
			'Utbetalt belopp enligt källan, hela kronor, per datumet i nästa kolumn (paidAmount). Ingår inte i beviljat belopp: lägg inte ihop dem.',
		value: (r) => r.paidAmount,
	},
	{
		header: 'Utbetalt per',
		description: 'Datum då det utbetalda beloppet gällde enligt källan, så exakt som källan anger det (paidDate).',
		value: (r) => r.paidDate,
	},
	{
		header: 'Arbetets status',
		description:
			'Hur arbetet står, skilt från beslutet: Pågående, Avslutat, Avbrutet eller Återkallat som källan anger det; annars för beviljade projekt "Avslutat enligt projektperioden" eller "Pågående enligt projektperioden", härlett ur perioden och byggdagen; tomt där inget av dem går att säga.',
		value: (r) =>
			r.workStatus
				? workStateLabel({ status: r.workStatus, basis: 'source' })
				: r.derivedWorkStatus
					? workStateLabel({ status: r.derivedWorkStatus, basis: 'period' })
					: undefined,
	},
	{
		header: 'Arbetets status enligt källan',
		description: 'Samma status som kod, bara där källan anger den: ongoing, closed, terminated eller withdrawn (workStatus).',
		value: (r) => r.workStatus,
	},
	{
		header: 'Arbetets status per',
		description: 'Datum då arbetets status gällde enligt källan (workStatusDate).',
		value: (r) => r.workStatusDate,
	},
	{
		header: 'Härledd arbetsstatus',
		description:
			'Där källan inte anger arbetets status: closed eller ongoing enligt ett beviljat projekts period och byggdagen (derivedWorkStatus). Inte källans uppgift.',
		value: (r) => r.derivedWorkStatus,
	},
];

/** One row of a project's financing table, with the project it belongs to. */
export interface FinancingCsvRow {
	record: OpenDataRecord;
	/** 1 for the first row of the table. */
	row: number;
	financing: OpenDataRecord['financing'][number];
	/** The organisation behind the printed name; undefined for categories such as "Deltagande företag". */
	organisation: string | undefined;
}

export const financingColumns: readonly CsvColumn<FinancingCsvRow>[] = [
	{ header: 'Nyckel', description: 'Projektets nyckel, som i projekt.csv.', value: (r) => r.record.key },
	{ header: 'Ärende-id', description: 'Projektets ärende-id.', value: (r) => r.record.id },
	{ header: 'Projektnamn', description: 'Projektets namn.', value: (r) => r.record.title },
	{
		header: 'Statuskod',
		description: 'Projektets status: bara rader i projekt med granted är beviljade pengar; i övriga är de planerade.',
		value: (r) => r.record.status,
	},
	{ header: 'Rad', description: 'Radens nummer i projektets finansieringstabell, från 1.', value: (r) => r.row },
	{ header: 'Finansiär', description: 'Finansiären som i källans tabell.', value: (r) => r.financing.financier },
	{
		header: 'Organisation',
		description: 'Organisationen bakom namnet, som på organisationssidorna; tomt för kategorier som "Deltagande företag".',
		value: (r) => r.organisation,
	},
	{ header: 'Belopp som publicerat (kr)', description: 'Beloppet som det står i källan, hela kronor.', value: (r) => r.financing.amount },
	{
		header: 'Belopp efter rättelse (kr)',
		description:
			'Beloppet efter postens rättelser; lika med det publicerade där ingen rättelse finns. Summan per projekt är den totala budgeten.',
		value: (r) => r.financing.correctedAmount,
	},
	{
		header: 'Bidrag i annat än pengar',
		description: 'ja för bidrag i annat än pengar (till exempel arbetstid).',
		value: (r) => r.financing.inKind,
	},
	{
		header: 'Beslutande organets rad',
		description: 'ja för det beslutande organets egna rader.',
		value: (r) => isDeciderRow(r.financing, r.record.decider),
	},
];

export function financingRows(bank: Bank): FinancingCsvRow[] {
	return openDataRecords(bank).flatMap((record) =>
		record.financing.map((financing, i) => ({
			record,
			row: i + 1,
			financing,
			organisation: isOrganisation(financing.financier, bank.config) ? bank.displayNames.get(financing.financier) : undefined,
		})),
	);
}

export async function projectsCsv(): Promise<string> {
	return toCsv(projectColumns, openDataRecords(await loadBank()));
}

export async function financingCsv(): Promise<string> {
	return toCsv(financingColumns, financingRows(await loadBank()));
}
