import { describeRaw, failure, ok, warned, type Normalized } from "./result";

const EXCEL_ERROR_CODES = [
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NUM!",
  "#NAME?",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#BUSY!",
  "#BLOCKED!",
  "#CONNECT!",
  "#FIELD!",
  "#UNKNOWN!",
  "#EXTERNAL!",
  "#PYTHON!",
] as const;
export type ExcelErrorCode = (typeof EXCEL_ERROR_CODES)[number];

const ERROR_BY_UPPER = new Map<string, ExcelErrorCode>(
  EXCEL_ERROR_CODES.map((code) => [code, code])
);

/** The Excel error code a cell holds, as a string ("#N/A") or an error marker ({ error: "#N/A" }); else null. */
export function cellErrorValue(raw: unknown): ExcelErrorCode | null {
  let text: unknown = raw;
  if (raw !== null && typeof raw === "object" && !(raw instanceof Date)) {
    text = (raw as { error?: unknown }).error;
  }
  if (typeof text !== "string") return null;
  return ERROR_BY_UPPER.get(text.trim().toUpperCase()) ?? null;
}

export type CellScalar = string | number | boolean | Date;

/** Either a finished result (blank, Excel error, unreadable) or the scalar value left to interpret. */
export type Screened =
  { done: true; result: Normalized<never> } | { done: false; value: CellScalar };

const MAX_UNWRAP_DEPTH = 4;

/**
 * Reduces the richer cell objects a workbook reader may hand over (rich text, hyperlinks,
 * formula results) to the scalar a person sees in the cell.
 */
function unwrap(raw: unknown, depth = 0): unknown {
  if (raw === null || typeof raw !== "object" || raw instanceof Date || depth > MAX_UNWRAP_DEPTH)
    return raw;
  const cell = raw as Record<string, unknown>;
  if (Array.isArray(cell.richText)) {
    return cell.richText
      .map((run) =>
        run && typeof (run as { text?: unknown }).text === "string"
          ? (run as { text: string }).text
          : ""
      )
      .join("");
  }
  if ("result" in cell && ("formula" in cell || "sharedFormula" in cell))
    return unwrap(cell.result, depth + 1);
  if ("hyperlink" in cell && "text" in cell) return unwrap(cell.text, depth + 1);
  return raw;
}

/** The checks every normaliser starts with: Excel errors fail, empty cells are blank. */
export function screenCell(raw: unknown): Screened {
  const value = unwrap(raw);
  const errorCode = cellErrorValue(value);
  if (errorCode) return { done: true, result: failure("cell.excel-error", { error: errorCode }) };
  if (value === null || value === undefined) return { done: true, result: ok(null) };
  if (typeof value === "string") {
    if (value.replace(/[\s\u200B\uFEFF]/g, "") === "") return { done: true, result: ok(null) };
    return { done: false, value };
  }
  if (typeof value === "number" || typeof value === "boolean" || value instanceof Date)
    return { done: false, value };
  return {
    done: true,
    result: failure("cell.unreadable", { value: describeRaw(value) }),
  };
}

/**
 * Dashes, slashes and "none"-like words that people type to mean "nothing here". Numbers and dates
 * read them as blank (with a warning) instead of failing the row.
 */
const PLACEHOLDERS = new Set([
  "n/a",
  "na",
  "none",
  "nil",
  "null",
  "无",
  "無",
  "暂无",
  "暫無",
  "没有",
  "沒有",
  "不详",
  "不詳",
]);

export function isPlaceholder(text: string): boolean {
  const t = text.trim().toLowerCase();
  return /^[-–—―_/\\.]+$/.test(t) || PLACEHOLDERS.has(t);
}

/**
 * A cell that says "nothing here" whatever its column: a dash, a slash, n/a, null, 无, 暂无
 * (企查查 and 天眼查 write "-" for every missing value). A bare "na" is left alone outside figures:
 * it may be a given name.
 */
export function isEmptyMark(raw: unknown): boolean {
  if (typeof raw !== "string") return false;
  const t = raw.trim().toLowerCase();
  return t !== "" && t !== "na" && isPlaceholder(t);
}

export function placeholderAsBlank<T>(raw: string): Normalized<T> {
  return warned<T>(null, "cell.placeholder-blank", { value: describeRaw(raw) });
}
