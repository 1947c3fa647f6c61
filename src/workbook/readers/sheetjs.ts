/**
 * .xls (BIFF5/8), .ods, .xlsb and the HTML / XML-2003 "xls" files core systems export, through
 * SheetJS. We use `@e965/xlsx` (SheetJS 0.20.3 republished unchanged, Apache-2.0) rather than the
 * npm `xlsx` package: SheetJS stopped publishing to npm at 0.18.5 (2022), and that version keeps
 * known vulnerabilities (prototype pollution CVE-2023-30533, ReDoS CVE-2024-22363) fixed only in
 * the releases SheetJS serves from its own CDN. These formats are read whole (SheetJS has no
 * streaming reader); their size is bounded by the formats themselves (.xls holds 65,536 rows).
 */
import type { CellObject, WorkBook, WorkSheet } from "@e965/xlsx";
import type { SourceCell, SourceMerge } from "../../importer/types";
import { isDateFormat, serialToDate } from "./dates";
import type { ReadOptions, ReadSheet, SourceWorkbook } from "./types";

type SheetJS = typeof import("@e965/xlsx");

let loaded: Promise<SheetJS> | undefined;
/** SheetJS is large: loaded on first use only (its own chunk in the task pane). */
const sheetJs = (): Promise<SheetJS> => (loaded ??= import("@e965/xlsx"));

function cellValue(cell: CellObject | undefined, date1904: boolean): SourceCell {
  if (!cell) return null;
  switch (cell.t) {
    case "s": {
      const text = String(cell.v ?? "");
      return text === "" ? null : text;
    }
    case "b":
      return Boolean(cell.v);
    case "e":
      return { error: cell.w ?? "#N/A" };
    case "d":
      return cell.v instanceof Date ? cell.v : null;
    case "n": {
      const number = cell.v as number;
      if (typeof number !== "number" || !Number.isFinite(number)) return null;
      const format = typeof cell.z === "string" ? cell.z : undefined;
      return format !== undefined && isDateFormat(-1, format)
        ? serialToDate(number, date1904)
        : number;
    }
    default:
      return null;
  }
}

function sheetOf(
  sheet: WorkSheet,
  name: string,
  hidden: number | undefined,
  date1904: boolean
): ReadSheet {
  const rows: SourceCell[][] = [];
  const data = (sheet["!data"] ?? []) as (CellObject[] | undefined)[];
  data.forEach((cells, r) => {
    if (!cells) return;
    let row: SourceCell[] | null = null;
    cells.forEach((cell, c) => {
      const value = cellValue(cell, date1904);
      if (value === null) return;
      if (row === null) row = rows[r] = [];
      row[c] = value;
    });
  });
  const merges: SourceMerge[] = (sheet["!merges"] ?? [])
    .map((m) => ({ top: m.s.r + 1, left: m.s.c + 1, bottom: m.e.r + 1, right: m.e.c + 1 }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const row = rows[r - 1];
      if (!row) continue;
      for (let c = m.left; c <= Math.min(m.right, row.length); c++)
        if (r !== m.top || c !== m.left) delete row[c - 1];
    }
  }
  let width = 0;
  for (const row of rows) if (row && row.length > width) width = row.length;
  const hiddenColumns = (sheet["!cols"] ?? []).flatMap((col, c) =>
    col?.hidden && c < width ? [c + 1] : []
  );
  return {
    name,
    rows,
    merges,
    ...(hiddenColumns.length > 0 ? { hiddenColumns } : {}),
    ...(hidden === 1
      ? { state: "hidden" as const }
      : hidden === 2
        ? { state: "veryHidden" as const }
        : {}),
    ...(date1904 ? { date1904 } : {}),
  };
}

/**
 * SheetJS writes to console.error when an .ods number format has a condition it does not parse
 * (LibreOffice's "value()>0" arrives XML-escaped). Only the display format is affected, never a
 * value, so the CLI must not print a line per style: those messages are dropped while SheetJS
 * reads (synchronously), and anything else it says still goes through.
 */
function quietly<T>(read: () => T): T {
  const error = console.error;
  console.error = (...args: unknown[]) => {
    if (typeof args[0] === "string" && args[0].startsWith("ODS number format may be incorrect"))
      return;
    error(...args);
  };
  try {
    return read();
  } finally {
    console.error = error;
  }
}

export async function readWithSheetJs(
  bytes: Uint8Array,
  options: ReadOptions = {}
): Promise<Omit<SourceWorkbook, "format" | "notices">> {
  const XLSX = await sheetJs();
  let book: WorkBook;
  try {
    book = quietly(() =>
      // cellStyles: column widths and hidden columns (.xls ColInfo, XML-2003 Column) come with it.
      XLSX.read(bytes, {
        type: "array",
        dense: true,
        cellNF: true,
        cellStyles: true,
        cellDates: false,
      })
    );
  } catch (error) {
    const message = (error as Error).message;
    if (/password|encrypt/i.test(message)) throw new Error("it is protected with a password");
    throw new Error(message);
  }
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  const meta = book.Workbook?.Sheets ?? [];
  const sheets = book.SheetNames.flatMap((name, i) => {
    const sheet = book.Sheets[name];
    // Chart sheets have no cells.
    if (!sheet || sheet["!type"] === "chart") return [];
    const read = sheetOf(sheet, name, meta[i]?.Hidden, date1904);
    options.onProgress?.({
      sheet: name,
      rows: read.rows.length,
      fraction: (i + 1) / book.SheetNames.length,
    });
    return [read];
  });
  const definedNames = (book.Workbook?.Names ?? []).map((n) => ({
    name: n.Name,
    ref: n.Ref,
    ...(n.Sheet !== undefined && n.Sheet !== null ? { localSheet: n.Sheet } : {}),
  }));
  return { sheets, date1904, definedNames };
}
