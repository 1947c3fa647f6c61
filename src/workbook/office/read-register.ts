/**
 * Reads the register (every `tbl*` table the catalog knows) and plain sheets out of the open
 * workbook in row blocks: one sync per block group, loading only `values` (and `numberFormat`
 * only when asked). When Excel refuses a block as too large, the block is split and read again.
 */
import { fieldByHeader } from "../../register/catalog";
import { SHEETS } from "../../register/sheets";
import type { FieldDef, Lang, RegisterRecord, SheetDef, SheetKey } from "../../register/types";
import type { SourceMerge } from "../../importer/types";
import type { CellBlock } from "./cells";
import { blockAddress, jsonBytes, parseAddress } from "./cells";
import { isSizeLimitError } from "./errors";
import type { RegisterColumns } from "../structured-ref";
import { bestLang, countLabelMatches } from "./headers";
import { fromExcelValue } from "./record-values";
import { excelApiSupported, MERGED_AREAS_EXCEL_API } from "./requirements";

export const DEFAULT_READ_CHUNK_ROWS = 5_000;
/** Cells per read request: far below Excel's 5,000,000-cell cap and, for ordinary text, its 5 MB response limit. */
export const DEFAULT_MAX_CELLS_PER_READ = 250_000;

export interface ReadOptions {
  chunkRows?: number;
  maxCellsPerRead?: number;
  /** Rows read so far and in all. */
  onProgress?: (done: number, total: number) => void;
}

export interface RegisterRead {
  records: Partial<Record<SheetKey, RegisterRecord[]>>;
  /** The language most register headers are written in. */
  lang?: Lang;
  /** Each table's actual name and the header of each field's column, for formulas written into it. */
  columns: RegisterColumns;
}

export interface SheetGrid {
  name: string;
  /** The used range the values come from, e.g. "Sheet1!B2:F90"; undefined for an empty sheet. */
  address?: string;
  /** Raw cell values of the used range, row by row (dates as serial numbers). */
  values: unknown[][];
  /** Number formats of the same cells, when asked for (to tell dates from numbers). */
  numberFormats?: string[][];
}

interface BlockRequest {
  sheet: string;
  block: CellBlock;
}

interface BlockResult {
  values: unknown[][];
  numberFormats?: string[][];
}

export async function readRegister(
  context: Excel.RequestContext,
  options: ReadOptions = {}
): Promise<RegisterRead> {
  const all = context.workbook.tables.load("items/name");
  await context.sync();
  const found = all.items.flatMap((t) => {
    const def = SHEETS.find((s) => s.table.toLowerCase() === t.name.toLowerCase());
    return def ? [{ def, name: t.name }] : [];
  });
  if (found.length === 0) return { records: {}, columns: {} };

  const shapes = found.map(({ def, name }) => {
    const table = context.workbook.tables.getItem(name);
    return {
      def,
      header: table.getHeaderRowRange().load("values"),
      body: table.getDataBodyRange().load("address"),
    };
  });
  await context.sync();

  const tables = shapes.map(({ def, header, body }) => {
    const { sheet, block } = parseAddress(body.address);
    return {
      def,
      headers: (header.values[0] ?? []).map((h) => String(h)),
      sheet: sheet ?? "",
      block,
    };
  });
  const limits = readLimits(options);
  const total = tables.reduce((sum, t) => sum + t.block.rows, 0);
  const requests = tables.map((t) => rowBlocks(t.sheet, t.block, limits));
  const results = await readAllBlocks(
    context,
    requests.flat(),
    limits,
    false,
    total,
    options.onProgress
  );

  const records: Partial<Record<SheetKey, RegisterRecord[]>> = {};
  const columns: RegisterColumns = {};
  const langCounts = { en: 0, "zh-CN": 0, "zh-TW": 0 } as Record<Lang, number>;
  let offset = 0;
  for (const [i, table] of tables.entries()) {
    const blocks = results.slice(offset, offset + requests[i].length);
    offset += requests[i].length;
    const fields = fieldColumns(table.def, table.headers);
    const rows = blocks.flatMap((b) => b.values);
    // A field the formula fills unless a day is given: the formula's result is no given value.
    for (const [j, column] of fields.entries()) {
      if (!column.field?.givenBySource) continue;
      const block = { ...table.block, column: table.block.column + j, columns: 1 };
      for (const r of await formulaRows(context, table.sheet, block, limits.chunkRows))
        if (rows[r]) rows[r][j] = "";
    }
    records[table.def.key] = toRecords(fields, rows);
    const headers: Record<string, string> = {};
    fields.forEach((c, j) => {
      if (c.field) headers[c.field.key] = table.headers[j];
    });
    columns[table.def.key] = { table: found[i].name, headers };
    const counts = countLabelMatches(table.def.key, table.headers);
    for (const lang of Object.keys(counts) as Lang[]) langCounts[lang] += counts[lang];
  }
  return { records, lang: bestLang(langCounts), columns };
}

