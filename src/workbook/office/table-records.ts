/**
 * Writes a register sheet's records into its existing Excel table: the table ends with exactly
 * one row per record (rows are added or deleted at its end), the typed register columns get the
 * records' values, and everything else stays as it is — calculated columns keep their formulas,
 * a person's own columns keep their cells. Records keep their order, so rows already in the table
 * keep their place (and the person's cells beside them); new records come last.
 *
 * Round trips: two syncs to read the table, one more (applyPlan's) when records bring a column
 * the table lacks, then one per batch of rows; never one per row.
 */
import { sheetDef } from "../../register/sheets";
import type { Lang, RegisterRecord, SheetKey } from "../../register/types";
import type { ColumnPlan, PlanCell, SheetPlan } from "../plan";
import { buildRegisterPlan } from "../register-plan";
import type { ApplyOptions } from "./apply-plan";
import {
  applyPlan,
  DEFAULT_CHUNK_ROWS,
  DEFAULT_MAX_REQUEST_BYTES,
  workbookFormulaFix,
} from "./apply-plan";
import type { ExcelCell } from "./cells";
import {
  blockAddress,
  cellProblem,
  jsonBytes,
  needsTextFormat,
  parseAddress,
  toExcelCell,
} from "./cells";
import { OversizedRowError, splitIntoChunks } from "./chunks";
import { RegisterWriteError } from "./errors";
import type { FormulaFix } from "./sheet-format";
import { detectHeaderLang, headerMatchesColumn } from "./headers";
import { ACTION_OVERHEAD_BYTES, SyncBatcher } from "./sync-batcher";

export interface TableRecordsOptions extends ApplyOptions {
  /** The language new columns get when the table's own cannot be told from its headers. */
  lang: Lang;
}

/** A table column: the plan column it stands for, or null for a person's own column. */
type Slot = { column: ColumnPlan; typed: boolean } | null;

/** Pure: which plan column each header stands for. */
export function matchColumns(
  key: SheetKey,
  headers: readonly string[],
  plan: ColumnPlan[]
): Slot[] {
  return headers.map((header) => {
    const column = plan.find((c) => headerMatchesColumn(key, header, c));
    return column ? { column, typed: column.formula === undefined } : null;
  });
}

/** Runs of adjacent typed columns, as [first, count] pairs of table column indexes. */
export function typedRuns(slots: readonly Slot[]): [number, number][] {
  const runs: [number, number][] = [];
  slots.forEach((slot, j) => {
    if (!slot?.typed) return;
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === j) last[1]++;
    else runs.push([j, 1]);
  });
  return runs;
}

export async function writeTableRecords(
  context: Excel.RequestContext,
  key: SheetKey,
  records: readonly RegisterRecord[],
  options: TableRecordsOptions
): Promise<void> {
  const def = sheetDef(key);
  const table = context.workbook.tables.getItemOrNullObject(def.table).load("name");
  await context.sync();
  if (table.isNullObject)
    throw new RegisterWriteError(
      `The register has no ${key} table (${def.table}). Set up the register first, then try again.`,
      key
    );

  let { headers, body } = await readTable(context, table);
  const lang = detectHeaderLang(key, headers) ?? options.lang;
  const sheetPlan = registerSheet(key, records, lang);
  const columns = sheetPlan.table!.columns;
  if (columns.some((c) => !headers.some((h) => headerMatchesColumn(key, h, c)))) {
    // Records carry a column the table lacks: set-up adds it at the table's right end.
    await applyPlan(
      context,
      { lang, formulaStyle: "live", sheets: [withoutRows(sheetPlan)], names: [] },
      options
    );
    ({ headers, body } = await readTable(context, table));
  }

  const slots = matchColumns(key, headers, columns);
  // New rows get the calculated columns' formulas, spelled with the headers the tables have.
  const fix =
    records.length > body.rowCount && slots.some((slot) => slot && !slot.typed)
      ? await workbookFormulaFix(context, {
          lang,
          formulaStyle: "live",
          sheets: [withoutRows(sheetPlan)],
          names: [],
        })
      : (formula: string) => formula;
  // The plan already holds each record as cells in `columns` order.
  const cells = sheetPlan.table!.rows;
  checkCells(key, cells, columns);
  const rows = cells.map((row) =>
    slots.map((slot) => {
      if (!slot?.typed) return null;
      return toExcelCell(row[columns.indexOf(slot.column)], slot.column);
    })
  );
  await writeRows(context, table, key, body, slots, rows, fix, options);
}

