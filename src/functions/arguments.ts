/**
 * Turning what Excel passes to a custom function into what the scoring API takes, and turning
 * scoring errors back into Excel errors. Excel passes a cell as a number, string, boolean or
 * null (blank), and a range as rows of cells.
 */
import {
  DEFAULT_SLA_DAYS,
  DEFAULT_TIER_THRESHOLDS,
  SEVERITIES,
  ScoringError,
  type SlaDays,
  type TierThresholds,
} from "../scoring";

const DAY_MS = 86_400_000;
/** Day 0 of Excel's 1900 date system as it is used from 1 March 1900 on (serial 61). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Serials below this fall before 1 March 1900, where Excel counts the non-existent 29 Feb 1900. */
const FIRST_RELIABLE_SERIAL = 61;

export function isBlank(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

function describe(cell: unknown): string {
  return typeof cell === "string" ? `"${cell}"` : String(cell);
}

/** A number cell; text, booleans and errors are #VALUE!. */
export function numberCell(cell: unknown, name: string): number {
  if (typeof cell !== "number" || !Number.isFinite(cell))
    throw new ScoringError("value", `${name} must be a number, got ${describe(cell)}.`);
  return cell;
}

/** A number cell that may be blank: blank gives undefined. */
export function optionalNumber(cell: unknown, name: string): number | undefined {
  return isBlank(cell) ? undefined : numberCell(cell, name);
}

/** TRUE/FALSE or a number (non-zero is true); blank gives `fallback`. */
export function flagCell(cell: unknown, name: string, fallback = false): boolean {
  if (isBlank(cell)) return fallback;
  if (typeof cell === "boolean") return cell;
  if (typeof cell === "number" && Number.isFinite(cell)) return cell !== 0;
  throw new ScoringError("value", `${name} must be TRUE, FALSE, 1 or 0, got ${describe(cell)}.`);
}

/** The rows of a range; a single value counts as a one-cell range. */
export function rowsOf(range: unknown): unknown[][] {
  if (!Array.isArray(range)) return [[range]];
  return range.map((row: unknown) => (Array.isArray(row) ? row : [row]));
}

/** The cells of a range, row by row. */
export function cellsOf(range: unknown): unknown[] {
  return rowsOf(range).flat();
}

/** The numbers of a range, blank cells left out. */
export function numbersIn(range: unknown, name: string): number[] {
  return cellsOf(range).flatMap((cell, i) =>
    isBlank(cell) ? [] : [numberCell(cell, `${name} cell ${i + 1}`)]
  );
}

function isAllBlank(range: unknown): boolean {
  return cellsOf(range).every(isBlank);
}

/** The cells of a range that must be a single row or column of `count` cells. */
function lineOf(range: unknown, name: string, count: number): unknown[] {
  const rows = rowsOf(range);
  const isLine = rows.length === 1 || rows.every((row) => row.length === 1);
  const cells = rows.flat();
  if (!isLine || cells.length !== count)
    throw new ScoringError("value", `${name} must be one row or one column of ${count} cells.`);
  return cells;
}

/** A row or column of 4 numbers (diamond, platinum, gold, VIP); omitted or blank gives the defaults. */
export function tierThresholds(range: unknown): TierThresholds {
  if (isAllBlank(range)) return DEFAULT_TIER_THRESHOLDS;
  const cells = lineOf(range, "thresholds", 4);
  return cells.map((cell, i) =>
    numberCell(cell, `threshold ${i + 1}`)
  ) as unknown as TierThresholds;
}

/** A row or column of 4 day counts (critical, high, medium, low); omitted or blank gives the defaults. */
export function slaDays(range: unknown): SlaDays {
  if (isAllBlank(range)) return DEFAULT_SLA_DAYS;
  const cells = lineOf(range, "slaDays", SEVERITIES.length);
  return Object.fromEntries(
    SEVERITIES.map((severity, i) => [severity, numberCell(cells[i], `${severity} days`)])
  ) as unknown as SlaDays;
}

/**
 * Cells of ranges that line up one to one (scores, weights, flags), or #VALUE! when their cell
 * counts differ. A row and a column of the same length line up.
 */
export function alignedCells(ranges: Record<string, unknown>): unknown[][] {
  const entries = Object.entries(ranges).map(([name, range]) => [name, cellsOf(range)] as const);
  const [firstName, first] = entries[0];
  for (const [name, cells] of entries) {
    if (cells.length !== first.length)
      throw new ScoringError(
        "value",
        `${firstName} and ${name} must have the same number of cells (${first.length} and ${cells.length}).`
      );
  }
  return entries.map(([, cells]) => cells);
}

/** An Excel date serial (1900 date system) as midnight UTC of that day; the time of day is dropped. */
export function dateFromSerial(cell: unknown, name: string): Date {
  const serial = numberCell(cell, name);
  if (serial < FIRST_RELIABLE_SERIAL)
    throw new ScoringError(
      "num",
      `${name} must be a date on or after 1 March 1900, got serial ${serial}.`
    );
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS);
}

/** The Excel date serial of a date's UTC calendar day. */
export function serialFromDate(date: Date): number {
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return Math.round((day - EXCEL_EPOCH_MS) / DAY_MS);
}

/**
 * The Excel error for a failure. Only #VALUE! and #N/A may carry a custom message; #NUM! must be
 * returned without one ("invalidNumber … A custom error message can't be used",
 * https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.errorcode).
 */
export function excelError(error: unknown): CustomFunctions.Error {
  if (error instanceof ScoringError && error.kind === "num")
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    error instanceof Error ? error.message : String(error)
  );
}

/** Runs a calculation and answers a failure with the matching Excel error instead of throwing. */
export function answer<T>(compute: () => T): T | CustomFunctions.Error {
  try {
    return compute();
  } catch (error) {
    return excelError(error);
  }
}

/** As `answer`, for a function whose metadata declares a matrix result: an error comes back as [[error]]. */
export function answerMatrix<T>(compute: () => T[][]): (T | CustomFunctions.Error)[][] {
  try {
    return compute();
  } catch (error) {
    return [[excelError(error)]];
  }
}