/** The rows (0-based within `block`, one column) whose cell holds a formula, read in chunks. */
async function formulaRows(
  context: Excel.RequestContext,
  sheet: string,
  block: CellBlock,
  chunkRows: number
): Promise<number[]> {
  const found: number[] = [];
  const worksheet = context.workbook.worksheets.getItem(sheet);
  for (let start = 0; start < block.rows; start += chunkRows) {
    const rows = Math.min(chunkRows, block.rows - start);
    const range = worksheet
      .getRange(blockAddress({ ...block, row: block.row + start, rows }))
      .load("formulas");
    // One column at a time, after the values: a register has one such column.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    (range.formulas as unknown[][]).forEach((cells, r) => {
      if (typeof cells[0] === "string" && cells[0].startsWith("=")) found.push(start + r);
    });
  }
  return found;
}

/** A sheet's used range, read in row chunks (for the importer). */
export async function readSheetGrid(
  context: Excel.RequestContext,
  sheetName: string,
  options: ReadOptions & { numberFormats?: boolean } = {}
): Promise<SheetGrid> {
  const blocks: SheetRowsBlock[] = [];
  const read = await readSheetRows(context, sheetName, (block) => void blocks.push(block), options);
  // Placed from the used range's top-left: a part of it that holds cells (see contentParts) lands
  // where it is, the empty space between parts stays holes.
  const values: unknown[][] = [];
  const numberFormats: string[][] = [];
  const origin = read.address ? parseAddress(read.address).block : undefined;
  for (const block of blocks) {
    const { block: part } = parseAddress(block.address);
    const top = part.row - (origin?.row ?? 0) + block.start;
    const left = part.column - (origin?.column ?? 0);
    const place = <T>(into: T[][], rows: T[][]) =>
      rows.forEach((cells, r) => {
        if (left === 0 && !into[top + r]) into[top + r] = cells;
        else {
          const row = (into[top + r] ??= []);
          cells.forEach((cell, c) => (row[left + c] = cell));
        }
      });
    place(values, block.values);
    if (block.numberFormats) place(numberFormats, block.numberFormats);
  }
  const grid: SheetGrid = {
    name: read.name,
    ...(read.address ? { address: read.address } : {}),
    values,
  };
  if (options.numberFormats) grid.numberFormats = numberFormats;
  return grid;
}

/**
 * What one read response may carry, as a target: Excel on the web refuses a response over 5 MB,
 * and the next block's size is only estimated from the bytes per row seen so far.
 */
export const DEFAULT_TARGET_RESPONSE_BYTES = 2_000_000;
/** Bytes per cell assumed before the first block is read (a longish text). */
const FIRST_GUESS_BYTES_PER_CELL = 64;

/** One block of a sheet's cells as read: `start` is its first row's 0-based index in `address`. */
export interface SheetRowsBlock {
  /** The sheet's name as Excel spells it. */
  sheet: string;
  /**
   * The part of the used range the block's rows come from, e.g. "Sheet1!B2:F90": the used range
   * itself, or one of the parts of it that hold cells when it is mostly empty (a stray far cell).
   */
  address: string;
  start: number;
  values: unknown[][];
  numberFormats?: string[][];
}

/** A used range of more cells than this is probed for where its cells are before it is read. */
export const PROBE_ABOVE_CELLS = 250_000;
/** A part whose two halves' used ranges cover at least this share of it is read whole. */
const DENSE_SHARE = 0.5;
/** Probing stops (what is left is read as it is) after this many parts. */
const MAX_PARTS = 256;

const cellsOf = (block: CellBlock) => block.rows * block.columns;

