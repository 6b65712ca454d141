/** Swedish (sv-SE) formatting of money, dates, shares and labels for the UI. */
import type { ProjectData as Project } from './domain/project.ts';

const integer = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('sv-SE', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const longDate = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2 219 230 kr" (with non-breaking spaces, so a figure never wraps). */
export function formatKronor(amount: number): string {
	return `${integer.format(amount)}\u00a0kr`;
}

export function formatNumber(value: number): string {
	return integer.format(value);
}

/** "12,5 %". */
export function formatShare(share: number): string {
	return percent.format(share);
}

/** "31 augusti 2026" from "2026-08-31". */
export function formatDate(iso: string): string {
	return longDate.format(new Date(`${iso}T00:00:00Z`));
}

export const statusLabels: Record<Project['status'], string> = {
	applied: 'Ansökt',
	granted: 'Beviljat',
	rejected: 'Avslaget',
};

export const decisionKindLabels: Record<Project['decisions'][number]['kind'], string> = {
	application: 'Ansökan',
	grant: 'Beslut om stöd',
	rejection: 'Avslag',
	amendment: 'Ändringsbeslut',
};

export const indicatorKindLabels: Record<Project['indicators'][number]['kind'], string> = {
	output: 'Aktivitetsindikator (output)',
	result: 'Resultatindikator',
};

/** "1 projekt" / "17 projekt": Swedish "projekt" is the same in singular and plural. */
export function countProjects(n: number): string {
	return `${formatNumber(n)} projekt`;
}
