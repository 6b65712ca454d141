/**
 * The financing table as published, and what the figures are after the source's own errors are
 * corrected. The entry keeps every printed figure; a correction says what it must be.
 */
import type { ProjectData } from './project.ts';

type Correction = ProjectData['corrections'][number];

/** Reads a numeric figure by its path ("financing[5].amount"); undefined if there is none. */
export function figureAt(data: unknown, path: string): number | undefined {
	const keys = path.match(/[^.[\]]+/g) ?? [];
	let value: unknown = data;
	for (const key of keys) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<string, unknown>)[key];
	}
	return typeof value === 'number' ? value : undefined;
}

/** The path of a financing row's amount, as corrections name it. */
export function financingAmountPath(index: number): string {
	return `financing[${index}].amount`;
}

/** Whether a financing row is the deciding region's own ("Region Norrbotten (1:1)" for Region Norrbotten). */
export function isDeciderRow(row: { financier: string }, region: string): boolean {
	return row.financier.toLocaleLowerCase('sv').startsWith(region.toLocaleLowerCase('sv'));
}

export function deciderRows<T extends { financier: string }>(rows: readonly T[], region: string): T[] {
	return rows.filter((row) => isDeciderRow(row, region));
}

/** The correction of the figure at a path, with its position in the entry's list. */
export function correctionOf(
	project: Pick<ProjectData, 'corrections'>,
	path: string,
): { correction: Correction; index: number } | undefined {
	const index = project.corrections.findIndex((c) => c.field === path);
	return index >= 0 ? { correction: project.corrections[index]!, index } : undefined;
}

/**
 * A figure as every derived number must use it: the corrected value where the source got it wrong,
 * else the published one. The page and the open data still show what was published.
 */
export function correctedFigure(project: Pick<ProjectData, 'corrections'>, path: string, published: number): number;
export function correctedFigure(project: Pick<ProjectData, 'corrections'>, path: string, published: number | undefined): number | undefined;
export function correctedFigure(
	project: Pick<ProjectData, 'corrections'>,
	path: string,
	published: number | undefined,
): number | undefined {
	return published === undefined ? undefined : (correctionOf(project, path)?.correction.corrected ?? published);
}

/** Each financing row's amount as corrected, in table order. */
export function correctedRowAmounts(project: Pick<ProjectData, 'corrections' | 'financing'>): number[] {
	return project.financing.map((row, i) => correctedFigure(project, financingAmountPath(i), row.amount));
}

export interface FinancingLine {
	financier: string;
	/** As published. */
	amount: number;
	inKind: boolean;
	/** Share of the total budget, 0–1, from the corrected figures; undefined without a total. */
	share: number | undefined;
	/** True for the deciding region's own rows. */
	byDecider: boolean;
	/** The figure the source's totals require, when the printed one is wrong. */
	corrected: number | undefined;
	/** Index into the entry's corrections, for linking to the note. */
	correctionIndex: number | undefined;
}

export function financingLines(project: ProjectData): FinancingLine[] {
	const total = correctedFigure(project, 'totalBudget', project.totalBudget);
	return project.financing.map((row, i) => {
		const found = correctionOf(project, financingAmountPath(i));
		const amount = found?.correction.corrected ?? row.amount;
		return {
			financier: row.financier,
			amount: row.amount,
			inKind: row.inKind,
			share: total ? amount / total : undefined,
			byDecider: isDeciderRow(row, project.decider),
			corrected: found?.correction.corrected,
			correctionIndex: found?.index,
		};
	});
}