/** The two halves of a block, cut across its longer side. */
function halves(block: CellBlock): [CellBlock, CellBlock] {
  if (block.rows >= block.columns || block.columns < 2) {
    const top = Math.ceil(block.rows / 2);
    return [
      { ...block, rows: top },
      { ...block, row: block.row + top, rows: block.rows - top },
    ];
  }
  const left = Math.ceil(block.columns / 2);
  return [
    { ...block, columns: left },
    { ...block, column: block.column + left, columns: block.columns - left },
  ];
}

/**
 * The parts of a used range that hold cells, top to bottom. Excel's used range is the bounding
 * box of every cell, so one stray cell at XFD1048576 makes it 17 billion cells, nearly all empty;
 * reading it would never end. A large range is cut in halves and each half asked for its own used
 * range (Range.getUsedRangeOrNullObject, ExcelApi 1.4: within the manifest's 1.9), one sync per
 * level for all parts, until a part is small or its halves' used ranges fill most of it (then it
 * is dense, and reading it whole costs little more than its cells).
 */
export async function contentParts(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  used: CellBlock
): Promise<CellBlock[]> {
  const parts: CellBlock[] = [];
  let pending = [used];
  while (pending.length > 0) {
    const large = pending.filter((b) => cellsOf(b) > PROBE_ABOVE_CELLS && b.rows * b.columns > 1);
    for (const b of pending) if (!large.includes(b)) parts.push(b);
    if (large.length === 0) break;
    const probes = large.map((block) => ({
      block,
      found: halves(block).map((half) =>
        worksheet.getRange(blockAddress(half)).getUsedRangeOrNullObject(true).load("address")
      ),
    }));
    // One sync per level of halving, for every part of that level at once.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    pending = [];
    for (const { block, found } of probes) {
      const inside = found.filter((r) => !r.isNullObject).map((r) => parseAddress(r.address).block);
      const covered = inside.reduce((sum, b) => sum + cellsOf(b), 0);
      const tooMany = parts.length + pending.length + inside.length + large.length > MAX_PARTS;
      if (covered >= DENSE_SHARE * cellsOf(block) || tooMany) parts.push(block);
      else pending.push(...inside);
    }
  }
  return parts.sort((a, b) => a.row - b.row || a.column - b.column);
}

/**
 * Streams a sheet's cells to `onBlock` in row blocks, one sync each, so neither the responses nor
 * the caller ever hold more than a block at a time beyond what it keeps. Only the parts of the
 * used range that hold cells are read (see `contentParts`). Each block is sized from the bytes
 * per row of the blocks before it, to stay near `targetResponseBytes` (and within `chunkRows`
 * and `maxCellsPerRead`); a block Excel still refuses is split and read again.
 */
