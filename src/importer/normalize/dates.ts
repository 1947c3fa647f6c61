import { isPlaceholder, placeholderAsBlank, screenCell } from "./cell";
import { describeRaw, failure, ok, warned, type Failure, type Normalized } from "./result";
import { toHalfWidth } from "./text";
import { timeOfDayOnly } from "./time-of-day";

export interface DateOptions {
  /** The column writes years in the Republic of China era (民國): year 1 = 1912. */
  rocEra?: boolean;
  /** How to read n/n/yyyy when both numbers could be the month: true d/m/y, false m/d/y. */
  dayFirst?: boolean;
  /** Serial numbers count from 1904-01-01 (the workbook's 1904 date system). */
  date1904?: boolean;
  /**
   * The column writes its other dates with four-digit Gregorian years, so a two-digit year that can
   * only be a year ("85-07-01", "85年7月1日") is read as 1950–2049 instead of left as ambiguous.
   */
  gregorianShortYears?: boolean;
  /**
   * The column writes two-digit years first (yy-mm-dd, as a dispatch system's "18-10-17 14:00:00"),
   * as its values show (see `leadingShortYearIn`): the first two digits are read as 1950–2049.
   */
  shortYearFirst?: boolean;
  /** The year to read a month and day written without one in (11月3日, "Nov 3"): the title's. */
  titleYear?: number | null;
}

/** Days between the 1904 and 1900 date systems' day 0: a 1904 serial plus this is a 1900 serial. */
export const DATE_1904_OFFSET = 1462;

type Step<T> = { ok: true; value: T } | Failure;

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic (proleptic Gregorian, days counted from 1970-01-01)
// ---------------------------------------------------------------------------------------------

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const length = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
  return day <= length;
}

function toIso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

// ---------------------------------------------------------------------------------------------
// Excel serials (1900 date system)
// ---------------------------------------------------------------------------------------------

const MAX_SERIAL = 2958465; // 9999-12-31
const FAKE_LEAP_DAY_SERIAL = 60; // Excel's 1900-02-29, a day that never existed
const SERIAL_OF_1970 = 25569;
const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

function serialToParts(serial: number): [number, number, number] | null {
  const whole = Math.floor(serial);
  if (!Number.isFinite(serial) || whole < 1 || whole > MAX_SERIAL || whole === FAKE_LEAP_DAY_SERIAL)
    return null;
  // Serials before the fake leap day are one day closer to the epoch.
  const days = whole < FAKE_LEAP_DAY_SERIAL ? whole - SERIAL_OF_1970 + 1 : whole - SERIAL_OF_1970;
  return civilFromDays(days);
}

/** The ISO date of an Excel serial (time of day ignored). Throws RangeError for 60 (1900-02-29) and out-of-range serials. */
export function excelSerialToIso(serial: number): string {
  const parts = serialToParts(serial);
  if (!parts)
    throw new RangeError(
      `${serial} is not an Excel date serial between 1 and ${MAX_SERIAL} (60 is not a real day).`
    );
  return toIso(...parts);
}

/** The Excel serial of an ISO date "YYYY-MM-DD" from 1900-01-01 to 9999-12-31. Throws RangeError otherwise. */
export function isoToExcelSerial(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [year, month, day] = match
    ? [Number(match[1]), Number(match[2]), Number(match[3])]
    : [0, 0, 0];
  if (!match || !isCalendarDate(year, month, day) || year < MIN_YEAR) {
    throw new RangeError(
      `"${iso}" is not a date from 1900-01-01 to 9999-12-31 written as YYYY-MM-DD.`
    );
  }
  const serial = daysFromCivil(year, month, day) + SERIAL_OF_1970;
  // Dates before 1900-03-01 come before the fake leap day, so they are one serial lower.
  return serial <= FAKE_LEAP_DAY_SERIAL ? serial - 1 : serial;
}

// ---------------------------------------------------------------------------------------------
// Building a checked date
// ---------------------------------------------------------------------------------------------

