/**
 * Writes a register sheet's records into its existing Excel table: the table ends with exactly
 * one row per record, the typed register columns get the records' values, and everything else
 * stays as it is — calculated columns keep their formulas, a person's own columns keep their
 * cells. Rows are matched to records by identity, never by position: the record's id (clientId,
 * complaintId, policyNo, opportunityId), then its natural key within its client, then its whole
 * typed content; only what none of these can tell apart falls back to table order. So a table
 * sorted or filtered since it was read keeps every row where it is, with the person's cells
 * beside it; new records come last, and rows no record stands for any more are deleted.
 *
 * Round trips: two syncs to read the table, one per block of rows to read its typed cells, one
 * more (applyPlan's) when records bring a column the table lacks, then one per batch of rows;
 * never one per row.
 *
 * It runs on the task pane's thread, which in Excel's shared runtime also runs the custom
 * functions, and Excel restarts an add-in that stays busy for 5 s. Converting a long table
 * (records to cells, cells read back to records, matching rows) gives the event loop a turn
 * every few tens of milliseconds (`yieldEveryMs`), as the import itself does in its worker.
 */
import { childKey } from "../../importer/link-merge";
import { sheetDef } from "../../register/sheets";
import type { FieldDef, Lang, RegisterRecord, RegisterValue, SheetKey } from "../../register/types";
import type { ColumnPlan, SheetPlan, TableCell } from "../plan";
import { cellValueOf, isGiven, tableRowsArray } from "../plan";
import { buildRegisterSheetPlan } from "../register-plan";
import { yielder, type Yielder } from "../readers/yield";
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
import { OversizedRowError, oversizeParams, splitIntoChunks } from "./chunks";
import { RegisterWriteError } from "./errors";
import type { FormulaFix } from "./sheet-format";
import { detectHeaderLang, headerMatchesColumn } from "./headers";
import { fieldReader } from "./record-values";
import { ACTION_OVERHEAD_BYTES, SyncBatcher } from "./sync-batcher";

export interface TableRecordsOptions extends ApplyOptions {
  /** The language new columns get when the table's own cannot be told from its headers. */
  lang: Lang;
  /** Give the event loop a turn after this many ms of converting (default 30; 0 never). */
  yieldEveryMs?: number;
}

/** Items converted between two looks at the clock. */
const ITEMS_PER_CHECK = 256;

/** Calls `pause` every ITEMS_PER_CHECK items; awaits it only when it asks to wait. */
function checkpoint(pause: Yielder): (index: number) => Promise<void> | void {
  return (index) => ((index + 1) % ITEMS_PER_CHECK === 0 ? pause() : undefined);
}

/** Runs step generators to their end, yielding to the event loop as `pause` decides. */
async function drive<T>(steps: Generator<void, T>, pause: Yielder): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    const waiting = pause();
    if (waiting) await waiting;
  }
}

/**
 * A table column: the plan column it stands for, or null for a person's own column. `given`: a
 * calculated column whose rows may hold a value given in place of the formula (a complaint's due
 * day), written row by row — the value where the record gives one, else the formula.
 */
type Slot = { column: ColumnPlan; typed: boolean; given?: boolean } | null;

/** Pure: which plan column each header stands for. */
export function matchColumns(
  key: SheetKey,
  headers: readonly string[],
  plan: ColumnPlan[]
): Slot[] {
  const fields = sheetDef(key).fields;
  return headers.map((header) => {
    const column = plan.find((c) => headerMatchesColumn(key, header, c));
    if (!column) return null;
    const typed = column.formula === undefined;
    const given = !typed && fields.some((f) => f.key === column.key && f.givenBySource);
    return given ? { column, typed, given } : { column, typed };
  });
}

const range = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