async function readTable(
  context: Excel.RequestContext,
  table: Excel.Table
): Promise<{ headers: string[]; body: { address: string; rowCount: number } }> {
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("address,rowCount");
  await context.sync();
  return {
    headers: (header.values[0] ?? []).map((h) => String(h ?? "")),
    body: { address: body.address, rowCount: body.rowCount },
  };
}

function registerSheet(key: SheetKey, records: readonly RegisterRecord[], lang: Lang): SheetPlan {
  const plan = buildRegisterPlan({ lang, formulaStyle: "live", records: { [key]: [...records] } });
  return plan.sheets.find((s) => s.registerKey === key)!;
}

function withoutRows(sheet: SheetPlan): SheetPlan {
  return { ...sheet, table: { ...sheet.table!, rows: [] }, conditionalFormats: [] };
}

function checkCells(key: SheetKey, cells: PlanCell[][], columns: ColumnPlan[]): void {
  cells.forEach((row, i) =>
    row.forEach((value, j) => {
      const problem = cellProblem(value);
      if (problem)
        throw new RegisterWriteError(
          `Sheet '${key}', record ${i + 1}, column "${columns[j].header}": ${problem}. Nothing was changed.`,
          key
        );
    })
  );
}

async function writeRows(
  context: Excel.RequestContext,
  table: Excel.Table,
  key: SheetKey,
  body: { address: string; rowCount: number },
  slots: Slot[],
  rows: (ExcelCell | null)[][],
  fix: FormulaFix,
  options: TableRecordsOptions
): Promise<void> {
  const { sheet, block } = parseAddress(body.address);
  const worksheet = sheet ? context.workbook.worksheets.getItem(sheet) : table.worksheet;
  const chunkRows = options.chunkRows ?? DEFAULT_CHUNK_ROWS;
  const maxBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const batcher = new SyncBatcher(context, { maxBytes, maxRows: chunkRows }, (done) =>
    options.onProgress?.(Math.min(done, rows.length), rows.length)
  );
  // An Excel table keeps at least one body row: with no records it keeps one, emptied.
  const target = Math.max(1, rows.length);
  const written = rows.length > 0 ? rows : [slots.map((slot) => (slot?.typed ? "" : null))];

  if (target < block.rows) {
    const surplus = { ...block, row: block.row + target, rows: block.rows - target };
    await batcher.add({ bytes: ACTION_OVERHEAD_BYTES }, () =>
      worksheet.getRange(blockAddress(surplus)).delete("Up")
    );
  }
  for (let start = block.rows; start < target; start += chunkRows) {
    const count = Math.min(chunkRows, target - start);
    const blank = slots.map((slot) =>
      slot && !slot.typed ? `=${fix(slot.column.formula!.replace(/^=/, ""))}` : ""
    );
    await batcher.add({ bytes: ACTION_OVERHEAD_BYTES + count * jsonBytes(blank) }, () =>
      table.rows.add(
        undefined,
        Array.from({ length: count }, () => [...blank])
      )
    );
  }

  const runs = typedRuns(slots);
  // Worst case per row: every value plus a text guard per cell.
  const rowBytes = written.map((row) => 2 * jsonBytes(row) + 8);
  let chunks;
  try {
    chunks = splitIntoChunks(rowBytes, {
      maxRows: chunkRows,
      maxBytes: maxBytes - 2 * ACTION_OVERHEAD_BYTES,
      fixedBytes: 3 * ACTION_OVERHEAD_BYTES * runs.length,
    });
  } catch (error) {
    if (!(error instanceof OversizedRowError)) throw error;
    throw new RegisterWriteError(
      `Sheet '${key}', record ${error.row + 1} is too large to write in one request: ${error.message} Nothing was changed.`,
      key
    );
  }
  for (const chunk of chunks) {
    const slice = written.slice(chunk.start, chunk.start + chunk.count);
    await batcher.add({ bytes: chunk.bytes, rows: chunk.count }, () => {
      for (const [first, count] of runs) {
        const values = slice.map((row) => row.slice(first, first + count) as ExcelCell[]);
        const guards = values.map((row) =>
          row.map((v) => (typeof v === "string" && needsTextFormat(v) ? "@" : null))
        );
        const range = worksheet.getRange(
          blockAddress({
            row: block.row + chunk.start,
            column: block.column + first,
            rows: chunk.count,
            columns: count,
          })
        );
        if (guards.some((row) => row.some((g) => g !== null)))
          range.numberFormat = guards as unknown as string[][];
        range.values = values;
      }
    });
  }
  await batcher.flush();
}