function checkedDate(
  year: number,
  month: number,
  day: number,
  quoted: string,
  warning?: Failure
): Normalized<string> {
  if (!isCalendarDate(year, month, day))
    return failure("date.not-calendar", { value: quoted, year, month, day });
  if (year < MIN_YEAR || year > MAX_YEAR)
    return failure("date.excel-range", { value: quoted, year });
  const iso = toIso(year, month, day);
  if (!warning) return ok(iso);
  return ok(iso, warning.message, { code: warning.code, params: warning.params });
}

const ROC_YEAR_OFFSET = 1911;
const MAX_ROC_YEAR = 150;

function rocToGregorian(rocYear: number, quoted: string): Step<number> {
  if (rocYear < 1 || rocYear > MAX_ROC_YEAR)
    return failure("date.roc-year-range", { value: quoted, rocYear, max: MAX_ROC_YEAR });
  return { ok: true, value: rocYear + ROC_YEAR_OFFSET };
}

function shortYear(quoted: string): Failure {
  return failure("date.short-year", { value: quoted });
}

/**
 * Where the Republic of China era comes from: written in the value (民國73年), stated for the
 * column (opts.rocEra, which still lets four-digit Gregorian years through), or nowhere.
 */
type Era = "marked" | "column" | "none";

function readYear(yearText: string, era: Era, quoted: string): Step<number> {
  if (yearText.length === 4) {
    if (era === "marked") return failure("date.year-after-era", { value: quoted });
    return { ok: true, value: Number(yearText) };
  }
  if (era !== "none") return rocToGregorian(Number(yearText), quoted);
  return shortYear(quoted);
}

/** Picks day and month out of "a/b" when the year is written last. */
function dayAndMonth(
  a: number,
  b: number,
  opts: DateOptions,
  quoted: string
): Step<{ day: number; month: number; warning?: Failure }> {
  if (a > 12 && b > 12) return failure("date.no-month", { value: quoted });
  if (a > 12 || b > 12) {
    const dayFirst = a > 12;
    const contradicts = opts.dayFirst !== undefined && opts.dayFirst !== dayFirst;
    const warning = contradicts
      ? failure("date.order-unlike-column", {
          value: quoted,
          order: dayFirst ? "date.day-month" : "date.month-day",
          notMonth: dayFirst ? a : b,
        })
      : undefined;
    return {
      ok: true,
      value: dayFirst ? { day: a, month: b, warning } : { day: b, month: a, warning },
    };
  }
  if (a === b) return { ok: true, value: { day: a, month: a } };
  if (opts.dayFirst === undefined) {
    return failure("date.ambiguous-order", {
      value: quoted,
      a,
      b,
      monthA: MONTH_NAMES[a - 1],
      monthB: MONTH_NAMES[b - 1],
    });
  }
  return { ok: true, value: opts.dayFirst ? { day: a, month: b } : { day: b, month: a } };
}

// ---------------------------------------------------------------------------------------------
// Text forms
// ---------------------------------------------------------------------------------------------

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const MONTH_BY_TOKEN = new Map<string, number>();
MONTH_NAMES.forEach((name, index) => {
  const lower = name.toLowerCase();
  MONTH_BY_TOKEN.set(lower, index + 1);
  MONTH_BY_TOKEN.set(lower.slice(0, 3), index + 1);
});
MONTH_BY_TOKEN.set("sept", 9);

const WEEKDAYS = new Set([
  "mon",
  "monday",
  "tue",
  "tues",
  "tuesday",
  "wed",
  "wednesday",
  "thu",
  "thur",
  "thurs",
  "thursday",
  "fri",
  "friday",
  "sat",
  "saturday",
  "sun",
  "sunday",
]);

/**
 * The Republic of China era written before a year; 民 alone is how forms and agents shorten 民國
 * (民77.4.18).
 */
export const ROC_ERA_MARK = /^(?:中華民國|中华民国|民國|民国|民(?=\s*\d))\s*/;
const TIME =
  /^(?:(?:上午|下午|am|pm)\s*)?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:am|pm|上午|下午|z|[+-]\d{2}:?\d{2})?$/i;
