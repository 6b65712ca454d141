/**
 * When this build ran: one instant for every file and page it writes. SOURCE_DATE_EPOCH (seconds,
 * the reproducible-builds convention) fixes it where set.
 */
import { swedishDay } from '../domain/dates.ts';

const epoch = process.env.SOURCE_DATE_EPOCH;

export const buildTime: Date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();

/** The day of the build in Sweden ("2026-12-05"): the day a derived work status is judged on (domain/work-status.ts). */
export const buildDate: string = swedishDay(buildTime);
