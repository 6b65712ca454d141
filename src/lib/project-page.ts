/**
 * Everything a project page shows, prepared as display-ready values (sv-SE formatted) so the
 * components stay dumb and the figures can be unit-tested.
 */
import { countyPath, fundPath, municipalityPath, organisationPath, priorityLabel, priorityPath, regionPath, type OrganisationAliases } from './facets.ts';
import { decisionKindLabels, formatDate, formatKronor, indicatorKindLabels, statusLabels } from './format.ts';
import {
	activityLines,
	financingLines,
	headlineAmount,
	latestDecisionDate,
	municipalitiesOf,
	projectCounties,
	sumOf,
	type ProjectEntry,
} from './projects.ts';

export interface Fact {
	term: string;
	value: string;
	/** Where the value leads: the organisation, region, fund or priority page. */
	href?: string | undefined;
}

export function keyFacts(entry: ProjectEntry, aliases: OrganisationAliases = {}): Fact[] {
	const p = entry.data;
	const facts: Fact[] = [];
	const add = (term: string, value: string | undefined, href?: string) => value && facts.push({ term, value, href });
	add('Ärende-id', p.id ?? 'Saknas i källan');
	add('Diarienummer', p.ref);
	add(
		'Projektägare',
		p.owner ? (p.owner.orgNumber ? `${p.owner.name} (org.nr ${p.owner.orgNumber})` : p.owner.name) : 'Anges inte i källan',
		p.owner ? organisationPath(p.owner.name, aliases) : undefined,
	);
	add('Beslutande region', p.region, regionPath(p.region));
	add('Status', statusLabels[p.status]);
	add('Beviljat belopp', p.grantedAmount !== undefined ? formatKronor(p.grantedAmount) : undefined);
	add('Sökt belopp', p.appliedAmount !== undefined ? formatKronor(p.appliedAmount) : undefined);
	add('Total projektbudget', p.totalBudget !== undefined ? formatKronor(p.totalBudget) : undefined);
	add('Projektperiod', p.period ? `${formatDate(p.period.start)} – ${formatDate(p.period.end)}` : 'Anges inte i källan');
	const latest = latestDecisionDate(p);
	add('Senaste beslut', latest ? formatDate(latest) : undefined);
	add('Fond eller anslag', p.fund, p.fund ? fundPath(p.fund) : undefined);
	if (p.priority) {
		const name = priorityLabel(p.priority);
		add('Prioritering (RUS)', p.priority.sub ? `${name}, delprioritering ${p.priority.sub}` : name, priorityPath(p.region, p.priority));
	}
	add('Agenda 2030-mål', p.agenda2030.length ? p.agenda2030.map((g) => `mål ${g}`).join(', ') : undefined);
	return facts;
}

export function headline(entry: ProjectEntry): string | undefined {
	const h = headlineAmount(entry.data);
	return h && `${h.label}: ${formatKronor(h.amount)}`;
}

/** Where the project works (never the owner's address): municipalities and derived counties. */
export function places(entry: ProjectEntry) {
	return {
		municipalities: municipalitiesOf(entry.data).map((m) => ({ name: m.name, href: municipalityPath(m.name) })),
		counties: projectCounties(entry.data).map((c) => ({ name: c.name, href: countyPath(c) })),
		note: entry.data.locationNote,
	};
}

export function financingTable(entry: ProjectEntry, aliases: OrganisationAliases = {}) {
	const lines = financingLines(entry.data).map((line) => ({ ...line, href: organisationPath(line.financier, aliases) }));
	return {
		lines,
		sum: sumOf(lines.map((l) => l.amount)),
		totalBudget: entry.data.totalBudget,
		hasCorrections: lines.some((l) => l.corrected !== undefined),
	};
}

export function costTable(entry: ProjectEntry) {
	return { rows: entry.data.costs, sum: sumOf(entry.data.costs.map((c) => c.amount)) };
}

export function activityTable(entry: ProjectEntry) {
	return activityLines(entry.data);
}

export function indicatorRows(entry: ProjectEntry) {
	return entry.data.indicators.map((i) => ({ ...i, kindLabel: indicatorKindLabels[i.kind] }));
}

export function decisionHistory(entry: ProjectEntry) {
	return entry.data.decisions.map((d) => ({
		date: d.date ? formatDate(d.date) : undefined,
		isoDate: d.date,
		kindLabel: decisionKindLabels[d.kind],
		body: d.body,
		reference: d.reference,
		summary: d.summary,
	}));
}

/** Corrections with a readable label for the corrected field. */
export function corrections(entry: ProjectEntry) {
	return entry.data.corrections.map((c, index) => {
		const row = /^financing\[(\d+)\]\.amount$/.exec(c.field);
		const financier = row ? entry.data.financing[Number(row[1])]?.financier : undefined;
		return {
			anchor: `rattelse-${index + 1}`,
			label: financier ? `Finansiering, ${financier}` : c.field,
			published: String(c.published),
			corrected: formatKronor(c.corrected),
			note: c.note,
		};
	});
}
