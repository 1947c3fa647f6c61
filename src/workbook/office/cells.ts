/**
 * Pure helpers shared by the Office.js writer and reader: cell conversion, A1 addresses, sizes.
 * Nothing here touches Office.js; everything is unit-tested on its own.
 */
import type { MessageCode, MessageParams } from "../../register/messages";
import type { FieldType } from "../../register/types";
import type { ColumnPlan, PlanCell } from "../plan";
import { MAX_CELL_TEXT } from "../../register/excel-limits";

/** A value as Excel's `Range.values` takes it. */
export type ExcelCell = string | number | boolean;

const MS_PER_DAY = 86_400_000;
/** Serial 25569 is 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Excel counts a non-existent 1900-02-29 (serial 60), so serials below 61 are one day "early". */
const FIRST_SERIAL_AFTER_FAKE_LEAP_DAY = 61;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "1985-05-15" → 31182. Undefined for text that is not a real calendar date Excel can hold. */
export function isoToSerial(iso: string): number | undefined {
  const match = ISO_DATE.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (
    back.getUTCFullYear() !== year ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== day
  )
    return undefined;
  const serial = ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  if (serial >= FIRST_SERIAL_AFTER_FAKE_LEAP_DAY) return serial;
  const early = serial - 1;
  return early >= 1 ? early : undefined;
}

/** 31182 → "1985-05-15"; the time of day, if any, is dropped. Undefined for serials that are no date. */
export function serialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return undefined;
  const day = Math.floor(serial);
  if (day === 60) return undefined; // Excel's phantom 1900-02-29: no real date
  const shifted = day < FIRST_SERIAL_AFTER_FAKE_LEAP_DAY ? day + 1 : day;
  return new Date((shifted - UNIX_EPOCH_SERIAL) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A block of cells by 0-based row and column. */
export interface CellBlock {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** { row: 1, column: 0, rows: 2, columns: 3 } → "A2:C3" (no sheet name). */
export function blockAddress(block: CellBlock): string {
  const start = `${columnLetter(block.column)}${block.row + 1}`;
  const end = `${columnLetter(block.column + block.columns - 1)}${block.row + block.rows}`;
  return start === end ? start : `${start}:${end}`;
}

/** The whole column(s) of a block, e.g. "C:C", for column widths. */
export function columnsAddress(column: number, count = 1): string {
  return `${columnLetter(column)}:${columnLetter(column + count - 1)}`;
}

/**
 * Parses an address as Excel returns it ("Sheet1!B2:D9", "'My sheet'!A1", "A:C", "$A$1") into its
 * sheet name and block. Whole columns get 1,048,576 rows; whole rows get 16,384 columns.
 */
export function parseAddress(address: string): { sheet?: string; block: CellBlock } {
  let sheet: string | undefined;
  let ref = address.trim();
  const bang = ref.lastIndexOf("!");
  if (bang >= 0) {
    const rawSheet = ref.slice(0, bang);
    sheet =
      rawSheet.startsWith("'") && rawSheet.endsWith("'")
        ? rawSheet.slice(1, -1).replace(/''/g, "'")
        : rawSheet;
    ref = ref.slice(bang + 1);
  }
  const [startRef, endRef = startRef] = ref.replace(/\$/g, "").split(":");
  const start = parseCellRef(startRef, "start");
  const end = parseCellRef(endRef, "end");
  if (!start || !end) throw new Error(`Not a cell address: "${address}".`);
  return {
    sheet,
    block: {
      row: start.row,
      column: start.column,
      rows: end.row - start.row + 1,
      columns: end.column - start.column + 1,
    },
  };
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

function parseCellRef(
  ref: string,
  side: "start" | "end"
): { row: number; column: number } | undefined {
  const match = /^([A-Za-z]{0,3})(\d{0,7})$/.exec(ref);
  if (!match || (match[1] === "" && match[2] === "")) return undefined;
  const column = match[1] === "" ? (side === "start" ? 0 : MAX_COLUMNS - 1) : columnIndex(match[1]);
  const row = match[2] === "" ? (side === "start" ? 0 : MAX_ROWS - 1) : Number(match[2]) - 1;
  return { row, column };
}

/** A sheet name as it must appear before "!" in a reference: quoted when it is not a plain word. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** Drops a leading "Sheet!" from an address so it can be used with `worksheet.getRange`. */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang >= 0 ? address.slice(bang + 1) : address;
}

/** Text Excel would turn into a formula if written through `Range.values`. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}

/**
 * Text that Excel would not keep as typed when written to a General cell: formulas, and strings
 * it would read as a number, date, percentage or truth value ("00123", "1,12", "3/4", "TRUE").
 */
export function needsTextFormat(text: string): boolean {
  if (text === "") return false;
  if (looksLikeFormula(text.trimStart())) return true;
  if (/^\s*(true|false)\s*$/i.test(text)) return true;
  return /\d/.test(text) && /^[\s\d.,:/%$€£¥()eE-]+$/.test(text);
}

const TEXT_LIKE_TYPES: ReadonlySet<string> = new Set<FieldType>([
  "id",
  "text",
  "phone",
  "email",
  "enum",
]);

/** The number format a column's body gets: the plan's, or "@" (text) for text-like fields. */
export function columnNumberFormat(column: ColumnPlan): string | undefined {
  if (column.numberFormat !== undefined) return column.numberFormat;
  if (column.formula !== undefined) return undefined;
  return TEXT_LIKE_TYPES.has(column.type) ? "@" : undefined;
}

/** True for columns whose every body cell is formatted as text before any value is written. */
export function isTextColumn(column: ColumnPlan): boolean {
  return column.formula === undefined && columnNumberFormat(column) === "@";
}

/** Why Excel cannot hold a plan value, or undefined when it can. */
export function cellProblem(value: unknown): CellProblem | undefined {
  if (typeof value === "number" && !Number.isFinite(value))
    return { problem: "write.cell-not-number", value: String(value) };
  if (typeof value === "string" && value.length > MAX_CELL_TEXT)
    return { problem: "write.cell-too-long", length: value.length, max: MAX_CELL_TEXT };
  return undefined;
}

/** Why Excel cannot hold a cell: a message code under `problem` and its parameters. */
export type CellProblem = { problem: MessageCode } & MessageParams;

/**
 * A plan cell as Excel takes it: ISO dates in date columns become serial numbers, null becomes
 * "" (empty). Strings stay strings; whether Excel keeps them as text is decided by number formats.
 */
export function toExcelCell(value: PlanCell, column: ColumnPlan): ExcelCell {
  if (value === null) return "";
  if (typeof value === "string" && column.type === "date") return isoToSerial(value) ?? value;
  return value;
}

/** Size in bytes of `text` encoded as UTF-8, without allocating. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The UTF-8 size of a value's JSON text: what it adds to an Office.js request. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}

/**
 * A width in characters as Excel points (`format.columnWidth`): Excel measures widths in the
 * maximum digit width of the default font (7 px for Calibri 11) plus 5 px padding; 1 px = 0.75 pt.
 * 8.43 characters (Excel's default) → 48 pt.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