const NUMERIC_DATE = /^(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})(?:(?:T|\s+)(.+))?$/i;
const CHINESE_DATE = /^(\d{1,4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?(?:\s*(.+))?$/;
const MISSING_DAY = /^(?:\d{1,4}\s*年\s*\d{1,2}\s*月|\d{4}\s*[/.-]\s*\d{1,2})$/;
const MISSING_YEAR =
  /^(?:(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?|(0?[1-9]|1[0-2])[-/](0?[1-9]|[12]\d|3[01]))$/;

function hasValidTime(rest: string | undefined): boolean {
  return rest === undefined || rest.trim() === "" || TIME.test(rest.trim());
}

/** 00–49 → 2000s, 50–99 → 1900s, as for a two-digit year beside a month name. */
function centuryOf(twoDigits: string): number {
  const n = Number(twoDigits);
  return n < 50 ? 2000 + n : 1900 + n;
}

function readNumericDate(
  match: RegExpExecArray,
  era: Era,
  opts: DateOptions,
  quoted: string
): Normalized<string> {
  const [, first, , second, third, rest] = match;
  if (!hasValidTime(rest)) return failure("date.not-a-time", { value: quoted });
  // "85-07-01": 85 cannot be a day or a month, so it is the year; in a column written year first
  // (18-10-17 beside 18-09-07, 18-05-20) so is 18.
  if (
    era === "none" &&
    first.length === 2 &&
    ((opts.gregorianShortYears === true && Number(first) > 31) || opts.shortYearFirst === true) &&
    third.length <= 2
  )
    return checkedDate(centuryOf(first), Number(second), Number(third), quoted);
  if (first.length === 4 || (era !== "none" && third.length <= 2)) {
    if (third.length > 2) return failure("date.unreadable", { value: quoted });
    const year = readYear(first, era, quoted);
    return year.ok ? checkedDate(year.value, Number(second), Number(third), quoted) : year;
  }
  if (third.length === 4 && era !== "marked") {
    const parts = dayAndMonth(Number(first), Number(second), opts, quoted);
    return parts.ok
      ? checkedDate(Number(third), parts.value.month, parts.value.day, quoted, parts.value.warning)
      : parts;
  }
  return shortYear(quoted);
}

function readChineseDate(
  match: RegExpExecArray,
  era: Era,
  opts: DateOptions,
  quoted: string
): Normalized<string> {
  const [, yearText, month, day, rest] = match;
  if (!hasValidTime(rest)) return failure("date.not-a-time", { value: quoted });
  if (era === "none" && opts.gregorianShortYears === true && yearText.length === 2)
    return checkedDate(centuryOf(yearText), Number(month), Number(day), quoted);
  const year = readYear(yearText, era, quoted);
  return year.ok ? checkedDate(year.value, Number(month), Number(day), quoted) : year;
}

/** "26 May 2024", "May 26, 2024", "26-May-24", "Sept 3 2023", "Sunday, 3rd of March 2024". */
function readMonthNameDate(
  text: string,
  quoted: string,
  titleYear: number | null = null
): Normalized<string> | null {
  const tokens = text
    .toLowerCase()
    .replace(/,/g, " ")
    .replace(/(\d)(st|nd|rd|th)\b/g, "$1")
    .split(/[\s/.-]+/)
    .filter(
      (token) =>
        token !== "" &&
        token !== "of" &&
        !WEEKDAYS.has(token) &&
        !TIME.test(token) &&
        !/^(am|pm)$/.test(token)
    );
  const months = tokens.filter((token) => MONTH_BY_TOKEN.has(token));
  if (months.length !== 1) return null;
  const numbers = tokens.filter((token) => !MONTH_BY_TOKEN.has(token));
  if (!numbers.every((token) => /^\d+$/.test(token))) return null;
  if (numbers.length === 1 && titleYear !== null && numbers[0].length <= 2)
    return checkedDate(titleYear, MONTH_BY_TOKEN.get(months[0]) ?? 0, Number(numbers[0]), quoted);
  if (numbers.length < 2) return failure("date.incomplete", { value: quoted });
  if (numbers.length > 2) return null;
  const [yearText, dayText] =
    numbers[0].length === 4 ? [numbers[0], numbers[1]] : [numbers[1], numbers[0]];
  if (dayText.length > 2 || (yearText.length !== 4 && yearText.length !== 2)) {
    return failure("date.unreadable", { value: quoted });
  }
  // With the month spelled out, a two-digit year can only be a year: 00–49 → 2000s, 50–99 → 1900s.
  const shortYear = Number(yearText);
  const year =
    yearText.length === 4 ? shortYear : shortYear < 50 ? 2000 + shortYear : 1900 + shortYear;
  return checkedDate(year, MONTH_BY_TOKEN.get(months[0]) ?? 0, Number(dayText), quoted);
}

/** A weekday after the date, as diaries and logs add it: "2021年3月12日 星期五", "2021/03/12（五）", "(Fri)". */
const TRAILING_WEEKDAY =
  /(?<=\d[日号號]?)\s*(?:\(\s*(?:(?:星期|週|周|礼拜|禮拜)?[一二三四五六日天]|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)\s*\)|(?:星期|週|周|礼拜|禮拜)[一二三四五六日天])$/i;
const SPACE_LIKE = /[\u00A0\u2007\u2009\u200A\u202F\u200B\uFEFF]/g;

function parseDateText(raw: string, opts: DateOptions): Normalized<string> {
  const quoted = describeRaw(raw);
  let text = toHalfWidth(raw).replace(SPACE_LIKE, " ").replace(/\s+/g, " ").trim();
  if (isPlaceholder(text)) return placeholderAsBlank(raw);
  text = text.replace(TRAILING_WEEKDAY, "");
  const eraMark = ROC_ERA_MARK.exec(text);
  if (eraMark) text = text.slice(eraMark[0].length);
  const era: Era = eraMark ? "marked" : opts.rocEra ? "column" : "none";

  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) return readNumericDate(numeric, era, opts, quoted);
  const chinese = CHINESE_DATE.exec(text);
  if (chinese) return readChineseDate(chinese, era, opts, quoted);
  if (MISSING_DAY.test(text)) return failure("date.no-day", { value: quoted });
  const monthDay = MISSING_YEAR.exec(text);
  if (monthDay && monthDay[1] !== undefined && opts.titleYear)
    return checkedDate(opts.titleYear, Number(monthDay[1]), Number(monthDay[2]), quoted);
  if (monthDay) return failure("date.no-year", { value: quoted });
  if (/^\d{1,4}\s*年$/.test(text) || (/^\d{4}$/.test(text) && era === "none"))
    return failure("date.only-year", { value: quoted });

  const compact =
    /^(\d{4})(\d{2})(\d{2})$/.exec(text) ??
    (era !== "none" ? /^(\d{2,3})(\d{2})(\d{2})$/.exec(text) : null);
  if (compact) {
    const year = readYear(compact[1], compact[1].length === 4 ? "none" : era, quoted);
    return year.ok ? checkedDate(year.value, Number(compact[2]), Number(compact[3]), quoted) : year;
  }
  if (/^\d{5}$/.test(text)) return parseSerial(Number(text), quoted, true);

  const named = eraMark ? null : readMonthNameDate(text, quoted, opts.titleYear ?? null);
  if (named) return named;
  return failure("date.not-a-date-text", { value: quoted });
}

/** Serials for days before 1910 are more likely years or counts typed into a date column. */
const SUSPICIOUS_SERIAL_BELOW = 3654;

/** `fromText`: the serial was typed as text ("45438"), which deserves a word. */
function parseSerial(serial: number, quoted: string, fromText = false): Normalized<string> {
  const parts = serialToParts(serial);
  if (Math.floor(serial) === FAKE_LEAP_DAY_SERIAL)
    return failure("date.fake-leap-day", { value: quoted });
  if (!parts) return failure("date.serial-range", { value: quoted, max: MAX_SERIAL });
  const iso = toIso(...parts);
  if (fromText) return warned(iso, "date.text-serial", { value: quoted, iso });
  if (serial < SUSPICIOUS_SERIAL_BELOW)
    return warned(iso, "date.small-serial", { value: quoted, iso });
  return ok(iso);
}

function parseNumberDate(value: number, date1904 = false): Normalized<string> {
  const quoted = describeRaw(value);
  if (!Number.isFinite(value)) return failure("date.not-a-date", { value: quoted });
  // 20240526 is far above any Excel serial, so it can only be a date written as YYYYMMDD.
  if (Number.isInteger(value) && value >= 19000101 && value <= 99991231) {
    const text = String(value);
    return checkedDate(
      Number(text.slice(0, 4)),
      Number(text.slice(4, 6)),
      Number(text.slice(6, 8)),
      quoted
    );
  }
  return parseSerial(date1904 ? value + DATE_1904_OFFSET : value, quoted);
}

/**
 * A date as ISO "YYYY-MM-DD": from Excel serials, Date objects (UTC parts), ISO text, y/m/d and
 * d/m/y text, Chinese 年月日, Republic of China (民國) years, and English month names.
 */
export function parseDate(raw: unknown, opts: DateOptions = {}): Normalized<string> {
  const screened = screenCell(raw);
  if (screened.done) return screened.result;
  const value = screened.value;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return failure("cell.invalid-date");
    const time = timeOfDayOnly(value);
    if (time !== null) return failure("date.time-only", { value: time });
    return checkedDate(
      value.getUTCFullYear(),
      value.getUTCMonth() + 1,
      value.getUTCDate(),
      describeRaw(value)
    );
  }
  if (typeof value === "number") return parseNumberDate(value, opts.date1904);
  if (typeof value === "string") return parseDateText(value, opts);
  return failure("date.not-a-date", { value: describeRaw(value) });
}

// ---------------------------------------------------------------------------------------------
// Column-level detection of Republic of China years
// ---------------------------------------------------------------------------------------------

type EraVote = "roc" | "gregorian" | "unclear" | null;

function eraVote(value: unknown): EraVote {
  if (value instanceof Date) return "gregorian";
  if (typeof value !== "string") return null;
  const text = toHalfWidth(value).trim();
  if (ROC_ERA_MARK.test(text)) return "roc";
  const parts = /^(\d{1,4})\s*(?:[/.-]|年)\s*(\d{1,2})\s*(?:[/.-]|月)\s*(\d{1,4})/.exec(text);
  if (!parts) return null;
  const [, first, month, last] = parts;
  if (first.length === 4 || last.length === 4) return "gregorian";
  const year = Number(first);
  const monthDayFit =
    Number(month) >= 1 &&
    Number(month) <= 12 &&
    Number(last) >= 1 &&
    Number(last) <= 31 &&
    last.length <= 2;
  // "05/06/24" could be an early ROC year or a day/month with a two-digit year: it does not vote.
  const clearlyYear = first.length === 3 || year > 31 || text.includes("年");
  if (monthDayFit && clearlyYear && year >= 1 && year <= MAX_ROC_YEAR) return "roc";
  return "unclear";
}

/** True when most date-like values of a column are written with Republic of China (民國) years. */
export function detectRocEra(values: readonly unknown[]): boolean {
  let roc = 0;
  let dateLike = 0;
  for (const value of values) {
    const vote = eraVote(value);
    if (vote === null) continue;
    dateLike += 1;
    if (vote === "roc") roc += 1;
  }
  return roc > 0 && roc * 2 > dateLike;
}

/** A written date whose form only the Republic of China calendar uses: 民國73年…, 113/05/26, 062/09/09. */
const ROC_FORM =
  /(?:中華民國|中华民国|民國|民国)\s*\d{1,3}\s*年|(?:^|[^\p{L}])民\s*\d{1,3}\s*[年/.-]|(?:^|[^\d])\d{3}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)|(?:^|[^\d])\d{3}\s*年\s*\d{1,2}\s*月/u;

