/**
 * A cell typed as a time with no day (07:30, 下午 3:15) reaches the importer as a Date on the day
 * before the first day of its serial system: 1899-12-30 (Office.js and LibreOffice serials),
 * 1899-12-31 (the 1900 system, whose serials below 60 count Lotus's phantom 1900-02-29) or
 * 1904-01-01 (the 1904 system). A person reads such a cell as a time of day, never as a day; no
 * client record falls on those days.
 */
const DAY_MS = 86_400_000;
const DAY_ZERO = new Set([Date.UTC(1899, 11, 30), Date.UTC(1899, 11, 31), Date.UTC(1904, 0, 1)]);

/** The time of day a day-less time cell shows ("07:30", "16:05:09"), or null for a date. */
export function timeOfDayOnly(date: Date): string | null {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return null;
  const day = Math.floor(ms / DAY_MS) * DAY_MS;
  if (!DAY_ZERO.has(day)) return null;
  const two = (n: number) => String(n).padStart(2, "0");
  const hm = `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}`;
  return date.getUTCSeconds() === 0 ? hm : `${hm}:${two(date.getUTCSeconds())}`;
}
