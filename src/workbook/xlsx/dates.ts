/** ISO dates ("YYYY-MM-DD") and the Date objects exceljs uses for date cells, both in UTC. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** Excel serial 25569 is 1970-01-01 (the 1900 date system, valid from 1900-03-01). */
const UNIX_EPOCH_SERIAL = 25_569;

/** The UTC midnight Date of an ISO date, or undefined when the text is not a real calendar date. */
export function isoToDate(text: string): Date | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text ? date : undefined;
}

/** The ISO date of a Date's UTC calendar day (exceljs reads date cells as UTC midnights). */
export function dateToIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The ISO date of an Excel serial day number (the time of day is dropped). */
export function serialToIso(serial: number): string {
  return dateToIso(new Date(Math.round((Math.floor(serial) - UNIX_EPOCH_SERIAL) * MS_PER_DAY)));
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The Excel serial of an ISO date, or undefined when it is not a real calendar date (as
 * isoToDate decides, years before 100 included). Checked by arithmetic: the writer calls it for
 * every cell of a date column, and a Date and its ISO text per cell were a tenth of the write.
 */
export function isoToSerial(text: string): number | undefined {
  if (text.length !== 10) return undefined;
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 100 || month < 1 || month > 12 || day < 1) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > DAYS_IN_MONTH[month - 1] + (month === 2 && leap ? 1 : 0)) return undefined;
  return Date.UTC(year, month - 1, day) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}
