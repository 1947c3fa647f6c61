/**
 * Reading exceljs cell values back as register values: formulas give their cached result, rich
 * text its plain text, errors and empty text nothing; typed fields get their type back.
 */
import type ExcelJS from "exceljs";
import { enumValueBySpelling } from "../../register/catalog";
import type { FieldDef, RegisterValue } from "../../register/types";
import { dateToIso, serialToIso } from "./dates";

export type Scalar = string | number | boolean | Date | null;

const YES = new Set(["true", "yes", "y", "1", "是", "有", "对", "對", "✓", "√"]);
const NO = new Set(["false", "no", "n", "0", "否", "无", "無", "×", "✗"]);

/**
 * The value a person sees in the cell: formula results, hyperlink and rich text unwrapped; errors
 * are null. Formula results come from `cell.result`: exceljs's `cell.value` drops falsy results
 * (0, FALSE), which LibreOffice and Excel write all the time.
 */
export function cellScalar(xlsxCell: ExcelJS.Cell): Scalar {
  const { type, result, value } = xlsxCell;
  return type === FORMULA_TYPE ? valueScalar(result as ExcelJS.CellValue) : valueScalar(value);
}

/** exceljs's ValueType.Formula (the enum is not exported as a value in its typings). */
const FORMULA_TYPE = 6;

function valueScalar(value: ExcelJS.CellValue | undefined): Scalar {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value !== "object") return null;
  if ("formula" in value || "sharedFormula" in value)
    return valueScalar((value as { result?: ExcelJS.CellValue }).result);
  if ("richText" in value) return valueScalar(value.richText.map((run) => run.text).join(""));
  if ("hyperlink" in value) return valueScalar((value as ExcelJS.CellHyperlinkValue).text);
  return null;
}

export function asBoolean(value: Scalar): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value === "string") {
    const text = value.trim().toLowerCase();
    if (YES.has(text)) return true;
    if (NO.has(text)) return false;
  }
  return undefined;
}

export function asNumber(value: Scalar): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "string") {
    const text = value.trim().replace(/,/g, "");
    if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return Number(text);
  }
  return undefined;
}

function asText(value: Exclude<Scalar, null>): string {
  if (value instanceof Date) return dateToIso(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/**
 * A cell as the register value of `field`. What cannot be read as the field's type is kept as
 * it was written (as text), never dropped: validation reports it later with its sheet and row.
 */
export function registerValue(field: FieldDef | undefined, value: Scalar): RegisterValue {
  if (value === null) return null;
  if (!field) return value instanceof Date ? dateToIso(value) : value;
  switch (field.type) {
    case "date":
      if (value instanceof Date) return dateToIso(value);
      if (typeof value === "number") return serialToIso(value);
      return asText(value).trim();
    case "money":
    case "number":
    case "integer":
    case "percent":
    case "score":
      return asNumber(value instanceof Date ? null : value) ?? asText(value);
    case "boolean":
      return asBoolean(value instanceof Date ? null : value) ?? asText(value);
    case "enum": {
      const text = asText(value);
      return enumValueBySpelling(field, text)?.key ?? text;
    }
    default:
      return asText(value);
  }
}
