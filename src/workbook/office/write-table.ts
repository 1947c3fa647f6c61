/**
 * Writes a register table into its sheet: header and rows as 2D ranges in chunks, then
 * `tables.add` over the written range, then the column formats, calculated columns, validation and
 * layout. Also adds missing columns at the right end of an existing table.
 *
 * Text is kept as text, never a formula: Excel turns a string that starts with "=", "+" or "-"
 * written through `Range.values` into a formula (and "00123" into 123) unless the cell is already
 * formatted as text ("@"), so text columns, and any string cell of a non-text column, get "@"
 * before their values. Other number formats follow the values.
 *
 * Like the .xlsx writer, formats and validation reach down to `lastBodyRow`, so that people typing
 * below a short table still get drop-downs and text formatting.
 */
import { lastBodyRow } from "../layout";
import type { ColumnPlan } from "../plan";
import { cellValueOf, isGiven, tableRowsArray } from "../plan";
import type { ExcelCell } from "./cells";
import {
  blockAddress,
  cellProblem,
  columnLetter,
  columnNumberFormat,
  columnWidthPoints,
  isTextColumn,
  jsonBytes,
  toExcelCell,
} from "./cells";
import type { RowChunk } from "./chunks";
import { OversizedRowError, oversizeParams, splitIntoChunks } from "./chunks";
import type { AddColumnsAction, NewTableAction } from "./decide";
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

export interface WriteLimits {
  chunkRows: number;
  maxRequestBytes: number;
}

/** A header note to add once the table exists (notes are newer API, sent apart). */
export type HeaderNote = { sheetName: string; text: string } & (
  | { /** The header cell of a new table, e.g. "C1". */ address: string }
  | { /** The column of an existing table. */ table: { name: string; header: string } }
);

export interface PreparedTable {
  action: NewTableAction;
  /** Header first, then the data rows, as Excel values. */
  grid: ExcelCell[][];
  /**
   * Values given in place of a calculated column's formula (GivenCell), as runs of adjacent body
   * rows of one column: written over the formula once the column is calculated, they are what
   * Excel calls exceptions to the calculated column, which keeps its formula in the other rows
   * and in rows added later.
   */
  givenRuns: GivenRun[];
  /** Chunks over `grid` (row 0 is the header). */
  chunks: RowChunk[];
  dataRows: number;
  /** Rows below the header that get formats and validation. */
  formatRows: number;
  /** Columns formatted "@" throughout before any value. */
  textColumns: number[];
  /** Non-text columns holding some strings: formats go per chunk, "@" on the strings, before values. */
  mixedColumns: number[];
  notes: HeaderNote[];
  warnings: string[];
}

/** Given values of one column over adjacent body rows (`row` 1-based below the header). */
export interface GivenRun {
  column: number;
  row: number;
  values: ExcelCell[][];
}

/** Converts and chunks a new table's rows; throws RegisterWriteError (before any write) on bad rows. */
export function prepareTable(action: NewTableAction, limits: WriteLimits): PreparedTable {
  const { columns } = action.table;
  const rows = tableRowsArray(action.table);
  const grid: ExcelCell[][] = [columns.map((c) => c.header)];
  const givenRuns: GivenRun[] = [];
  const runOf = new Map<number, GivenRun>();
  rows.forEach((row, index) => {
    if (row.length > columns.length) {
      throw new RegisterWriteError(
        "write.row-too-wide",
        {
          sheetName: action.sheetName,
          row: index + 2,
          cells: row.length,
          table: action.table.name,
          columns: columns.length,
        },
        action.sheetName
      );
    }
    grid.push(
      columns.map((column, c) => {
        const value = cellValueOf(row[c]);
        const problem = cellProblem(value);
        if (problem) {
          throw new RegisterWriteError(
            "write.table-cell",
            { sheetName: action.sheetName, row: index + 2, column: column.header, ...problem },
            action.sheetName
          );
        }
        if (column.formula === undefined) return toExcelCell(value, column);
        if (isGiven(row[c])) {
          const run = runOf.get(c);
          const cell = toExcelCell(value, column);
          if (run && run.row + run.values.length === index + 1) run.values.push([cell]);
          else {
            const next = { column: c, row: index + 1, values: [[cell]] };
            givenRuns.push(next);
            runOf.set(c, next);
          }
        }
        return "";
      })
    );
  });

  const textColumns = columns.flatMap((c, i) => (isTextColumn(c) ? [i] : []));
  const mixedColumns = columns.flatMap((c, i) =>
    !isTextColumn(c) &&
    c.formula === undefined &&
    grid.some((row, r) => r > 0 && typeof row[i] === "string" && row[i] !== "")
      ? [i]
      : []
  );
  const rowBytes = grid.map(
    (row) =>
      jsonBytes(row) +
      1 +
      mixedColumns.reduce((sum, c) => sum + jsonBytes([formatForCell(columns[c], row[c])]) + 1, 0)
  );
  let chunks: RowChunk[];
  try {
    chunks = splitIntoChunks(rowBytes, {
      maxRows: limits.chunkRows,
      maxBytes: limits.maxRequestBytes - 2 * ACTION_OVERHEAD_BYTES,
      fixedBytes: ACTION_OVERHEAD_BYTES * (1 + mixedColumns.length),
    });
  } catch (error) {
    if (!(error instanceof OversizedRowError)) throw error;
    throw new RegisterWriteError(
      error.row === 0 ? "write.header-too-large" : "write.row-too-large",
      { sheetName: action.sheetName, row: error.row + 1, ...oversizeParams(error) },
      action.sheetName
    );
  }

  return {
    action,
    grid,
    givenRuns,
    chunks,
    dataRows: rows.length,
    formatRows: lastBodyRow(rows.length) - 1,
    textColumns,
    mixedColumns,
    notes: columns.flatMap((c, i) =>
      c.note ? [{ sheetName: action.sheetName, address: `${columnLetter(i)}1`, text: c.note }] : []
    ),
    warnings: validationWarnings(
      action.sheetName,
      columns.map((c) => ({ where: `column "${c.header}"`, rule: c.validation }))
    ),
  };
}