export async function readSheetRows(
  context: Excel.RequestContext,
  sheetName: string,
  onBlock: (block: SheetRowsBlock) => void | Promise<void>,
  options: ReadOptions & { numberFormats?: boolean; targetResponseBytes?: number } = {}
): Promise<SheetRowsRead> {
  const worksheet = context.workbook.worksheets
    .getItemOrNullObject(sheetName)
    .load("name,visibility");
  await context.sync();
  if (worksheet.isNullObject)
    throw new Error(`There is no sheet named '${sheetName}' in this workbook.`);
  const state = sheetState(worksheet.visibility);
  // columnHidden comes with the address: false (no column hidden) spares a sync.
  const used = worksheet.getUsedRangeOrNullObject(true).load("address,columnHidden");
  await context.sync();
  if (used.isNullObject) return { name: worksheet.name, rows: 0, ...state };

  const withFormats = options.numberFormats === true;
  const { block: whole } = parseAddress(used.address);
  const hiddenColumns =
    used.columnHidden === false ? [] : await hiddenColumnsOf(context, worksheet, whole);
  const parts = await contentParts(context, worksheet, whole);
  const limits = readLimits(options, withFormats ? 2 : 1);
  const target = options.targetResponseBytes ?? DEFAULT_TARGET_RESPONSE_BYTES;
  const cellBytes = withFormats ? 2 * FIRST_GUESS_BYTES_PER_CELL : FIRST_GUESS_BYTES_PER_CELL;
  const total = parts.reduce((sum, p) => sum + p.rows, 0);
  let done = 0;
  for (const part of parts) {
    const address = `${used.address.slice(0, used.address.lastIndexOf("!") + 1)}${blockAddress(part)}`;
    const columns = Math.max(part.columns, 1);
    const maxRows = Math.max(1, Math.min(limits.chunkRows, Math.floor(limits.maxCells / columns)));
    let rowsPerBlock = Math.max(1, Math.min(maxRows, Math.floor(target / (columns * cellBytes))));
    let bytesRead = 0;
    let start = 0;
    while (start < part.rows) {
      const rows = Math.min(rowsPerBlock, part.rows - start);
      const request = { sheet: worksheet.name, block: { ...part, row: part.row + start, rows } };
      const [result] = await readGroup(context, [request], withFormats);
      bytesRead += jsonBytes(result.values) + (withFormats ? jsonBytes(result.numberFormats) : 0);
      await onBlock({ sheet: worksheet.name, address, start, ...result });
      start += rows;
      done += rows;
      options.onProgress?.(done, total);
      const bytesPerRow = Math.max(1, bytesRead / start);
      rowsPerBlock = Math.max(1, Math.min(maxRows, Math.floor(target / bytesPerRow)));
    }
  }
  const merges = await mergedAreasOf(context, worksheet, parts);
  return {
    name: worksheet.name,
    address: used.address,
    rows: whole.rows,
    ...(hiddenColumns.length > 0 ? { hiddenColumns } : {}),
    ...(merges.length > 0 ? { merges } : {}),
    ...state,
  };
}

/** What readSheetRows says of a sheet besides its cells, as a workbook file says it. */
export interface SheetRowsRead {
  name: string;
  /** The used range, e.g. "Sheet1!B2:F90"; absent for an empty sheet. */
  address?: string;
  rows: number;
  /** 1-based columns hidden in the used range; absent when none is. */
  hiddenColumns?: number[];
  /** Merged ranges, 1-based and inclusive; absent when none is or the host cannot tell (below ExcelApi 1.13). */
  merges?: SourceMerge[];
  /** Absent for a visible sheet. */
  state?: "hidden" | "veryHidden";
}

function sheetState(visibility: Excel.SheetVisibility | string): {
  state?: "hidden" | "veryHidden";
} {
  if (visibility === "Hidden") return { state: "hidden" };
  if (visibility === "VeryHidden") return { state: "veryHidden" };
  return {};
}

/** Excel refuses the merged areas of a range that holds more than this many of them. */
export const MAX_MERGED_AREAS = 512;
/** Rows asked for their merged areas at a time once Excel refused a whole part. */
export const MERGE_WINDOW_ROWS = 100;
/** Requests for merged areas sent in one sync. */
const MERGE_REQUESTS_PER_SYNC = 1_000;

/** The block's rows in windows of at most `rows` rows. */
function rowWindows(block: CellBlock, rows: number): CellBlock[] {
  const out: CellBlock[] = [];
  for (let start = 0; start < block.rows; start += rows)
    out.push({ ...block, row: block.row + start, rows: Math.min(rows, block.rows - start) });
  return out;
}

function inGroups<T>(items: readonly T[], size: number): T[][] {
  const groups: T[][] = [];
  for (let i = 0; i < items.length; i += size) groups.push(items.slice(i, i + size));
  return groups;
}

/** "Sheet1!A1:B2, 'My, sheet'!C3:C9" → the merged ranges, 1-based and inclusive. */
export function mergesOfAddress(address: string): SourceMerge[] {
  const refs = address.matchAll(/!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)(?=\s*,|\s*$)/g);
  return [...refs].map((m) => {
    const { block } = parseAddress(m[1]);
    return {
      top: block.row + 1,
      left: block.column + 1,
      bottom: block.row + block.rows,
      right: block.column + block.columns,
    };
  });
}

/** Refused merged-area syncs after which a sheet's remaining merges are not asked for. */
export const MAX_REFUSED_MERGE_SYNCS = 32;