/** The first text that writes a date in a form only ROC years explain, or null. */
export function rocFormIn(texts: readonly unknown[]): string | null {
  for (const value of texts) {
    if (typeof value !== "string") continue;
    const text = toHalfWidth(value).trim();
    if (ROC_FORM.test(text)) return value.trim();
  }
  return null;
}

/** True when a column has a date written with a two- or three-digit year (what ROC reading changes). */
export function hasShortYearDates(values: readonly unknown[]): boolean {
  return values.some((value) => {
    if (typeof value !== "string") return false;
    const text = toHalfWidth(value).trim().replace(ROC_ERA_MARK, "");
    return /^\d{2,3}\s*(?:[/.-]|年)\s*\d{1,2}\s*(?:[/.-]|月)\s*\d{1,2}/.test(text);
  });
}

/**
 * Why a date column is ROC-dated, or null: one of its own cells uses an ROC-only form (the
 * evidence), most of its dates read as ROC, or the sheet's title is ROC-dated and the column has
 * short-year dates. Then every short-year date of the column is read as ROC.
 */
export function rocColumnEvidence(
  values: readonly unknown[],
  titleTexts: readonly unknown[] = []
): string | null {
  const own = rocFormIn(values);
  if (own !== null) return own;
  if (detectRocEra(values)) {
    const first = values.find((v) => eraVote(v) === "roc");
    return typeof first === "string" ? first.trim() : null;
  }
  if (hasShortYearDates(values)) return rocFormIn(titleTexts);
  return null;
}

