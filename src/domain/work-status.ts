/**
 * How a project's work stands, apart from the decision: as the source states it (ongoing, closed,
 * terminated, withdrawn), or, where the source does not say, as the granted project's period says
 * it should stand on the day of the build. A derived status is always marked as derived: a period
 * that has ended says the work should be over, not that it was carried out.
 */
import { firstDay, lastDay } from './dates.ts';
import type { ProjectData } from './project.ts';

export type WorkStatus = NonNullable<ProjectData['workStatus']>;

export type WorkState =
	/** As the source states it, as of `date` where the source gives one. */
	| { status: WorkStatus; basis: 'source'; date: string | undefined }
	/** From the granted project's period and the build date: the period has ended, or is running. */
	| { status: 'closed' | 'ongoing'; basis: 'period'; periodEnd: string };

/**
 * The work's state on `buildDate` (an ISO day, "2026-12-05"): the source's word where it gives one;
 * else, for a granted project with a period, closed once the period's last day is before the build
 * date and ongoing while the build date falls in it; else undefined (not granted, no period, or not
 * begun). Nothing is derived for an application, a proposal or a rejection: their periods are plans.
 */
export function workStateOf(
	project: Pick<ProjectData, 'status' | 'period' | 'workStatus' | 'workStatusDate'>,
	buildDate: string,
): WorkState | undefined {
	if (project.workStatus) return { status: project.workStatus, basis: 'source', date: project.workStatusDate };
	const period = project.period;
	if (project.status !== 'granted' || !period) return undefined;
	if (lastDay(period.end) < buildDate) return { status: 'closed', basis: 'period', periodEnd: period.end };
	if (firstDay(period.start) <= buildDate) return { status: 'ongoing', basis: 'period', periodEnd: period.end };
	return undefined;
}
