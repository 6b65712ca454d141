/**
 * When this build ran: one instant for every file and page it writes. SOURCE_DATE_EPOCH (seconds,
 * the reproducible-builds convention) fixes it where set.
 */
const epoch = process.env.SOURCE_DATE_EPOCH;

export const buildTime: Date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
