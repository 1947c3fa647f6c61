/**
 * A log dated without years ("11月3日", "Nov 3") under a title that gives the year (2026年11月
 * 外呼名单, "Q4 2026 visit plan"): a person reads each date in the year the title names. Only
 * when the title names one year, and the column's dates that do carry a year are of that year
 * (the title is not last year's plan); never for a birthday, whose year is the person's own.
 */
import { parseDate } from "./normalize/dates";
import { cellText } from "./grid";
import type { SourceCell } from "./types";

/** A four-digit year standing alone in a text: 2026年, "Q4 2026", 2026-11-30. */
const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/g;

/** Month and day only: 11月3日, 11月3号, "Nov 3", "3 November". */
const MONTH_DAY =
  /^\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*[日号號]?|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?)\s*$/i;

/** Share of a column's dates with a year that must be in the title's year. */
const SAME_YEAR = 0.8;

/** The one year a sheet's title texts name, or null when they name none or several. */
export function yearOfTitles(titleTexts: readonly string[]): number | null {
  const years = new Set<number>();
  for (const text of titleTexts) for (const m of text.matchAll(YEAR)) years.add(Number(m[1]));
  return years.size === 1 ? [...years][0] : null;
}

/** True for a month and day written without a year. */
export function isMonthDay(cell: SourceCell): boolean {
  return typeof cell === "string" && MONTH_DAY.test(cell);
}

/**
 * The year to read a date column's year-less dates in: the title's, when the column's dates that
 * carry a year agree with it. Null otherwise (year-less dates stay unread, as before).
 */
export function titleYearFor(
  values: readonly SourceCell[],
  titleTexts: readonly string[] | undefined
): number | null {
  if (!titleTexts) return null;
  const year = yearOfTitles(titleTexts);
  if (year === null) return null;
  const years = values.flatMap((v) => {
    if (isMonthDay(v) || cellText(v) === "") return [];
    const read = parseDate(v);
    return read.ok && typeof read.value === "string" ? [Number(read.value.slice(0, 4))] : [];
  });
  if (years.length > 0 && years.filter((y) => y === year).length < years.length * SAME_YEAR)
    return null;
  return year;
}
