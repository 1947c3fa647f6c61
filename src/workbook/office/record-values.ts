/** Turning cell values read from Excel back into register values, by field type. Pure. */
import { enumValueBySpelling, foldHeader } from "../../register/catalog";
import type { FieldDef, RegisterValue } from "../../register/types";
import { isoToSerial, serialToIso } from "./cells";

const YES = new Set(["yes", "y", "true", "1", "是", "有", "√", "✓", "✔", "对", "對"]);
const NO = new Set(["no", "n", "false", "0", "否", "无", "無", "×", "✗", "✘", "不是"]);
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A cell value as a register value for `field`: dates as ISO text, enums as keys, yes/no as
 * booleans, empty as null. Anything that does not fit the field is kept as it was, never dropped.
 */
export function fromExcelValue(field: FieldDef | undefined, value: unknown): RegisterValue {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean")
    return String(value);
  if (!field) return value;
  switch (field.type) {
    case "date":
      return readDate(value);
    case "boolean":
      return readBoolean(value);
    case "enum":
      return enumValueBySpelling(field, String(value))?.key ?? value;
    case "money":
    case "number":
    case "integer":
    case "percent":
    case "score":
      return typeof value === "string" && PLAIN_NUMBER.test(value.trim())
        ? Number(value.trim())
        : value;
    case "id":
    case "text":
    case "phone":
    case "email":
      return typeof value === "string" ? value : String(value);
  }
}

function readDate(value: string | number | boolean): RegisterValue {
  if (typeof value === "number") return serialToIso(value) ?? value;
  if (typeof value === "string" && isoToSerial(value.trim()) !== undefined) return value.trim();
  return value;
}

function readBoolean(value: string | number | boolean): RegisterValue {
  if (typeof value === "boolean") return value;
  const folded = foldHeader(String(value));
  if (YES.has(folded)) return true;
  if (NO.has(folded)) return false;
  return value;
}

/**
 * fromExcelValue for one field, remembering what it made of each enum and yes/no cell: a table has
 * few distinct ones and many rows, and each spelling is otherwise folded and looked up again.
 */
export function fieldReader(field: FieldDef | undefined): (value: unknown) => RegisterValue {
  if (!field || (field.type !== "enum" && field.type !== "boolean"))
    return (value) => fromExcelValue(field, value);
  const known = new Map<unknown, RegisterValue>();
  return (value) => {
    let read = known.get(value);
    if (read === undefined) {
      read = fromExcelValue(field, value);
      known.set(value, read);
    }
    return read;
  };
}
