/**
 * What changed between two versions of an entry, in Swedish words a reader can check against the
 * two versions: "Beviljat belopp: 1 000 000 kr → 1 200 000 kr". The versions are compared as the
 * validated data the build reads (entries/history.ts), never as text, so a reformatted file with
 * the same figures has no changes. Every field the schema knows is covered; one this module does
 * not describe in detail still says that it changed, by its label.
 */
import { priorityLabel } from '../domain/priorities.ts';
import type { ProjectData, ProjectEntry } from '../domain/project.ts';
import { describeFields } from '../schemas/fields.ts';
import { createProjectSchema } from '../schemas/project.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { decisionLabel, formatDate, formatKronor, formatPeriod, listAnd, projectStatusLabel } from '../format.ts';

/** Said for a value the version did not give. */
export const NOT_GIVEN = 'uppgift saknas';

type Decision = ProjectData['decisions'][number];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function decisionWords(d: Decision): string {
	const by = [d.body, d.reference].filter(Boolean).join(', ');
	return `${decisionLabel(d)}, ${d.date ? formatDate(d.date) : 'odaterat'}${by ? ` (${by})` : ''}`;
}

const ownerWords = (o: ProjectData['owner']) => o && (o.orgNumber ? `${o.name} (org.nr ${o.orgNumber})` : o.name);
const priorityWords = (p: ProjectData['priority']) => p && (p.sub ? `${priorityLabel(p)}, delprioritering ${p.sub}` : priorityLabel(p));
const sourceWords = (s: ProjectData['source']) => (s.passage ? `${s.document}, ${s.passage}` : s.document);

/** "Label: old → new" for a value that may be absent in either version. */
function scalar(label: string, before: string | undefined, after: string | undefined): string[] {
	return before === after ? [] : [`${label}: ${before ?? NOT_GIVEN} → ${after ?? NOT_GIVEN}`];
}

/** Names added to and removed from a list: "Kommuner: tillagd Umeå; borttagen Lycksele". */
function names(label: string, before: readonly string[], after: readonly string[]): string[] {
	const added = after.filter((n) => !before.includes(n));
	const removed = before.filter((n) => !after.includes(n));
	const parts = [
		...(added.length ? [`${added.length === 1 ? 'tillagd' : 'tillagda'} ${listAnd(added)}`] : []),
		...(removed.length ? [`${removed.length === 1 ? 'borttagen' : 'borttagna'} ${listAnd(removed)}`] : []),
	];
	return parts.length ? [`${label}: ${parts.join('; ')}`] : [];
}

/**
 * Rows matched by a name (a financier, a cost category, a corrected field): an amount changed, a
 * row added or removed. A name printed on two rows is matched row by row in order.
 */
function rows<T>(label: string, before: readonly T[], after: readonly T[], name: (row: T) => string, words: (row: T) => string): string[] {
	const lines: string[] = [];
	const occurrence = (list: readonly T[]) => {
		const seen = new Map<string, number>();
		return list.map((row) => {
			const n = (seen.get(name(row)) ?? 0) + 1;
			seen.set(name(row), n);
			return { id: `${name(row)}\0${n}`, row };
		});
	};
	const old = occurrence(before);
	const next = occurrence(after);
	const oldById = new Map(old.map((r) => [r.id, r.row]));
	const nextIds = new Set(next.map((r) => r.id));
	for (const { id, row } of next) {
		const was = oldById.get(id);
		if (was === undefined) lines.push(`${label}, ${name(row)}: ny rad, ${words(row)}`);
		else if (words(was) !== words(row)) lines.push(`${label}, ${name(row)}: ${words(was)} → ${words(row)}`);
	}
	for (const { id, row } of old) if (!nextIds.has(id)) lines.push(`${label}, ${name(row)}: raden borttagen (var ${words(row)})`);
	return lines;
}

function decisions(before: readonly Decision[], after: readonly Decision[]): string[] {
	const lines: string[] = [];
	for (let i = 0; i < Math.max(before.length, after.length); i++) {
		const was = before[i];
		const now = after[i];
		if (was && now) {
			if (same(was, now)) continue;
			const words =
				decisionWords(was) === decisionWords(now)
					? `${decisionWords(now)}: beslutets text ändrad`
					: `${decisionWords(was)} → ${decisionWords(now)}`;
			lines.push(`Beslut ${i + 1}: ${words}`);
		} else if (now) lines.push(`Nytt beslut: ${decisionWords(now)}`);
		else if (was) lines.push(`Beslut borttaget: ${decisionWords(was)}`);
	}
	return lines;
}