const YEAR_ONLY_SHORT = /^(\d{2})\s*(?:[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,2}$|年\s*\d{1,2}\s*月)/;

/**
 * The first two-digit-year date of a column that is otherwise Gregorian-dated, or null: most of
 * its dates have four-digit years, and the two digits can only be a year (85-07-01, 85年7月1日).
 * The caller asks this only of columns with no ROC evidence; then such dates are read as
 * 1950–2049 (`gregorianShortYears`) and the column gets one note.
 */
export function gregorianShortYearIn(values: readonly unknown[]): string | null {
  let gregorian = 0;
  let dateLike = 0;
  let example: string | null = null;
  for (const value of values) {
    const vote = eraVote(value);
    if (vote === null) continue;
    dateLike += 1;
    if (vote === "gregorian") gregorian += 1;
    if (example === null && typeof value === "string") {
      const m = YEAR_ONLY_SHORT.exec(toHalfWidth(value).trim());
      if (m && (Number(m[1]) > 31 || value.includes("年"))) example = value.trim();
    }
  }
  return example !== null && gregorian * 2 > dateLike ? example : null;
}

const SHORT_YEAR_FIRST = /^(\d{2})[/.-](\d{1,2})[/.-](\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
/** Fewest dates, and fewest more distinct last parts than first ones, to read the first as the year. */
const MIN_SHORT_DATES = 5;

/**
 * The first date of a column written yy-mm-dd with two-digit years (18-10-17 14:00:00, as a
 * dispatch or ERP system exports them), or null: every date-like value has that shape, and the
 * first two digits stay on one or two values over the log while the last run through the days of
 * the month, which only a year and a day do (dd-mm-yy keeps its last part instead).
 */
export function leadingShortYearIn(values: readonly unknown[]): string | null {
  const firsts = new Set<string>();
  const lasts = new Set<string>();
  let example: string | null = null;
  let dates = 0;
  for (const value of values) {
    if (typeof value !== "string") continue;
    const text = toHalfWidth(value).trim();
    if (text === "") continue;
    const m = SHORT_YEAR_FIRST.exec(text);
    if (!m) {
      if (eraVote(value) !== null) return null;
      continue;
    }
    if (Number(m[2]) < 1 || Number(m[2]) > 12) return null;
    dates++;
    firsts.add(m[1]);
    lasts.add(m[3]);
    example ??= text;
  }
  if (dates < MIN_SHORT_DATES) return null;
  return firsts.size <= 2 && lasts.size >= firsts.size + 3 ? example : null;
}

/** The first number of a column that would be read as a date serial (not a YYYYMMDD date), or null. */
export function firstDateSerial(values: readonly unknown[]): number | null {
  for (const value of values)
    if (typeof value === "number" && Number.isFinite(value) && value > 0 && value < 19000101)
      return value;
  return null;
}