function formatForCell(column: ColumnPlan, value: ExcelCell): string | null {
  if (typeof value === "string" && value !== "") return "@";
  return columnNumberFormat(column) ?? null;
}

/** Queues (through the batcher) everything a new register table needs. */
export async function writeNewTable(
  context: Excel.RequestContext,
  batcher: SyncBatcher,
  prepared: PreparedTable,
  fix: FormulaFix
): Promise<void> {
  const { action, grid, textColumns, mixedColumns, formatRows, dataRows } = prepared;
  const { columns } = action.table;
  const worksheet = context.workbook.worksheets.getItem(action.sheetName);
  const column = (c: number, row: number, rows: number) =>
    worksheet.getRange(blockAddress({ row, column: c, rows, columns: 1 }));

  await batcher.add({ bytes: (textColumns.length + 1) * ACTION_OVERHEAD_BYTES }, () => {
    worksheet.getRange(
      blockAddress({ row: 0, column: 0, rows: 1, columns: columns.length })
    ).numberFormat = uniform("@");
    for (const c of textColumns) column(c, 1, formatRows).numberFormat = uniform("@");
  });

  for (const chunk of prepared.chunks) {
    const rows = grid.slice(chunk.start, chunk.start + chunk.count);
    await batcher.add(
      { bytes: chunk.bytes, rows: chunk.start === 0 ? chunk.count - 1 : chunk.count },
      () => {
        for (const c of mixedColumns) {
          column(c, chunk.start, chunk.count).numberFormat = rows.map((row, r) => [
            chunk.start + r === 0 ? "@" : formatForCell(columns[c], row[c]),
          ]);
        }
        worksheet.getRange(
          blockAddress({ row: chunk.start, column: 0, rows: chunk.count, columns: columns.length })
        ).values = rows;
      }
    );
  }

  const bodyRows = Math.max(dataRows, 1);
  const widths = columns.map((c) => c.width);
  const finishBytes =
    (3 + columns.length * 3) * ACTION_OVERHEAD_BYTES +
    jsonBytes(columns.map((c) => [c.formula, c.validation])) +
    prepared.givenRuns.reduce(
      (sum, run) => sum + ACTION_OVERHEAD_BYTES + jsonBytes(run.values),
      0
    ) +
    sheetLayoutBytes(action.sheet, widths);
  await batcher.add({ bytes: finishBytes }, () => {
    const table = worksheet.tables.add(
      blockAddress({ row: 0, column: 0, rows: bodyRows + 1, columns: columns.length }),
      true
    );
    table.name = action.table.name;
    table.style = action.table.style;
    columns.forEach((plan, c) => {
      const format = columnNumberFormat(plan);
      if (format !== undefined && !textColumns.includes(c)) {
        const from = mixedColumns.includes(c) ? dataRows + 1 : 1;
        if (from <= formatRows)
          column(c, from, formatRows - from + 1).numberFormat = uniform(format);
      }
      if (plan.formula !== undefined)
        column(c, 1, bodyRows).formulas = uniform(withEquals(fix(plan.formula)));
      queueValidation(column(c, 1, formatRows), plan.validation);
    });
    for (const run of prepared.givenRuns)
      column(run.column, run.row, run.values.length).values = run.values;
    queueSheetLayout(worksheet, action.sheet, widths, fix);
  });
}

/** Adds the missing columns at the right end of an existing table, leaving every existing cell alone. */
export async function addTableColumns(
  context: Excel.RequestContext,
  batcher: SyncBatcher,
  action: AddColumnsAction,
  fix: FormulaFix
): Promise<HeaderNote[]> {
  const bytes = action.columns.length * 6 * ACTION_OVERHEAD_BYTES + jsonBytes(action.columns);
  await batcher.add({ bytes }, () => {
    const table = context.workbook.tables.getItem(action.tableName);
    for (const { column, header } of action.columns) {
      const added = table.columns.add(-1, undefined, header);
      const body = added.getDataBodyRange();
      const format = columnNumberFormat(column);
      if (format !== undefined) body.numberFormat = uniform(format);
      if (column.formula !== undefined) body.formulas = uniform(withEquals(fix(column.formula)));
      queueValidation(body, column.validation);
      if (column.width > 0) added.getRange().format.columnWidth = columnWidthPoints(column.width);
    }
  });
  return action.columns.flatMap(({ column, header }) =>
    column.note
      ? [
          {
            sheetName: action.sheetName,
            table: { name: action.tableName, header },
            text: column.note,
          },
        ]
      : []
  );
}