/** A list described by its length when any of it changed: "Aktiviteter: ändrade (4 → 5)". */
function listChanged(label: string, before: readonly unknown[], after: readonly unknown[]): string[] {
	return same(before, after) ? [] : [`${label}: ändrade (${before.length} → ${after.length})`];
}

const amount = (n: number | undefined) => (n === undefined ? undefined : formatKronor(n));

/** Every change from `before` to `after`, one line each, in the order of the page. Empty when the data is the same. */
export function describeChanges(before: ProjectEntry, after: ProjectEntry, labels?: FieldLabels): string[] {
	const a = before.data;
	const b = after.data;
	return [
		...scalar('Projektnamn', a.title, b.title),
		...scalar('Status', projectStatusLabel(a), projectStatusLabel(b)),
		...scalar('Beviljat belopp', amount(a.grantedAmount), amount(b.grantedAmount)),
		...scalar('Sökt belopp', amount(a.appliedAmount), amount(b.appliedAmount)),
		...scalar('Total projektbudget', amount(a.totalBudget), amount(b.totalBudget)),
		...scalar('Projektägare', ownerWords(a.owner), ownerWords(b.owner)),
		...scalar(
			'Projektperiod',
			a.period && formatPeriod(a.period.start, a.period.end),
			b.period && formatPeriod(b.period.start, b.period.end),
		),
		...scalar('Beslutande organ', a.decider, b.decider),
		...decisions(a.decisions, b.decisions),
		...scalar('Ärende-id', a.id, b.id),
		...scalar('Diarienummer', a.ref, b.ref),
		...scalar('Fond eller anslag', a.fund, b.fund),
		...scalar('Prioritering (RUS)', priorityWords(a.priority), priorityWords(b.priority)),
		...names('Kommuner', a.municipalities, b.municipalities),
		...names('Län', a.counties, b.counties),
		...scalar('Källans ord om området', a.locationNote, b.locationNote),
		...rows(
			'Finansiering',
			a.financing,
			b.financing,
			(r) => r.financier,
			(r) => `${formatKronor(r.amount)}${r.inKind ? ' (bidrag i annat än pengar)' : ''}`,
		),
		...rows(
			'Kostnad',
			a.costs,
			b.costs,
			(r) => r.category,
			(r) => formatKronor(r.amount),
		),
		...listChanged('Aktiviteter', a.activities, b.activities),
		...listChanged('Indikatorer', a.indicators, b.indicators),
		...names(
			'Agenda 2030-mål',
			a.agenda2030.map((g) => `mål ${g}`),
			b.agenda2030.map((g) => `mål ${g}`),
		),
		...scalar('Källa', sourceWords(a.source), sourceWords(b.source)),
		...rows(
			'Rättelse',
			a.corrections,
			b.corrections,
			(c) => c.field,
			(c) => `publicerat ${c.published}, rättat ${formatKronor(c.corrected)}`,
		),
		...(same(
			a.corrections.map((c) => c.note),
			b.corrections.map((c) => c.note),
		) || a.corrections.length !== b.corrections.length
			? []
			: ['Rättelsernas förklaring ändrad']),
		...(before.body === after.body ? [] : ['Sammanfattningen ändrad']),
		...otherFields(a, b, labels),
	];
}

/** Fields described above; any other field that changed is named, so that no change goes unsaid. */
const DESCRIBED = new Set<string>([
	'title',
	'status',
	'grantedAmount',
	'appliedAmount',
	'totalBudget',
	'owner',
	'period',
	'decider',
	'decisions',
	'id',
	'ref',
	'fund',
	'priority',
	'municipalities',
	'counties',
	'locationNote',
	'financing',
	'costs',
	'activities',
	'indicators',
	'agenda2030',
	'source',
	'corrections',
]);

/** The entry fields' Swedish labels by key, as the schema gives them ("workStatus" → "Arbetets status"). */
export type FieldLabels = ReadonlyMap<string, string>;

export function fieldLabels(config: SiteConfig): FieldLabels {
	return new Map(describeFields(createProjectSchema(config)).map((f) => [f.key, f.label]));
}

function otherFields(a: ProjectData, b: ProjectData, labels?: FieldLabels): string[] {
	const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !DESCRIBED.has(k));
	const changed = keys.filter((k) => !same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
	return changed.length ? [`Även ändrat: ${listAnd(changed.map((k) => labels?.get(k) ?? k))}`] : [];
}
