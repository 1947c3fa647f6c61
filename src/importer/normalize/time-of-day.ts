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

/** A moment of a day: the day (YYYY-MM-DD) and the minute of the day. */
export interface Moment {
  day: string;
  minute: number;
}

/**
 * The day (YYYY-MM-DD) a typed Date falls on, as the workbook's serial counts it (UTC), or null
 * for an invalid Date or any other cell. A day-zero time alone falls on its day zero: callers that
 * read it as no day ask `timeOfDayOnly`.
 */
export function dayOf(cell: unknown): string | null {
  if (!(cell instanceof Date) || Number.isNaN(cell.getTime())) return null;
  return cell.toISOString().slice(0, 10);
}

/** A date with its time of day written (2026-01-08 08:25, 2025/10/22 9:05:33, 2025年3月5日 14:20). */
const WRITTEN_MOMENT =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*(?:T|\s)\s*(\d{1,2})[:：](\d{2})/;

/**
 * The moment a cell gives — a day with its time of day, typed as a date-time or written as text —
 * or null. A time alone (a day-zero Date: 07:30) is no day; a typed Date at midnight is a bare day,
 * with no time of day. Written text keeps what it says, midnight included ("2026-01-08 00:00");
 * its seconds are left out of the minute, a typed time's count as a fraction of it.
 */
export function momentOf(cell: unknown): Moment | null {
  if (cell instanceof Date) {
    const day = dayOf(cell);
    if (day === null || timeOfDayOnly(cell) !== null) return null;
    const minute = cell.getUTCHours() * 60 + cell.getUTCMinutes() + cell.getUTCSeconds() / 60;
    if (minute === 0) return null;
    return { day, minute };
  }
  if (typeof cell !== "string") return null;
  const m = WRITTEN_MOMENT.exec(cell.normalize("NFKC").trim());
  if (!m) return null;
  return {
    day: `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`,
    minute: Number(m[4]) * 60 + Number(m[5]),
  };
}
