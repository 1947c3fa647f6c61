/**
 * The one place that calls `Excel.run`: everything else takes a RequestContext, so it can be
 * tested against an in-memory fake.
 */
import type { RegisterSettings } from "../../register/settings";
import type { Lang, RegisterRecord, SheetKey } from "../../register/types";
import type { SheetPlan, WorkbookPlan } from "../plan";
import type { ApplyOptions, ApplyReport } from "./apply-plan";
import { applyPlan } from "./apply-plan";
import type {
  ReadOptions,
  RegisterRead,
  SheetGrid,
  SheetRowsBlock,
  SheetRowsRead,
} from "./read-register";
import { readRegister, readSheetGrid, readSheetRows, shownTexts } from "./read-register";
import type { GeneratedKind } from "./generated-sheets";
import { replaceGeneratedSheets } from "./generated-sheets";
import { readWorkbookSettings, writeWorkbookSettings } from "./settings";
import type { TableRecordsOptions } from "./table-records";
import { writeTableRecords } from "./table-records";

/**
 * Runs a batch that waits out cell-edit mode. Without `delayForCellEdit` a batch that reaches
 * Excel while the user is typing in a cell fails ("When false, if the user is in cell edit when
 * the batch request is processed by the host, the batch automatically fails",
 * https://learn.microsoft.com/javascript/api/excel/excel.runoptions); with it Excel runs the batch
 * once the user leaves the cell. Office's type definitions give `delayForCellEdit` no requirement
 * set of its own (only `mergeUndoGroup`, ExcelApi 1.20, unused here), so it needs no
 * isSetSupported guard. Reads go the same way: they fail in cell-edit mode too.
 */
export function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run({ delayForCellEdit: true }, batch);
}

/** Sets up (or completes) the register in the open workbook. */
export function setUpRegister(plan: WorkbookPlan, options?: ApplyOptions): Promise<ApplyReport> {
  return runExcel((context) => applyPlan(context, plan, options));
}

/** Reads the register's tables out of the open workbook. */
export function readOpenRegister(options?: ReadOptions): Promise<RegisterRead> {
  return runExcel((context) => readRegister(context, options));
}

/** Reads one sheet's used range out of the open workbook (for the importer). */
export function readOpenSheetGrid(
  sheetName: string,
  options?: ReadOptions & { numberFormats?: boolean }
): Promise<SheetGrid> {
  return runExcel((context) => readSheetGrid(context, sheetName, options));
}

/** Streams one sheet's used range out of the open workbook, block by block (for the importer). */
export function readOpenSheetRows(
  sheetName: string,
  onBlock: (block: SheetRowsBlock) => void | Promise<void>,
  options?: ReadOptions & { numberFormats?: boolean }
): Promise<SheetRowsRead> {
  return runExcel((context) => readSheetRows(context, sheetName, onBlock, options));
}

/** The text Excel shows for these cells of one sheet of the open workbook. */
export function readOpenShownTexts(
  sheetName: string,
  addresses: readonly string[]
): Promise<string[]> {
  return runExcel((context) => shownTexts(context, sheetName, addresses));
}

/** Makes a register table hold exactly `records` (typed columns; formulas and own columns kept). */
export function writeOpenTableRecords(
  key: SheetKey,
  records: readonly RegisterRecord[],
  options: TableRecordsOptions
): Promise<void> {
  return runExcel((context) => writeTableRecords(context, key, records, options));
}

/** Replaces the generated sheets of `kind` in the open workbook; returns the sheet names written. */
export function replaceOpenGeneratedSheets(
  sheets: readonly SheetPlan[],
  kind: GeneratedKind,
  lang: Lang
): Promise<string[]> {
  return runExcel((context) => replaceGeneratedSheets(context, sheets, kind, lang));
}

/** The open workbook's settings, or null when it has no Settings names yet. */
export function readOpenSettings(): Promise<RegisterSettings | null> {
  return runExcel((context) => readWorkbookSettings(context));
}

/** Writes settings into the open workbook's Settings cells. */
export function writeOpenSettings(settings: RegisterSettings, lang: Lang): Promise<void> {
  return runExcel((context) => writeWorkbookSettings(context, settings, lang));
}
