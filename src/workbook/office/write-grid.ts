/**
 * Writes a free-cell sheet (Settings, review sheets) from A1: strings Excel would not keep as typed
 * get "@" first, then values, then the plan's formulas through `Range.formulas` (null leaves a
 * cell unchanged, as the API documents for 2D arrays), then number formats and layout.
 */
import type { PlanValue } from "../plan";
import { gridOf, isFormula } from "../plan";
import type { ExcelCell } from "./cells";
import {
  blockAddress,
  cellProblem,
  columnsAddress,
  jsonBytes,
  localAddress,
  needsTextFormat,
} from "./cells";
import type { RowChunk } from "./chunks";
import { OversizedRowError, oversizeParams, splitIntoChunks } from "./chunks";
import type { NewGridAction } from "./decide";
import { RegisterWriteError } from "./errors";
import type { FormulaFix } from "./sheet-format";
import {
  queueSheetLayout,
  queueValidation,
  sheetLayoutBytes,
  uniform,
  validationWarnings,
  withEquals,
} from "./sheet-format";
import type { SyncBatcher } from "./sync-batcher";
import { ACTION_OVERHEAD_BYTES } from "./sync-batcher";
import type { WriteLimits } from "./write-table";

export interface PreparedGrid {
  action: NewGridAction;
  width: number;
  values: ExcelCell[][];
  /** "@" where a string must stay text, null elsewhere; undefined when no cell needs it. */
  guards?: (string | null)[][];
  formulas?: (string | null)[][];
  chunks: RowChunk[];
  warnings: string[];
}

export function prepareGrid(
  action: NewGridAction,
  limits: WriteLimits,
  fix: FormulaFix
): PreparedGrid {
  const grid = gridOf(action.sheet);
  const width = grid.reduce((max, row) => Math.max(max, row.length), 0);
  const cell = (row: PlanValue[], c: number): PlanValue => row[c] ?? null;
  grid.forEach((row, r) =>
    row.forEach((value, c) => {
      const problem = cellProblem(value);
      if (problem) {
        throw new RegisterWriteError(
          "write.grid-cell",
          {
            sheetName: action.sheetName,
            cell: blockAddress({ row: r, column: c, rows: 1, columns: 1 }),
            ...problem,
          },
          action.sheetName
        );
      }
    })
  );
  const values = grid.map((row) =>
    Array.from({ length: width }, (_, c) => toGridValue(cell(row, c)))
  );
  const guardRows = grid.map((row) =>
    Array.from({ length: width }, (_, c) => guardFor(cell(row, c)))
  );
  const formulaRows = grid.map((row) =>
    Array.from({ length: width }, (_, c) => {
      const value = cell(row, c);
      return isFormula(value) ? withEquals(fix(value.formula)) : null;
    })
  );
  const guards = guardRows.some((row) => row.some((g) => g !== null)) ? guardRows : undefined;
  const formulas = formulaRows.some((row) => row.some((f) => f !== null)) ? formulaRows : undefined;
  const rowBytes = values.map(
    (row, r) =>
      jsonBytes(row) +
      (guards ? jsonBytes(guards[r]) : 0) +
      (formulas ? jsonBytes(formulas[r]) : 0) +
      3
  );
  try {
    const chunks =
      width === 0
        ? []
        : splitIntoChunks(rowBytes, {
            maxRows: limits.chunkRows,
            maxBytes: limits.maxRequestBytes - 2 * ACTION_OVERHEAD_BYTES,
            fixedBytes: 3 * ACTION_OVERHEAD_BYTES,
          });
    const rules = Object.entries(action.sheet.gridValidations ?? {}).map(([address, rule]) => ({
      where: `cell ${address}`,
      rule,
    }));
    return {
      action,
      width,
      values,
      guards,
      formulas,
      chunks,
      warnings: validationWarnings(action.sheetName, rules),
    };
  } catch (error) {
    if (!(error instanceof OversizedRowError)) throw error;
    throw new RegisterWriteError(
      "write.row-too-large",
      { sheetName: action.sheetName, row: error.row + 1, ...oversizeParams(error) },
      action.sheetName
    );
  }
}

function toGridValue(value: PlanValue): ExcelCell {
  if (value === null || isFormula(value)) return "";
  return value;
}

function guardFor(value: PlanValue): string | null {
  return typeof value === "string" && needsTextFormat(value) ? "@" : null;
}

export async function writeGrid(
  context: Excel.RequestContext,
  batcher: SyncBatcher,
  prepared: PreparedGrid,
  fix: FormulaFix
): Promise<void> {
  const { action, width, values, guards, formulas } = prepared;
  const worksheet = context.workbook.worksheets.getItem(action.sheetName);
  for (const chunk of prepared.chunks) {
    const address = blockAddress({
      row: chunk.start,
      column: 0,
      rows: chunk.count,
      columns: width,
    });
    const slice = <T>(rows: T[][]): T[][] => rows.slice(chunk.start, chunk.start + chunk.count);
    await batcher.add({ bytes: chunk.bytes }, () => {
      if (guards) worksheet.getRange(address).numberFormat = slice(guards);
      worksheet.getRange(address).values = slice(values);
      if (formulas) worksheet.getRange(address).formulas = slice(formulas);
    });
  }
  const formats = Object.entries(action.sheet.gridFormats ?? {});
  const validations = Object.entries(action.sheet.gridValidations ?? {});
  const widths = action.sheet.gridWidths ?? [];
  const bytes =
    (formats.length + validations.length) * ACTION_OVERHEAD_BYTES +
    jsonBytes([formats, validations]) +
    sheetLayoutBytes(action.sheet, widths);
  await batcher.add({ bytes }, () => {
    for (const [address, format] of formats)
      worksheet.getRange(localAddress(address)).numberFormat = uniform(format);
    for (const [address, rule] of validations)
      queueValidation(worksheet.getRange(localAddress(address)), rule);
    queueSheetLayout(worksheet, action.sheet, widths, fix);
    for (const column of action.sheet.gridWrap ?? []) {
      worksheet.getRange(columnsAddress(column)).format.wrapText = true;
      worksheet.getRange(columnsAddress(column)).format.verticalAlignment = "Top";
    }
  });
}
