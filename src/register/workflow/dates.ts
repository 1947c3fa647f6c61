/** Date-only arithmetic on ISO "YYYY-MM-DD" days, all in UTC so that no time zone shifts a day. */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
/** Excel serial 25569 is 1970-01-01 in the 1900 date system. */
const EXCEL_UNIX_EPOCH = 25_569;

/** A calendar day given as an ISO date text or a Date (its UTC day counts). */
export type Day = string | Date;

/** The ISO text when `value` is a real calendar day "YYYY-MM-DD", else undefined. */
export function isoDay(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const match = ISO_DAY.exec(value.trim());
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const text = date.toISOString().slice(0, 10);
  return text === value.trim() ? text : undefined;
}

/** Days since 1970-01-01 of a day; throws a readable error for anything that is not a day. */
export function dayNumber(day: Day, name = "date"): number {
  if (day instanceof Date) {
    if (Number.isNaN(day.getTime())) throw new Error(`${name} is not a valid date.`);
    return Math.floor(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()) / DAY_MS);
  }
  const iso = isoDay(day);
  if (!iso) throw new Error(`${name} must be a date as YYYY-MM-DD, got ${JSON.stringify(day)}.`);
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
}

export function toIso(day: Day, name = "date"): string {
  return fromDayNumber(dayNumber(day, name));
}

export function fromDayNumber(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

export function toUtcDate(day: Day, name = "date"): Date {
  return new Date(dayNumber(day, name) * DAY_MS);
}

export function addDays(day: Day, days: number): string {
  return fromDayNumber(dayNumber(day) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return dayNumber(to) - dayNumber(from);
}

/** The Excel serial number of a day (1900 date system). */
export function excelSerial(day: Day): number {
  return dayNumber(day) + EXCEL_UNIX_EPOCH;
}