/**
 * The merged ranges of the parts of a sheet that hold cells (Range.getMergedAreasOrNullObject,
 * ExcelApi 1.13; none on an older host), so a title merged across a table or a client's name
 * merged down over her policies reads as it does from the file. All parts are asked in one sync.
 * Excel answers only for a range of at most 512 merged areas (an area counts where its top-left
 * cell is) and otherwise fails the sync, so then each part is asked on its own; a part it still
 * refuses is asked in windows of rows, a window it refuses in halves. A single row it refuses is
 * read without merges (its cells are read all the same), and so is the rest of a sheet once Excel
 * has refused MAX_REFUSED_MERGE_SYNCS syncs.
 */
export async function mergedAreasOf(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  parts: readonly CellBlock[]
): Promise<SourceMerge[]> {
  if (!excelApiSupported(MERGED_AREAS_EXCEL_API)) return [];
  const pending = inGroups(parts, MERGE_REQUESTS_PER_SYNC);
  const merges: SourceMerge[] = [];
  let refused = 0;
  while (pending.length > 0) {
    const group = pending.shift() as CellBlock[];
    const asked = group.map((block) =>
      worksheet.getRange(blockAddress(block)).getMergedAreasOrNullObject().load("address")
    );
    try {
      // One sync for all parts; further ones only for what Excel refused.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch {
      // Excel's refusal has no error code of its own, so any failure is split and asked again;
      // the count bounds what a sheet that fails for another reason costs.
      if (++refused >= MAX_REFUSED_MERGE_SYNCS) break;
      const [block] = group;
      if (group.length > 1) pending.unshift(...group.map((b) => [b]));
      else if (block.rows > MERGE_WINDOW_ROWS)
        pending.unshift(...inGroups(rowWindows(block, MERGE_WINDOW_ROWS), MERGE_REQUESTS_PER_SYNC));
      else if (block.rows > 1)
        pending.unshift(...rowWindows(block, Math.ceil(block.rows / 2)).map((b) => [b]));
      continue;
    }
    for (const areas of asked)
      if (!areas.isNullObject) merges.push(...mergesOfAddress(areas.address));
  }
  return merges.sort((a, b) => a.top - b.top || a.left - b.left);
}

/**
 * The text Excel shows for each of these cells of one sheet (Range.text, ExcelApi 1.1), in one
 * sync; "" for a cell it shows nothing for.
 */
export async function shownTexts(
  context: Excel.RequestContext,
  sheetName: string,
  addresses: readonly string[]
): Promise<string[]> {
  const worksheet = context.workbook.worksheets.getItem(sheetName);
  const cells = addresses.map((address) => worksheet.getRange(address).load("text"));
  await context.sync();
  return cells.map((cell) => String(cell.text[0]?.[0] ?? ""));
}

/** Columns of a used range beyond this many are not asked one by one whether they are hidden. */
export const MAX_HIDDEN_PROBE_COLUMNS = 1_024;

/**
 * The 1-based columns of the used range that are hidden (Range.columnHidden, ExcelApi 1.2), one
 * sync asking each column's first cell; called only when the used range says some column is
 * (its columnHidden is not false). A person does not see a hidden column, so the importer leaves
 * it out (a CRM export's "(Do Not Modify)" GUIDs and checksums).
 */
export async function hiddenColumnsOf(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  used: CellBlock
): Promise<number[]> {
  const count = Math.min(used.columns, MAX_HIDDEN_PROBE_COLUMNS);
  const cells = Array.from({ length: count }, (_, i) =>
    worksheet
      .getRange(blockAddress({ row: used.row, column: used.column + i, rows: 1, columns: 1 }))
      .load("columnHidden")
  );
  await context.sync();
  return cells.flatMap((cell, i) => (cell.columnHidden === true ? [used.column + i + 1] : []));
}

interface ReadLimits {
  chunkRows: number;
  maxCells: number;
}

function readLimits(options: ReadOptions, propertiesPerCell = 1): ReadLimits {
  const chunkRows = options.chunkRows ?? DEFAULT_READ_CHUNK_ROWS;
  const maxCells = Math.floor(
    (options.maxCellsPerRead ?? DEFAULT_MAX_CELLS_PER_READ) / propertiesPerCell
  );
  if (!Number.isInteger(chunkRows) || chunkRows < 1)
    throw new RangeError(`chunkRows must be a positive whole number, not ${chunkRows}.`);
  if (!(maxCells >= 1))
    throw new RangeError(`maxCellsPerRead must be at least ${propertiesPerCell}.`);
  return { chunkRows, maxCells };
}

