/**
 * Adapts a grid read from the open workbook (Office.js `Range.values`, as readSheetGrid returns
 * it) to a SourceSheet: placed at its used-range address, empty strings as blanks, error texts as
 * errors, date-formatted serials as dates (1900 date system unless the caller finds, from the
 * text Excel shows for a few of them, that the workbook counts from 1904). Pure: no Office.js here.
 */
import { columnLetter } from "./grid";
import { cellErrorValue } from "./normalize";
import type { SourceCell, SourceMerge, SourceSheet } from "./types";

export interface OfficeGrid {
  name: string;
  /** The used range, e.g. "Sheet1!B2:F90"; undefined for an empty sheet. */
  address?: string;
  values: unknown[][];
  numberFormats?: string[][];
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Serial 0 of the 1904 date system is serial 1462 of the 1900 one. */
const DAYS_1904_AFTER_1900 = 1_462;
/** Date cells whose shown text is asked for to tell the date system. */
const MAX_DATE_SAMPLES = 3;

/** A date-formatted serial whose format shows a year, and where it is on its sheet. */
export interface DateSample {
  /** A1 address on its sheet, e.g. "C7". */
  address: string;
  serial: number;
}

function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** The 1-based row and column of the used range's top-left cell ("Sheet1!B2:F90" → 2, 2). */
export function topLeftOf(address: string | undefined): { row: number; col: number } {
  const ref = address?.split("!").pop() ?? "";
  const m = /^\$?([A-Za-z]+)\$?(\d+)/.exec(ref);
  return m ? { row: Number(m[2]), col: columnIndex(m[1]) } : { row: 1, col: 1 };
}

/** A number format that shows a date: it has day, month or year codes outside quotes and brackets. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === "General") return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return (
    /[dy]/i.test(bare) ||
    /m{3,}/i.test(bare) ||
    (/m/i.test(bare) && !/[hs]/i.test(bare) && !/0/.test(bare))
  );
}

/** A date format that shows the year (Gregorian "y" or the ROC era year "e"). */
function showsYear(format: string | undefined): boolean {
  return isDateFormat(format) && /[ye]/i.test(format!.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ""));
}

/**
 * Which date system the text Excel shows for date serials reveals: "1904" when, sample by sample,
 * the year and day of the 1904 reading appear in the text more often than those of the 1900
 * reading; "1900" the other way; undefined when the texts do not tell (no year shown, "#####").
 * Office.js gives a workbook's date system no property, so the shown text is the only witness.
 */
export function dateSystemShown(
  samples: readonly { serial: number; text: string }[]
): "1900" | "1904" | undefined {
  let votes = 0;
  for (const { serial, text } of samples) {
    const numbers = new Set((text.match(/\d+/g) ?? []).map(Number));
    const score = (days: number): number => {
      const date = new Date(EXCEL_EPOCH_MS + Math.floor(days) * DAY_MS);
      const year = date.getUTCFullYear();
      const yearShown = [year, year % 100, year - 1911].some((y) => y > 0 && numbers.has(y));
      return yearShown ? 2 + (numbers.has(date.getUTCDate()) ? 1 : 0) : 0;
    };
    const as1900 = score(serial);
    const as1904 = score(serial + DAYS_1904_AFTER_1900);
    if (as1900 > as1904) votes--;
    else if (as1904 > as1900) votes++;
  }
  return votes > 0 ? "1904" : votes < 0 ? "1900" : undefined;
}

function officeCell(value: unknown, format: string | undefined): SourceCell {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string") {
    const error = cellErrorValue(value);
    return error ? { error } : value;
  }
  if (typeof value === "number") {
    if (isDateFormat(format) && value >= 1 && value < 2_958_466)
      return new Date(EXCEL_EPOCH_MS + Math.round(value * DAY_MS));
    return value;
  }
  if (typeof value === "boolean") return value;
  return null;
}

export function sourceSheetFromOfficeGrid(
  grid: OfficeGrid,
  merges: SourceMerge[] = []
): SourceSheet {
  const sheet = officeSheetBuilder(grid.name, grid.address, merges);
  sheet.add(grid.values, grid.numberFormats);
  return sheet.sheet;
}

/**
 * Builds a SourceSheet block by block as the rows are read (a large sheet is read in many
 * requests), so no second copy of the whole grid is ever made. A block lands at `at` (the range
 * it was read from and its first row's index there) or, without it, below the one before, from
 * `address`. Rows above and columns left of the cells read stay holes (empty), so a part of the
 * sheet far down or far right costs only its own cells.
 */
export function officeSheetBuilder(
  name: string,
  address: string | undefined,
  merges: SourceMerge[] = []
): {
  sheet: SourceSheet;
  add(
    values: unknown[][],
    numberFormats?: string[][],
    at?: { address: string; start: number }
  ): void;
  /** A few of the date serials read whose format shows a year, to ask Excel how it shows them. */
  dateSamples: DateSample[];
  /** Re-reads every date made so far as a serial of the 1904 date system. */
  useDate1904(): void;
} {
  const rows: SourceCell[][] = [];
  const dateSamples: DateSample[] = [];
  let next = topLeftOf(address).row - 1;
  let left = topLeftOf(address).col - 1;
  return {
    sheet: { name, rows, merges },
    dateSamples,
    add(values, numberFormats, at) {
      if (at) {
        const corner = topLeftOf(at.address);
        next = corner.row - 1 + at.start;
        left = corner.col - 1;
      }
      values.forEach((cells, r) => {
        const row = (rows[next + r] ??= []);
        cells.forEach((v, c) => {
          const format = numberFormats?.[r]?.[c];
          const cell = officeCell(v, format);
          row[left + c] = cell;
          if (cell instanceof Date && dateSamples.length < MAX_DATE_SAMPLES && showsYear(format))
            dateSamples.push({
              address: `${columnLetter(left + c + 1)}${next + r + 1}`,
              serial: v as number,
            });
        });
      });
      next += values.length;
    },
    useDate1904() {
      for (const row of rows)
        row?.forEach((cell, c) => {
          if (cell instanceof Date)
            row[c] = new Date(cell.getTime() + DAYS_1904_AFTER_1900 * DAY_MS);
        });
    },
  };
}
