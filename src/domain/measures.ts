/**
 * What the bank's money figures count. Every total on the site is one of these measures, and the
 * label beside it says which one:
 * - granted money: what the deciding region granted, for granted projects only;
 * - budgets: the whole budgets (all financiers) of granted projects;
 * - applied money: what rejected and undecided applications asked the deciding region for, never
 *   added to what was granted.
 * Every figure is taken as corrected where the source got it wrong (domain/financing.ts).
 */
import { correctedFigure } from './financing.ts';
import type { ProjectData, ProjectEntry, ProjectStatus } from './project.ts';

export function sum(values: readonly number[]): number {
	return values.reduce((a, b) => a + b, 0);
}

/** Whether the project's application has been decided: granted or rejected. A proposal decides nothing. */
export function isDecided(status: ProjectStatus): boolean {
	return status === 'granted' || status === 'rejected';
}

/** Granted money: what the deciding region granted, counted for granted projects only. */
export function grantedMoney(project: ProjectData): number {
	return project.status === 'granted' ? (correctedFigure(project, 'grantedAmount', project.grantedAmount) ?? 0) : 0;
}

/** The whole budget of a granted project, as corrected; undefined for others or where the source gives none. */
export function grantedBudget(project: ProjectData): number | undefined {
	return project.status === 'granted' ? correctedFigure(project, 'totalBudget', project.totalBudget) : undefined;
}

/** What a rejected or undecided application asked the deciding region for; undefined for granted projects. */
export function appliedMoney(project: ProjectData): number | undefined {
	return project.status === 'granted' ? undefined : correctedFigure(project, 'appliedAmount', project.appliedAmount);
}

/**
 * The amount the deciding region's own financing rows must add up to: the granted amount of a
 * granted project, the amount applied for otherwise.
 */
export function decidedAmount(project: ProjectData): { field: 'grantedAmount' | 'appliedAmount'; amount: number | undefined } {
	return project.status === 'granted'
		? { field: 'grantedAmount', amount: project.grantedAmount }
		: { field: 'appliedAmount', amount: project.appliedAmount };
}

/** Whether a granted project's source states its granted amount in euro only: an amount, never a missing one, never kronor. */
export function statesEurOnly(project: ProjectData): boolean {
	return project.status === 'granted' && project.grantedAmount === undefined && project.grantedAmountEur !== undefined;
}

/** The amount that headlines a project, as published: granted for granted projects, else what was applied for. */
export function headlineAmount(project: ProjectData): { label: string; amount: number } | undefined {
	if (project.status === 'granted' && project.grantedAmount !== undefined)
		return { label: 'Beviljat belopp', amount: project.grantedAmount };
	if (project.appliedAmount !== undefined) return { label: 'Sökt belopp', amount: project.appliedAmount };
	return undefined;
}

/** The measures of a set of projects: counts by status and the money they stand for. */
export interface Measures {
	projects: number;
	granted: number;
	rejected: number;
	/** Applied for, with or without a proposal, and not decided in the source. */
	undecided: number;
	/** Granted money of the granted projects. */
	grantedMoney: number;
	/** Granted projects whose source states the granted amount. */
	grantedWithAmount: number;
	/**
	 * Granted projects whose source states the granted amount in euro only: counted apart and never
	 * converted, so no kronor sum holds them and none reads them as missing either.
	 */
	grantedEurOnly: number;
	/** Their granted amounts in euro, as stated: never added to kronor. */
	grantedEur: number;
	/** Whole budgets of the granted projects, where stated: not money the deciding regions gave. */
	grantedBudget: number;
	/** Granted projects that state a total budget. */
	grantedWithBudget: number;
	/**
	 * The granted money by the fund the sources name beside it (`fund` undefined: none named), largest
	 * first and the unnamed last: EU, national and regional money are different figures.
	 */
	grantedByFund: FundShare[];
	/** What the rejected and undecided applications asked for. */
	appliedMoney: number;
	/** Rejected and undecided applications that state the amount they asked for. */
	appliedWithAmount: number;
}

/** One fund's part of some granted money. */
export interface FundShare {
	/** The fund or appropriation as the entries name it; undefined where the source names none. */
	fund: string | undefined;
	/** Granted money of the granted projects that state an amount. */
	amount: number;
	/** Those projects. */
	projects: number;
}

/** Granted money by fund, over the granted projects that state their amount: largest first, the unnamed fund last. */
export function grantedByFund(projects: readonly ProjectData[]): FundShare[] {
	const byFund = new Map<string | undefined, FundShare>();
	for (const p of projects) {
		if (p.status !== 'granted' || p.grantedAmount === undefined) continue;
		const share = byFund.get(p.fund) ?? { fund: p.fund, amount: 0, projects: 0 };
		share.amount += grantedMoney(p);
		share.projects += 1;
		byFund.set(p.fund, share);
	}
	return [...byFund.values()].sort(
		(a, b) =>
			Number(a.fund === undefined) - Number(b.fund === undefined) ||
			b.amount - a.amount ||
			(a.fund ?? '').localeCompare(b.fund ?? '', 'sv'),
	);
}

export function measure(projects: readonly ProjectEntry[]): Measures {
	const data = projects.map((p) => p.data);
	const granted = data.filter((p) => p.status === 'granted');
	const budgets = granted.flatMap((p) => grantedBudget(p) ?? []);
	const applied = data.flatMap((p) => appliedMoney(p) ?? []);
	const eurOnly = granted.filter(statesEurOnly);
	return {
		projects: data.length,
		granted: granted.length,
		rejected: data.filter((p) => p.status === 'rejected').length,
		undecided: data.filter((p) => !isDecided(p.status)).length,
		grantedMoney: sum(granted.map(grantedMoney)),
		grantedWithAmount: granted.filter((p) => p.grantedAmount !== undefined).length,
		grantedEurOnly: eurOnly.length,
		grantedEur: sum(eurOnly.map((p) => p.grantedAmountEur!)),
		grantedByFund: grantedByFund(granted),
		grantedBudget: sum(budgets),
		grantedWithBudget: budgets.length,
		appliedMoney: sum(applied),
		appliedWithAmount: applied.length,
	};
}

/**
 * The sums as far as the sources state them: undefined where the projects a sum would count state
 * none of its figures (unknown, never 0 kr); 0 only where there is nothing to count (no granted
 * project, no application). A sum of some projects' figures is told apart by the counts beside it
 * (grantedWithAmount of granted, and so on).
 */
export function statedGranted(m: Measures): number | undefined {
	return m.granted > 0 && m.grantedWithAmount === 0 ? undefined : m.grantedMoney;
}

export function statedBudget(m: Measures): number | undefined {
	return m.granted > 0 && m.grantedWithBudget === 0 ? undefined : m.grantedBudget;
}

export function statedApplied(m: Measures): number | undefined {
	return m.rejected + m.undecided > 0 && m.appliedWithAmount === 0 ? undefined : m.appliedMoney;
}
