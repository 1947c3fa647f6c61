/**
 * Adapts a grid read from the open workbook (Office.js `Range.values`, as readSheetGrid returns
 * it) to a SourceSheet: placed at its used-range address, empty strings as blanks, error texts as
 * errors, date-formatted serials as dates. Pure: no Office.js here.
 */
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
} {
  const rows: SourceCell[][] = [];
  let next = topLeftOf(address).row - 1;
  let left = topLeftOf(address).col - 1;
  return {
    sheet: { name, rows, merges },
    add(values, numberFormats, at) {
      if (at) {
        const corner = topLeftOf(at.address);
        next = corner.row - 1 + at.start;
        left = corner.col - 1;
      }
      values.forEach((cells, r) => {
        const row = (rows[next + r] ??= []);
        cells.forEach((v, c) => (row[left + c] = officeCell(v, numberFormats?.[r]?.[c])));
      });
      next += values.length;
    },
  };
}
