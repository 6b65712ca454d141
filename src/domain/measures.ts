/**
 * What the bank's money figures count. Every total on the site is one of these measures, and the
 * label beside it says which one.
 */
import type { ProjectData, ProjectEntry } from './project.ts';

export function sum(values: readonly number[]): number {
	return values.reduce((a, b) => a + b, 0);
}

/** Granted money: what the deciding region granted, counted for granted projects only. */
export function grantedMoney(project: ProjectData): number {
	return project.status === 'granted' ? (project.grantedAmount ?? 0) : 0;
}

/**
 * The amount the deciding region's own financing rows must add up to: the granted amount of a
 * granted project, the amount applied for otherwise.
 */
export function decidedAmount(project: ProjectData): { field: 'grantedAmount' | 'appliedAmount'; amount: number | undefined } {
	return project.status === 'granted' ? { field: 'grantedAmount', amount: project.grantedAmount } : { field: 'appliedAmount', amount: project.appliedAmount };
}

/** The amount that headlines a project: granted for granted projects, else what was applied for. */
export function headlineAmount(project: ProjectData): { label: string; amount: number } | undefined {
	if (project.status === 'granted' && project.grantedAmount !== undefined) return { label: 'Beviljat belopp', amount: project.grantedAmount };
	if (project.appliedAmount !== undefined) return { label: 'Sökt belopp', amount: project.appliedAmount };
	return undefined;
}

/** The measures of a set of projects: counts by status and the money they stand for. */
export interface Measures {
	projects: number;
	granted: number;
	applied: number;
	rejected: number;
	/** Granted money of the granted projects among them. */
	grantedMoney: number;
	/** Sum of their whole budgets, where stated: not money spent by the bank's regions. */
	combinedBudget: number;
	/** Projects that state a total budget. */
	withBudget: number;
}

export function measure(projects: readonly ProjectEntry[]): Measures {
	const data = projects.map((p) => p.data);
	const withBudget = data.filter((p) => p.totalBudget !== undefined);
	return {
		projects: data.length,
		granted: data.filter((p) => p.status === 'granted').length,
		applied: data.filter((p) => p.status === 'applied').length,
		rejected: data.filter((p) => p.status === 'rejected').length,
		grantedMoney: sum(data.map(grantedMoney)),
		combinedBudget: sum(withBudget.map((p) => p.totalBudget!)),
		withBudget: withBudget.length,
	};
}
