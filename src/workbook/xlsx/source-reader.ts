/**
 * Reads any .xlsx into plain grids for the importer: formulas give their cached results, rich text
 * and hyperlinks their text, Excel errors stay visible as { error: "#N/A" }. Read-only: the
 * source file is never written.
 */
import ExcelJS from "exceljs";
import type { SourceCell, SourceMerge, SourceSheet } from "../../importer/types";

export type { SourceCell, SourceMerge, SourceSheet } from "../../importer/types";

const MAX_UNWRAP_DEPTH = 4;

function sourceCell(value: ExcelJS.CellValue | undefined, depth = 0): SourceCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== "object" || depth > MAX_UNWRAP_DEPTH) return null;
  if ("error" in value && typeof (value as ExcelJS.CellErrorValue).error === "string")
    return { error: (value as ExcelJS.CellErrorValue).error };
  if ("richText" in value && Array.isArray(value.richText))
    return value.richText.map((run) => run.text ?? "").join("");
  if ("formula" in value || "sharedFormula" in value) {
    return sourceCell(
      (value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue | undefined,
      depth + 1
    );
  }
  if ("hyperlink" in value)
    return sourceCell((value as ExcelJS.CellHyperlinkValue).text, depth + 1);
  return null;
}

function mergesOf(worksheet: ExcelJS.Worksheet): SourceMerge[] {
  // exceljs keeps merges by master address; the public `model` getter rebuilds every row, so
  // read the index directly.
  const internal =
    (
      worksheet as unknown as {
        _merges?: Record<string, { model?: SourceMerge } & Partial<SourceMerge>>;
      }
    )._merges ?? {};
  const out: SourceMerge[] = [];
  for (const range of Object.values(internal)) {
    if (!range) continue;
    const m = range.model ?? range;
    if (
      typeof m.top === "number" &&
      typeof m.left === "number" &&
      typeof m.bottom === "number" &&
      typeof m.right === "number"
    ) {
      out.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right });
    }
  }
  return out.sort((a, b) => a.top - b.top || a.left - b.left);
}

function sheetOf(worksheet: ExcelJS.Worksheet): SourceSheet {
  const rows: SourceCell[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: SourceCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // A merged cell other than the top-left one repeats the master's value in exceljs; the
      // source grid keeps it empty and lists the merge instead.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const value = sourceCell(cell.value);
      if (value === null) return;
      while (cells.length < col - 1) cells.push(null);
      cells[col - 1] = value;
    });
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = cells;
  });
  return { name: worksheet.name, rows, merges: mergesOf(worksheet) };
}

export async function loadSourceWorkbook(
  source: string | Buffer | ArrayBuffer | Uint8Array
): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const where = typeof source === "string" ? source : "the workbook";
  try {
    if (typeof source === "string") await workbook.xlsx.readFile(source);
    else await workbook.xlsx.load(source as ArrayBuffer);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT"
        ? "the file does not exist"
        : (error as Error).message;
    throw new Error(`Cannot read ${where} as an .xlsx workbook: ${reason}`);
  }
  return workbook;
}

/** Every worksheet of an .xlsx (a path or its bytes) as plain grids, in workbook order. */
export async function readSourceWorkbook(
  source: string | Buffer | ArrayBuffer | Uint8Array
): Promise<SourceSheet[]> {
  const workbook = await loadSourceWorkbook(source);
  return workbook.worksheets.map(sheetOf);
}
