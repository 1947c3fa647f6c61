/**
 * A date split over columns — 年 | 月 | 日, 出生年 | 出生月 | 出生日, Birth Year | Birth Month | Birth
 * Day, YYYY | MM | DD — is one date to a person: the three parts of a row read together. Years may
 * be Republic of China years (民國 65, 65, 105), parts may be written as text (65年, 11月, Nov) and a
 * part a person did not know (吉, ?, —) leaves the whole date empty, its parts kept as written.
 */
import { foldScript } from "../register/vocabulary";
import { cellText, isBlankCell } from "./grid";
import { ROC_ERA_MARK, toHalfWidth } from "./normalize";
import type { SourceCell } from "./types";
import { DATE_PART_WORDS, MONTH_ABBREVIATIONS } from "../register/vocabulary/periods";

export type DatePart = "year" | "month" | "day";

const ROC_MARK = /民国|民國|roc/;
/** Each part with its header pattern: what the date is of, then one of the part's words. */
const PART_PATTERNS: readonly [DatePart, RegExp][] = (["year", "month", "day"] as const).map(
  (part) => [part, new RegExp(`^(.*?)(?:${DATE_PART_WORDS[part].join("|")})$`)]
);
/** "Year of Birth", "Month of Joining": the part first, what it dates after "of". */
const PART_OF = /^(years?|months?|days?)of(.+)$/;

/**
 * The part of a date a header names and the group it belongs to (what the date is of: 出生,
 * birth, "" when bare), from its match form (folded, lower case, no spaces or punctuation):
 * "出生年民国" → year of "出生", "birthmonth" → month of "birth", "dd" → day of "".
 */
export function datePartOfHeader(form: string): { part: DatePart; group: string } | null {
  const text = form.toLowerCase().replace(ROC_MARK, "");
  if (text === "") return null;
  const of = PART_OF.exec(text);
  if (of) {
    const part = of[1].startsWith("y") ? "year" : of[1].startsWith("m") ? "month" : "day";
    return { part, group: of[2] };
  }
  for (const [part, pattern] of PART_PATTERNS) {
    const m = pattern.exec(text);
    if (m) return { part, group: m[1] };
  }
  return null;
}

/** True when a header (or title) says its years are Republic of China years. */
export function namesRocYears(text: string): boolean {
  return /民國|民国|\broc\b/i.test(text);
}

const PART_TEXT = /^(\d{1,4})\s*(?:年|月|日|号|號)?$/;

/** The number a part's cell holds (75, "075", "65年", "11月", "Nov"), or null (吉, ?, blank). */
export function partNumber(cell: SourceCell, part: DatePart): number | null {
  if (typeof cell === "number") return Number.isInteger(cell) && cell >= 0 ? cell : null;
  if (typeof cell !== "string") return null;
  const text = toHalfWidth(cell).trim().toLowerCase();
  const m = PART_TEXT.exec(text.replace(ROC_ERA_MARK, ""));
  if (m) return Number(m[1]);
  if (part === "month") {
    const at = MONTH_ABBREVIATIONS.findIndex((name) => text.startsWith(name));
    if (at >= 0 && /^[a-z]+\.?$/.test(text)) return at + 1;
  }
  return null;
}

/** A year cell written with an ROC era mark (民國65, 民65年). */
function rocMarked(cell: SourceCell): boolean {
  if (typeof cell !== "string") return false;
  const text = cell.trim();
  const year = text.replace(ROC_ERA_MARK, "");
  return year !== text && /^\d/.test(year);
}

function fits(part: DatePart, n: number): boolean {
  if (part === "month") return n >= 1 && n <= 12;
  if (part === "day") return n >= 1 && n <= 31;
  return (n >= 0 && n <= 150) || (n >= 1800 && n <= 2200);
}

/** Most of a column's filled cells (three at least) read as this part of a date. */
export function holdsDatePart(values: readonly SourceCell[], part: DatePart): boolean {
  let filled = 0;
  let read = 0;
  for (const v of values) {
    if (isBlankCell(v)) continue;
    filled++;
    const n = partNumber(v, part);
    if (n !== null && fits(part, n)) read++;
  }
  return read >= 3 && read >= filled * 0.6;
}

export type YearEra = "roc" | "gregorian";

/** Any character a Traditional-script text writes differently from Simplified (時, 職, 燈). */
export function writesTraditional(texts: readonly string[]): boolean {
  return texts.some((t) =>
    [...t].some((ch) => /[\u4e00-\u9fff]/.test(ch) && foldScript(ch) !== ch)
  );
}

/**
 * How a year column's short years are read. ROC when a header, the title or a cell says so (民國),
 * when short years reach 100 (no Gregorian year is written with three digits), or when the sheet
 * is written in Traditional script and its years are short; else short years are Gregorian.
 */
export function yearEraOf(
  years: readonly SourceCell[],
  saysRoc: boolean,
  traditional: boolean
): YearEra {
  if (saysRoc || years.some(rocMarked)) return "roc";
  const numbers = years
    .map((v) => partNumber(v, "year"))
    .filter((n): n is number => n !== null && fits("year", n));
  const short = numbers.filter((n) => n <= 150);
  if (short.length === 0) return "gregorian";
  if (short.length < numbers.length * 0.5) return "gregorian";
  return short.some((n) => n >= 100) || traditional ? "roc" : "gregorian";
}

/** Below this a two-digit Gregorian year is of the 2000s (05 → 2005), from it of the 1900s (65 → 1965). */
const CENTURY_PIVOT = 30;

function fullYear(n: number, era: YearEra, marked: boolean): number | null {
  if (n >= 1800) return n;
  if (era === "roc" || marked) return n >= 1 ? n + 1911 : null;
  if (n >= 100) return null;
  return n < CENTURY_PIVOT ? 2000 + n : 1900 + n;
}

/**
 * The date a row's parts make, as "YYYY-MM-DD" text (to be checked by the date reader), or null
 * when a part is missing or unreadable (吉, blank): then there is no date.
 */
export function joinDateParts(
  cells: Partial<Record<DatePart, SourceCell>>,
  era: YearEra
): string | null {
  const year = cells.year ?? null;
  const y = partNumber(year, "year");
  const m = partNumber(cells.month ?? null, "month");
  const d = partNumber(cells.day ?? null, "day");
  if (y === null || m === null || d === null) return null;
  if (!fits("year", y) || !fits("month", m) || !fits("day", d)) return null;
  const full = fullYear(y, era, rocMarked(year));
  if (full === null) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${full}-${pad(m)}-${pad(d)}`;
}

/** The parts as written, for a message: "吉 / 07 / 26". */
export function writtenParts(cells: Partial<Record<DatePart, SourceCell>>): string {
  return (["year", "month", "day"] as const)
    .map((p) => (isBlankCell(cells[p] ?? null) ? "" : cellText(cells[p] ?? null).trim()))
    .join(" / ");
}
