/**
 * The one place that calls `Excel.run`: everything else takes a RequestContext, so it can be
 * tested against an in-memory fake.
 */
import type { WorkbookPlan } from "../plan";
import type { ApplyOptions, ApplyReport } from "./apply-plan";
import { applyPlan } from "./apply-plan";
import type { ReadOptions, RegisterRead, SheetGrid } from "./read-register";
import { readRegister, readSheetGrid } from "./read-register";

/** Sets up (or completes) the register in the open workbook. */
export function setUpRegister(plan: WorkbookPlan, options?: ApplyOptions): Promise<ApplyReport> {
  return Excel.run((context) => applyPlan(context, plan, options));
}

/** Reads the register's tables out of the open workbook. */
export function readOpenRegister(options?: ReadOptions): Promise<RegisterRead> {
  return Excel.run((context) => readRegister(context, options));
}

/** Reads one sheet's used range out of the open workbook (for the importer). */
export function readOpenSheetGrid(
  sheetName: string,
  options?: ReadOptions & { numberFormats?: boolean }
): Promise<SheetGrid> {
  return Excel.run((context) => readSheetGrid(context, sheetName, options));
}
