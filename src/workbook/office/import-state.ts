/**
 * The import state in the open workbook: the same very hidden `_CR_ImportState` sheet the file
 * path writes (see the README, "Import state"), read and written through Office.js, so an import
 * from the task pane merges three ways as the CLI does. Sheet visibility is ExcelApi 1.1, far
 * below the manifest's 1.9: no requirement check is needed.
 */
import {
  IMPORT_STATE_SHEET,
  importStateRows,
  parseImportState,
  type ImportState,
} from "../../importer/import-state";
import type { PlanCell } from "../plan";
import { blockAddress, jsonBytes, parseAddress } from "./cells";
import { DEFAULT_MAX_REQUEST_BYTES } from "./apply-plan";
import { readSheetGrid, type ReadOptions } from "./read-register";
import { ACTION_OVERHEAD_BYTES } from "./sync-batcher";

/** The remembered state, or undefined when the workbook has none (never imported into, or deleted). */
export async function readImportStateSheet(
  context: Excel.RequestContext,
  options: ReadOptions = {}
): Promise<ImportState | undefined> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(IMPORT_STATE_SHEET).load("name");
  await context.sync();
  if (sheet.isNullObject) return undefined;
  const grid = await readSheetGrid(context, IMPORT_STATE_SHEET, options);
  if (grid.values.length === 0) return undefined;
  const { block } = parseAddress(grid.address ?? "A1");
  // The grid starts at the used range's top-left; the state is laid out from A1.
  const rows: unknown[][] = [];
  grid.values.forEach((row, i) => {
    rows[block.row + i] = [...Array<unknown>(block.column).fill(null), ...row];
  });
  return parseImportState(rows);
}

export interface WriteStateOptions {
  maxRequestBytes?: number;
}

/**
 * Writes the state as a fresh very hidden sheet (the old one, if any, goes first: Excel deletes
 * a very hidden sheet only once it is merely hidden). Cells are text, so no value can turn into a
 * formula; requests stay under Excel's size limit.
 */
export async function writeImportStateSheet(
  context: Excel.RequestContext,
  state: ImportState,
  options: WriteStateOptions = {}
): Promise<void> {
  const old = context.workbook.worksheets.getItemOrNullObject(IMPORT_STATE_SHEET).load("name");
  await context.sync();
  if (!old.isNullObject) {
    old.visibility = "Hidden" as Excel.SheetVisibility;
    old.delete();
  }
  const sheet = context.workbook.worksheets.add(IMPORT_STATE_SHEET);
  sheet.visibility = "VeryHidden" as Excel.SheetVisibility;
  await context.sync();

  const rows = importStateRows(state).map((row) => row.map((cell) => textOf(cell)));
  const budget = (options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES) - 2 * ACTION_OVERHEAD_BYTES;
  let start = 0;
  while (start < rows.length) {
    let bytes = 0;
    let end = start;
    while (end < rows.length) {
      const size = 2 * jsonBytes(rows[end]) + 16;
      if (end > start && bytes + size > budget) break;
      bytes += size;
      end++;
    }
    const chunk = rows.slice(start, end);
    const width = Math.max(1, ...chunk.map((r) => r.length));
    const values = chunk.map((r) => [...r, ...Array<string>(width - r.length).fill("")]);
    const range = sheet.getRange(
      blockAddress({ row: start, column: 0, rows: chunk.length, columns: width })
    );
    await writeText(range, values, context);
    start = end;
  }
}

/** Text cells: the "@" format first, so nothing written can become a formula or a number. */
async function writeText(
  range: Excel.Range,
  values: string[][],
  context: Excel.RequestContext
): Promise<void> {
  range.numberFormat = values.map((r) => r.map(() => "@"));
  range.values = values;
  await context.sync();
}

const textOf = (cell: PlanCell): string =>
  cell === null || cell === undefined ? "" : String(cell);
