/**
 * Which number formats show dates, and Excel serials as Dates (UTC), in the 1900 or 1904 system.
 * Cells store dates as plain numbers; only their number format says they are dates.
 */

/** Built-in format ids that show dates or times (ECMA-376 18.8.30, plus the CJK ids 27–36, 50–58 and 71–81). */
const BUILTIN_DATE_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81,
]);

/** Is this format code (or built-in id) one that shows a date or a time? */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if (code === undefined) return BUILTIN_DATE_IDS.has(id);
  // Only the first section (positive numbers) decides; drop literal text, escapes, padding and
  // fill characters, then colours and locales in brackets — but elapsed-time brackets ([h], [mm]) count.
  const section = code.split(";")[0];
  const stripped = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/E[+-]/gi, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "");
  if (/General/i.test(stripped) && !/[ymdhs年月日]/i.test(stripped.replace(/General/gi, "")))
    return false;
  return /[ymdhse年月日时時分秒]|上午|下午|AM\/PM|A\/P/i.test(stripped.replace(/General/gi, ""));
}

const MS_PER_DAY = 86_400_000;
/** Serial 25569 is 1970-01-01 in the 1900 system; serial 0 of the 1904 system is serial 1462 of the 1900 one. */
const UNIX_EPOCH_SERIAL = 25_569;
const SERIAL_1904_OFFSET = 1_462;

/**
 * An Excel serial as a UTC Date, to the millisecond. In the 1900 system serials below 60 count
 * Lotus's phantom 1900-02-29, so they are one day later than the arithmetic gives.
 */
export function serialToDate(serial: number, date1904: boolean): Date {
  let days = date1904 ? serial + SERIAL_1904_OFFSET : serial;
  if (!date1904 && days < 60) days += 1;
  return new Date(Math.round((days - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}