/** Sorted indexes as [first, count] runs of consecutive ones. */
function runsOf(indexes: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const i of indexes) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === i) last[1]++;
    else runs.push([i, 1]);
  }
  return runs;
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
    throw new RegisterWriteError("write.no-table", { sheetKey: key, table: def.table }, key);

  const pause = yielder(options.yieldEveryMs ?? 30);
  let { headers, body } = await readTable(context, table);
  const lang = detectHeaderLang(key, headers) ?? options.lang;
  const sheetPlan = await buildRegisterSheetPlan(
    key,
    { lang, formulaStyle: "live", records: { [key]: records as RegisterRecord[] } },
    pause
  );
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
  const existing = await readBodyRecords(context, table, body, slots, def.fields, options, pause);
  const placement = await drive(placementSteps(key, existing, records), pause);
  // New rows get the calculated columns' formulas, spelled with the headers the tables have.
  const fix =
    (records.length > body.rowCount - placement.removed.length &&
      slots.some((slot) => slot && !slot.typed)) ||
    slots.some((slot) => slot?.given)
      ? await workbookFormulaFix(context, {
          lang,
          formulaStyle: "live",
          sheets: [withoutRows(sheetPlan)],
          names: [],
        })
      : (formula: string) => formula;
  // The plan already holds each record as cells in `columns` order.
  const rows = await drive(
    excelRows(key, tableRowsArray(sheetPlan.table!), columns, slots, fix),
    pause
  );
  await writeRows(context, table, key, body, slots, rows, placement, fix, options, pause);
}

/**
 * The records' cells as the table's typed columns take them (null in the others; in a `given`
 * column the record's value or the formula); a cell Excel cannot hold stops everything before
 * anything is written.
 */
function* excelRows(
  key: SheetKey,
  cells: TableCell[][],
  columns: ColumnPlan[],
  slots: Slot[],
  fix: FormulaFix
): Generator<void, (ExcelCell | null)[][]> {
  const from = slots.map((slot) =>
    slot?.typed || slot?.given ? columns.indexOf(slot.column) : -1
  );
  const formulaOf = slots.map((slot) =>
    slot?.given ? `=${fix(slot.column.formula!.replace(/^=/, ""))}` : ""
  );
  const rows = new Array<(ExcelCell | null)[]>(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const row = cells[i];
    row.forEach((cell, j) => {
      const problem = cellProblem(cellValueOf(cell));
      if (problem)
        throw new RegisterWriteError(
          "write.record-cell",
          { sheetKey: key, record: i + 1, column: columns[j].header, ...problem },
          key
        );
    });
    rows[i] = slots.map((slot, j) => {
      if (slot?.given)
        return isGiven(row[from[j]])
          ? toExcelCell(cellValueOf(row[from[j]]), slot.column)
          : formulaOf[j];
      return slot?.typed ? toExcelCell(cellValueOf(row[from[j]]), slot.column) : null;
    });
    if ((i + 1) % ITEMS_PER_CHECK === 0) yield;
  }
  return rows;
}

/** Per sheet, the field that is a record's own id, when it has one. */
const ID_FIELDS: Partial<Record<SheetKey, string>> = {
  Clients: "clientId",
  Complaints: "complaintId",
  Insurance: "policyNo",
  Pipeline: "opportunityId",
};

export interface Placement {
  /** Record indexes in final table order: the rows that stay, in the order they are in, then new records. */
  order: number[];
  /** Body row indexes (0-based) no record stands for any more. */
  removed: number[];
}

const valueText = (value: RegisterValue | undefined): string =>
  value === null || value === undefined ? "" : String(value).trim();

/** Typed values of the fields the table's rows were read with, as one comparable text. */
function contentKey(record: RegisterRecord, fields: readonly string[]): string {
  return fields.map((f) => valueText(record[f])).join("\u0001");
}

/**
 * Pure: which existing body row each record goes to. `existing` are the rows as read (typed
 * fields only). A record takes the row with its id; else the row with its natural key; else the
 * row with exactly its typed content; what is left pairs up in table order; records beyond
 * that are new (appended), rows beyond that are removed.
 */
