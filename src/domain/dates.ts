/**
 * Dates as precise as the source gives them: a day ("2020-06-15"), a month ("2020-06") or a year
 * ("2020"). A month stays a month: nothing here invents a day. Where an order or a range needs one,
 * a date is read as the span it covers (June 2020 is 1–30 June).
 */
export type DatePrecision = 'day' | 'month' | 'year';

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether the text is a real date at one of the three precisions (2026-02-30 and 2026-13 are not). */
export function isPartialDate(text: string): boolean {
	const match = PATTERN.exec(text);
	if (!match) return false;
	const [year, month, day] = [
		Number(match[1]),
		match[2] === undefined ? 1 : Number(match[2]),
		match[3] === undefined ? 1 : Number(match[3]),
	];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The years a project bank's dates can fall in: regional development funding as it exists today
 * began with EU membership, and nothing is planned past 2100. A date outside is a typing error.
 */
export const PLAUSIBLE_YEARS = { first: 1990, last: 2100 } as const;

export function isPlausibleDate(date: string): boolean {
	const year = Number(yearOf(date));
	return year >= PLAUSIBLE_YEARS.first && year <= PLAUSIBLE_YEARS.last;
}

export function precisionOf(date: string): DatePrecision {
	return date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
}

export function yearOf(date: string): string {
	return date.slice(0, 4);
}

/** The first day the date covers: "2020-06" → "2020-06-01", "2020" → "2020-01-01". */
export function firstDay(date: string): string {
	return precisionOf(date) === 'day' ? date : precisionOf(date) === 'month' ? `${date}-01` : `${date}-01-01`;
}

/** The last day the date covers: "2023-06" → "2023-06-30", "2024-02" → "2024-02-29", "2020" → "2020-12-31". */
export function lastDay(date: string): string {
	if (precisionOf(date) === 'day') return date;
	if (precisionOf(date) === 'year') return `${date}-12-31`;
	const [year, month] = date.split('-').map(Number) as [number, number];
	return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** Whether a range could hold: the end's last day is not before the start's first day. */
export function endsOnOrAfter(end: string, start: string): boolean {
	return lastDay(end) >= firstDay(start);
}

/** Orders dates of any precision by the first day they cover; a coarser date comes before finer ones in it. */
export function compareDates(a: string, b: string): number {
	return firstDay(a) < firstDay(b) ? -1 : firstDay(a) > firstDay(b) ? 1 : precisionRank(a) - precisionRank(b);
}

const precisionRank = (date: string) => ({ year: 0, month: 1, day: 2 })[precisionOf(date)];

/** A number that orders dates as compareDates does: "2020-06" → 202006011, "2020-06-15" → 202006152. */
export function dateSortKey(date: string): number {
	return Number(firstDay(date).replaceAll('-', '')) * 10 + precisionRank(date);
}

/** The latest of some dates, by the order above; undefined for none. */
export function latestOf(dates: readonly string[]): string | undefined {
	return dates.reduce<string | undefined>((latest, d) => (latest === undefined || compareDates(d, latest) > 0 ? d : latest), undefined);
}

const swedishCalendar = new Intl.DateTimeFormat('sv-SE', {
	timeZone: 'Europe/Stockholm',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
});

/** The day an instant falls on in Sweden, as an ISO day: 2026-12-31T23:30Z is "2027-01-01". */
export function swedishDay(instant: Date): string {
	return swedishCalendar.format(instant);
}