/** Row blocks of at most `chunkRows` rows and `maxCells` cells. */
function rowBlocks(sheet: string, block: CellBlock, limits: ReadLimits): BlockRequest[] {
  const rowsPerBlock = Math.max(
    1,
    Math.min(limits.chunkRows, Math.floor(limits.maxCells / Math.max(block.columns, 1)))
  );
  return rowWindows(block, rowsPerBlock).map((window) => ({ sheet, block: window }));
}

/** Reads blocks, grouping small neighbours into one sync while the group stays within the limits. */
async function readAllBlocks(
  context: Excel.RequestContext,
  requests: BlockRequest[],
  limits: ReadLimits,
  withFormats: boolean,
  total: number,
  onProgress?: (done: number, total: number) => void
): Promise<BlockResult[]> {
  const results: BlockResult[] = [];
  let done = 0;
  let group: BlockRequest[] = [];
  const send = async () => {
    if (group.length === 0) return;
    results.push(...(await readGroup(context, group, withFormats)));
    done += group.reduce((sum, r) => sum + r.block.rows, 0);
    onProgress?.(done, total);
    group = [];
  };
  for (const request of requests) {
    const rows = group.reduce((sum, r) => sum + r.block.rows, 0) + request.block.rows;
    const cells =
      group.reduce((sum, r) => sum + r.block.rows * r.block.columns, 0) +
      request.block.rows * request.block.columns;
    if (group.length > 0 && (rows > limits.chunkRows || cells > limits.maxCells)) await send();
    group.push(request);
  }
  await send();
  return results;
}

/** One sync for the group; when Excel says it is too large, halves it and tries again. */
async function readGroup(
  context: Excel.RequestContext,
  group: BlockRequest[],
  withFormats: boolean
): Promise<BlockResult[]> {
  const ranges = group.map((r) =>
    context.workbook.worksheets
      .getItem(r.sheet)
      .getRange(blockAddress(r.block))
      .load(withFormats ? "values,numberFormat" : "values")
  );
  try {
    await context.sync();
  } catch (error) {
    if (!isSizeLimitError(error)) throw error;
    if (group.length > 1) {
      const middle = Math.ceil(group.length / 2);
      return [
        ...(await readGroup(context, group.slice(0, middle), withFormats)),
        ...(await readGroup(context, group.slice(middle), withFormats)),
      ];
    }
    const [only] = group;
    if (only.block.rows <= 1) throw error;
    const topRows = Math.ceil(only.block.rows / 2);
    const [top] = await readGroup(
      context,
      [{ ...only, block: { ...only.block, rows: topRows } }],
      withFormats
    );
    const [bottom] = await readGroup(
      context,
      [
        {
          ...only,
          block: { ...only.block, row: only.block.row + topRows, rows: only.block.rows - topRows },
        },
      ],
      withFormats
    );
    return [
      {
        values: [...top.values, ...bottom.values],
        numberFormats: withFormats
          ? [...(top.numberFormats ?? []), ...(bottom.numberFormats ?? [])]
          : undefined,
      },
    ];
  }
  return ranges.map((range) => ({
    values: range.values,
    numberFormats: withFormats ? (range.numberFormat as string[][]) : undefined,
  }));
}

interface ColumnKey {
  /** The field key, or the header for a person's own column (and for a second column of a field). */
  key: string;
  field?: FieldDef;
}

/** Which field each header stands for: the first header that spells a field gets it. */
function fieldColumns(def: SheetDef, headers: string[]): ColumnKey[] {
  const used = new Set<string>();
  return headers.map((header) => {
    const field: FieldDef | undefined = fieldByHeader(def, header);
    const key = field && !used.has(field.key) ? field.key : header;
    used.add(key);
    return { key, field: key === field?.key ? field : undefined };
  });
}

/** Rows as records keyed by field key; a user's own column keeps its header as key. Empty rows are dropped. */
function toRecords(columns: ColumnKey[], rows: unknown[][]): RegisterRecord[] {
  return rows
    .filter((row) => row.some((v) => v !== "" && v !== null && v !== undefined))
    .map((row) =>
      Object.fromEntries(columns.map((c, i) => [c.key, fromExcelValue(c.field, row[i])]))
    );
}
