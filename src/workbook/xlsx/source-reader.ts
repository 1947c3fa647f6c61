/**
 * Source workbooks for the importer as plain grids, through the reader layer (../readers):
 * .xlsx/.xlsm streamed, .xls/.ods/.xlsb through SheetJS, CSV in any common encoding. Formulas
 * give their cached results, rich text its text, Excel errors stay visible as { error: "#N/A" }.
 * Read-only: the source file is never written.
 */
import ExcelJS from "exceljs";
import { readSourceBytes } from "../readers";
import type { SourceSheet } from "../../importer/types";

export type { SourceCell, SourceMerge, SourceSheet } from "../../importer/types";

/** An .xlsx as an exceljs workbook (the preview still reads tables and names this way). */
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

/** Every worksheet of a source workbook (a path or its bytes), in workbook order. */
export async function readSourceWorkbook(
  source: string | Buffer | ArrayBuffer | Uint8Array
): Promise<SourceSheet[]> {
  if (typeof source === "string") {
    // Node only: the browser hands over bytes.
    const { readSourceFile } = await import("../readers/file");
    return (await readSourceFile(source)).sheets;
  }
  const bytes = source instanceof ArrayBuffer ? new Uint8Array(source) : source;
  return (await readSourceBytes(bytes)).sheets;
}
