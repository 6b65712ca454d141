/**
 * /data/kvalitet/: what in the bank's entries looks like a fault of the export (domain/quality.ts),
 * per decider: a table of entry, what and where. The entries publish what their sources say; this
 * page says where that may not be what the source meant.
 */
import { qualityFieldLabels, qualityKindLabels, qualityWarnings, type QualityWarning } from '../domain/quality.ts';
import type { ProjectEntry } from '../domain/project.ts';
import { countProjects } from '../format.ts';
import { urls } from '../urls.ts';
import type { Bank } from './bank.ts';
import { loadBank } from './collection.ts';
import { cell, type TableModel } from './table.ts';

export interface DeciderQuality {
	decider: string;
	/** The section's id (its heading's). */
	id: string;
	href: string;
	/** Projects of the decider with at least one warning, and all its projects. */
	flagged: number;
	projects: number;
	table: TableModel | undefined;
}

const anchor = (decider: string) => `beslutande-${urls.decider(decider).split('/').at(-2)}`;

export function deciderQuality(decider: string, projects: readonly ProjectEntry[]): DeciderQuality {
	const found = projects.flatMap((entry) =>
		qualityWarnings(entry.data, entry.body).map((warning): [ProjectEntry, QualityWarning] => [entry, warning]),
	);
	return {
		decider,
		id: anchor(decider),
		href: urls.decider(decider),
		flagged: new Set(found.map(([entry]) => entry.key)).size,
		projects: projects.length,
		table: found.length
			? {
					caption: `Varningar om datakvalitet: ${decider}`,
					captionId: `${anchor(decider)}-tabell`,
					columns: [{ label: 'Projekt' }, { label: 'Vad' }, { label: 'Var' }, { label: 'Vad som hittades' }],
					rows: found.map(([entry, warning]) => ({
						cells: [
							cell(entry.data.title, { href: urls.project(entry.key) }),
							cell(qualityKindLabels[warning.kind]),
							cell(qualityFieldLabels[warning.field]),
							cell(warning.message),
						],
					})),
				}
			: undefined,
	};
}

export function model(bank: Bank) {
	const deciders = bank.config.deciders
		.map((d) =>
			deciderQuality(
				d.name,
				bank.projects.filter((p) => p.data.decider === d.name),
			),
		)
		.filter((d) => d.projects > 0);
	const flagged = deciders.reduce((n, d) => n + d.flagged, 0);
	return {
		deciders,
		kinds: Object.values(qualityKindLabels),
		summary:
			flagged === 0
				? `Inget av bankens ${countProjects(bank.projects.length)} har någon varning.`
				: `${countProjects(flagged)} av ${bank.projects.length} har minst en varning.`,
	};
}

export async function pageModel() {
	return model(await loadBank());
}