export function placeRecords(
  key: SheetKey,
  existing: readonly RegisterRecord[],
  records: readonly RegisterRecord[]
): Placement {
  const steps = placementSteps(key, existing, records);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** placeRecords in steps: it yields every few hundred rows, so a caller may pause between. */
function* placementSteps(
  key: SheetKey,
  existing: readonly RegisterRecord[],
  records: readonly RegisterRecord[]
): Generator<void, Placement> {
  const rowOf: (number | undefined)[] = records.map(() => undefined);
  const taken = new Set<number>();
  const names = new Set<string>();
  for (let i = 0; i < existing.length; i++) {
    for (const name of Object.keys(existing[i])) names.add(name);
    if ((i + 1) % ITEMS_PER_CHECK === 0) yield;
  }
  const fields = [...names];
  function* pass(keyOf: (record: RegisterRecord) => string): Generator<void, void> {
    const queues = new Map<string, number[]>();
    for (let i = 0; i < existing.length; i++) {
      if ((i + 1) % ITEMS_PER_CHECK === 0) yield;
      if (taken.has(i)) continue;
      const k = keyOf(existing[i]);
      if (k === "") continue;
      const queue = queues.get(k);
      if (queue) queue.push(i);
      else queues.set(k, [i]);
    }
    for (let i = 0; i < records.length; i++) {
      if ((i + 1) % ITEMS_PER_CHECK === 0) yield;
      if (rowOf[i] !== undefined) continue;
      const k = keyOf(records[i]);
      const row = k === "" ? undefined : queues.get(k)?.shift();
      if (row === undefined) continue;
      rowOf[i] = row;
      taken.add(row);
    }
  }
  const idField = ID_FIELDS[key];
  if (idField) yield* pass((r) => valueText(r[idField]).toLowerCase());
  if (key !== "Clients") yield* pass((r) => (valueText(r.clientId) === "" ? "" : childKey(key, r)));
  yield* pass((r) => {
    const k = contentKey(r, fields);
    return k.replace(/\u0001/g, "") === "" ? "" : k;
  });
  // What identity cannot tell apart (a row whose key was edited, a blank row) pairs in order.
  const free = existing.map((_, i) => i).filter((i) => !taken.has(i));
  let nextFree = 0;
  records.forEach((_, i) => {
    if (rowOf[i] !== undefined || nextFree >= free.length) return;
    rowOf[i] = free[nextFree++];
    taken.add(rowOf[i] as number);
  });
  const byRow = new Map<number, number>();
  rowOf.forEach((row, i) => row !== undefined && byRow.set(row, i));
  const order: number[] = [];
  const removed: number[] = [];
  existing.forEach((_, row) => {
    const record = byRow.get(row);
    if (record === undefined) removed.push(row);
    else order.push(record);
  });
  records.forEach((_, i) => rowOf[i] === undefined && order.push(i));
  return { order, removed };
}

/** The body rows as records of their typed register fields, read in blocks. */
async function readBodyRecords(
  context: Excel.RequestContext,
  table: Excel.Table,
  body: { address: string; rowCount: number },
  slots: Slot[],
  fields: readonly FieldDef[],
  options: TableRecordsOptions,
  pause: Yielder
): Promise<RegisterRecord[]> {
  const { sheet, block } = parseAddress(body.address);
  const worksheet = sheet ? context.workbook.worksheets.getItem(sheet) : table.worksheet;
  const perBlock = Math.max(1, Math.floor(READ_CELLS / Math.max(1, block.columns)));
  const chunk = Math.min(options.chunkRows ?? DEFAULT_CHUNK_ROWS, perBlock);
  const typed = slots.flatMap((slot, j) =>
    slot?.typed
      ? [
          {
            j,
            key: slot.column.key,
            read: fieldReader(fields.find((f) => f.key === slot.column.key)),
          },
        ]
      : []
  );
  const check = checkpoint(pause);
  const records: RegisterRecord[] = [];
  for (let start = 0; start < block.rows; start += chunk) {
    const rows = Math.min(chunk, block.rows - start);
    const values = await readValues(context, worksheet, { ...block, row: block.row + start, rows });
    for (const row of values) {
      const record: RegisterRecord = {};
      for (const { j, key, read } of typed) record[key] = read(row[j]);
      records.push(record);
      const waiting = check(records.length - 1);
      if (waiting) await waiting;
    }
  }
  return records;
}

/** One block's values: one round trip. */
async function readValues(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  block: { row: number; column: number; rows: number; columns: number }
): Promise<unknown[][]> {
  const range = worksheet.getRange(blockAddress(block)).load("values");
  await context.sync();
  return range.values;
}

/** Cells per read while matching rows: well under Excel's response limit for ordinary text. */
const READ_CELLS = 200_000;

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

function withoutRows(sheet: SheetPlan): SheetPlan {
  return { ...sheet, table: { ...sheet.table!, rows: [] }, conditionalFormats: [] };
}

async function writeRows(
  context: Excel.RequestContext,
  table: Excel.Table,
  key: SheetKey,
  body: { address: string; rowCount: number },
  slots: Slot[],
  rows: (ExcelCell | null)[][],
  placement: Placement,
  fix: FormulaFix,
  options: TableRecordsOptions,
  pause: Yielder
): Promise<void> {
  const { sheet, block: read } = parseAddress(body.address);
  const worksheet = sheet ? context.workbook.worksheets.getItem(sheet) : table.worksheet;
  const chunkRows = options.chunkRows ?? DEFAULT_CHUNK_ROWS;
  const maxBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const batcher = new SyncBatcher(context, { maxBytes, maxRows: chunkRows }, (done) =>
    options.onProgress?.(Math.min(done, rows.length), rows.length)
  );
  // An Excel table keeps at least one body row: with no records it keeps its first, emptied.
  const target = Math.max(1, rows.length);
  const written =
    rows.length > 0
      ? placement.order.map((i) => rows[i])
      : [slots.map((slot) => (slot?.typed ? "" : null))];
  const removed = rows.length > 0 ? placement.removed : range(1, read.rows);
  // Rows no record stands for go, bottom run first so the rows above keep their place.
  for (const [first, count] of runsOf(removed).reverse()) {
    const rowsGone = { ...read, row: read.row + first, rows: count };
    await batcher.add({ bytes: ACTION_OVERHEAD_BYTES }, () =>
      worksheet.getRange(blockAddress(rowsGone)).delete("Up")
    );
  }
  const block = { ...read, rows: read.rows - removed.length };
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
  const givenColumns = slots.flatMap((slot, j) => (slot?.given ? [j] : []));
  // Worst case per row: every value plus a text guard per cell.
  const check = checkpoint(pause);
  const rowBytes = new Array<number>(written.length);
  for (let i = 0; i < written.length; i++) {
    rowBytes[i] = 2 * jsonBytes(written[i]) + 8;
    const waiting = check(i);
    if (waiting) await waiting;
  }
  let chunks;
  try {
    chunks = splitIntoChunks(rowBytes, {
      maxRows: chunkRows,
      maxBytes: maxBytes - 2 * ACTION_OVERHEAD_BYTES,
      fixedBytes: 3 * ACTION_OVERHEAD_BYTES * (runs.length + givenColumns.length),
    });
  } catch (error) {
    if (!(error instanceof OversizedRowError)) throw error;
    throw new RegisterWriteError(
      "write.record-too-large",
      { sheetKey: key, record: error.row + 1, ...oversizeParams(error) },
      key
    );
  }
  for (const chunk of chunks) {
    const waiting = pause();
    if (waiting) await waiting;
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
      // Through `formulas`: a given day is a constant over the calculated column's formula, the
      // others get the formula back.
      for (const j of givenColumns)
        worksheet.getRange(
          blockAddress({
            row: block.row + chunk.start,
            column: block.column + j,
            rows: chunk.count,
            columns: 1,
          })
        ).formulas = slice.map((row) => [row[j]]) as unknown as string[][];
    });
  }
  await batcher.flush();
}
