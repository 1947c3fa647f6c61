/**
 * Finds the tables inside a sheet. A sheet may hold several blocks of cells separated by empty
 * rows or columns (a list beside the table, a summary under it), each with its own header; each
 * block's header row (or two rows) is found below its title rows, and its data ends where the
 * block ends. Bounds come from the cells that are there: rows and cells are sparse, so a stray
 * cell at XFD1048576 is a block of its own and never widens a table.
 */
import { classifySheet } from "./classify-sheet";
import {
  CLIENT_NAME_KEY,
  type FieldTarget,
  looksLikeHeader,
  MAPPING_THRESHOLD,
  matchForm,
  scoreHeader,
  targetsFor,
} from "./header-match";
import { SHEETS } from "../register/sheets";
import { cellText, isBlankCell, isErrorCell, MergeIndex, rowIsBlank } from "./grid";
import { looksLikeEmail, looksLikePhone, parseDate, stripHeaderUnit } from "./normalize";
import { COMPANY_VALUE, looksLikeAddress, looksLikeIdNumber } from "./profile";
import type { SourceCell, SourceMerge, SourceSheet } from "./types";

/** How far down a header row is looked for. */
const HEADER_SEARCH_ROWS = 40;
/** Longer cell texts are data or titles, not headers. */
const MAX_HEADER_LENGTH = 40;
/**
 * Up to this many empty columns inside one table are spacers when both sides share the header
 * row; a block further away (the side list sat after three) is a table of its own.
 */
const MAX_SPACER_COLUMNS = 2;
/** How deep blocks are cut into blocks (columns, then rows, then columns again …). */
const MAX_SPLIT_DEPTH = 4;

export interface HeaderColumn {
  /** 1-based column index in the sheet. */
  index: number;
  /** The header as shown to people: both rows' texts for a two-row header. */
  text: string;
  /** Texts to try when mapping, most specific first (lower row, both rows, upper row). */
  candidates: string[];
  /**
   * The words a person writes before the column's value in a note, when they differ from `text`:
   * under a group heading merged across several columns (基本信息 over 集团级别), the column's own
   * header. `text` stays as it is (it names the layout of remembered imports).
   */
  label?: string;
}

/** A rectangle of the sheet, 1-based and inclusive. */
export interface Block {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface DetectedTable {
  /** 1-based header rows: one, or two for a two-row header; none for a list without a header. */
  headerRows: number[];
  columns: HeaderColumn[];
  /** 1-based first row below the header. */
  firstDataRow: number;
  /** 1-based last non-blank row of the table's block (firstDataRow − 1 when there is no data). */
  lastDataRow: number;
  /** The block the table occupies: its title rows, header and data. */
  bounds: Block;
  /**
   * The block is labelled figures under a table (統計 / 客戶數 25 / 面訪 12): a summary of the
   * table above, never records. Its rows are all data rows (it has no header row).
   */
  summary?: true;
  /**
   * Rows among the data of a table joined from blocks under one header (see
   * recurringHeaderTables) that are its header written again, and the one-cell titles right above
   * each copy (the month, "Sales"): no records and no values of its columns.
   */
  headerCopies?: HeaderCopies;
}

/** Where a table joined from blocks under one header writes that header again. */
export interface HeaderCopies {
  /** Rows of the header written again, below its first row. */
  copies: number[];
  /** The one-cell title rows right above each copy (the month, "Sales"). */
  titles: number[];
  /**
   * Every block holds one row under its header: labels over one value each, written once per
   * form on a sheet of forms (付款方式 | 交貨地點 over that form's terms) — the forms' own lines,
   * not a list of records.
   */
  formLines?: true;
}

/** One block of a sheet: a table, or loose cells without a header (a note, a stray cell). */
export interface SheetBlock {
  bounds: Block;
  /**
   * The block's cells as a sheet of their own: rows keep their numbers, the block's first column
   * becomes column A (its columns keep their real indices in `table.columns`), merges clipped.
   */
  view: SourceSheet;
  /** The table in the block, or null when it has no header. */
  table: DetectedTable | null;
  /** How many columns the view is moved left by (block.left − 1). */
  offset: number;
}

function isHeaderLikeCell(cell: SourceCell): boolean {
  if (typeof cell !== "string") return false;
  const text = cell.trim();
  if (text === "" || text.length > MAX_HEADER_LENGTH) return false;
  // A reader gives a formula cell's value, so text written as "=…" is a typed value, not a heading.
  if (/^[=＝]./.test(text)) return false;
  return looksLikeHeader(stripHeaderUnit(text)) || looksLikeHeader(text);
}

function headerLikeCount(
  row: readonly SourceCell[] | undefined,
  isValue: (column: number, text: string) => boolean = () => false
): number {
  let n = 0;
  row?.forEach((cell, c) => {
    if (isHeaderLikeCell(cell) && !isValue(c, cellText(cell).trim())) n++;
  });
  return n;
}

function rowSignature(row: readonly SourceCell[] | undefined): string {
  return (row ?? []).map((cell) => cellText(cell).trim()).join("\u0001");
}

/**
 * Per column, the texts that recur in that column among the given rows. A header names its column
 * once, so a text written again further down its own column (重点客户部 under 部门 on many rows)
 * is one of the column's values, never its header, however much it reads like one. A whole row
 * written again (a header repeated at a page break) is still a header.
 */
function recurringValues(
  rows: readonly number[],
  rowAt: (row: number) => readonly SourceCell[] | undefined
): Map<number, Set<string>> {
  const seen = new Map<number, Map<string, { signature: string; other: boolean }>>();
  for (const r of rows) {
    const row = rowAt(r);
    if (!row) continue;
    const signature = rowSignature(row);
    row.forEach((cell, c) => {
      if (typeof cell !== "string") return;
      const text = cell.trim();
      if (text === "") return;
      let column = seen.get(c);
      if (!column) seen.set(c, (column = new Map()));
      const first = column.get(text);
      if (!first) column.set(text, { signature, other: false });
      else if (first.signature !== signature) first.other = true;
    });
  }
  const out = new Map<number, Set<string>>();
  seen.forEach((column, c) => {
    column.forEach((entry, text) => {
      if (!entry.other) return;
      let values = out.get(c);
      if (!values) out.set(c, (values = new Set()));
      values.add(text);
    });
  });
  return out;
}

/** Rows with a field word in one column from which that column is a list of field names. */
const MIN_LISTED_ROWS = 3;

/**
 * Columns that hold three or more different field words: a list of field names (a template's
 * instructions, a field glossary, a form's labels), one a row. A header names its column once;
 * words written down a column are that column's values, and no row is a header by them.
 */
function fieldListColumns(
  rows: readonly number[],
  rowAt: (row: number) => readonly SourceCell[] | undefined
): Set<number> {
  const words = new Map<number, Set<string>>();
  for (const r of rows)
    rowAt(r)?.forEach((cell, c) => {
      if (!isHeaderLikeCell(cell)) return;
      const seen = words.get(c) ?? new Set<string>();
      seen.add(cellText(cell).trim());
      words.set(c, seen);
    });
  return new Set([...words].filter(([, w]) => w.size >= MIN_LISTED_ROWS).map(([c]) => c));
}

/**
 * How many of the row's cells are dates or amounts. A year (2025), a month or day as digits
 * (20250106) or a small whole number (1 … 12, a group's number) may head a column; 12500.5 or a
 * date never does.
 */
function figureCount(row: readonly SourceCell[] | undefined): number {
  let n = 0;
  const calendar = calendarColumns(row);
  row?.forEach((cell, c) => {
    if (cell instanceof Date) {
      if (!calendar.has(c)) n++;
    } else if (
      typeof cell === "number" &&
      !isYearNumber(cell) &&
      !isSmallWhole(cell) &&
      !isPeriodHeading(cell)
    )
      n++;
  });
  return n;
}

/** Fewest dates side by side, a day, a week or a month apart, that make a calendar of columns. */
const MIN_CALENDAR_RUN = 3;
const DAY_MS = 86_400_000;

/**
 * The columns of a row's dates that head a calendar: three or more side by side, each the same
 * step after the one before (a day, a week, a month) — a collection sheet's 1-Jan … 31-Jan, a
 * schedule's weeks. A record's dates (born, joined, renewed) are never such a run.
 */
function calendarColumns(row: readonly SourceCell[] | undefined): Set<number> {
  const out = new Set<number>();
  if (!row) return out;
  const monthIndex = (d: Date) => d.getUTCFullYear() * 12 + d.getUTCMonth();
  const step = (a: Date, b: Date): string | null => {
    const days = Math.round((b.getTime() - a.getTime()) / DAY_MS);
    if (days === 1 || days === 7) return `d${days}`;
    if (monthIndex(b) - monthIndex(a) === 1 && a.getUTCDate() === b.getUTCDate()) return "m";
    return null;
  };
  let start = 0;
  let runStep: string | null = null;
  const close = (end: number) => {
    if (end - start + 1 >= MIN_CALENDAR_RUN) for (let c = start; c <= end; c++) out.add(c);
  };
  for (let c = 1; c <= row.length; c++) {
    const before = row[c - 1];
    const cell = row[c];
    const s =
      before instanceof Date && cell instanceof Date && c < row.length ? step(before, cell) : null;
    if (s !== null && (runStep === null || s === runStep)) {
      runStep = s;
      continue;
    }
    close(c - 1);
    start = s !== null ? c - 1 : c;
    runStep = s;
  }
  return out;
}

function isSmallWhole(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n < 1000;
}

/** How many of the row's text cells are values by `isValue`. */
function valueCount(
  row: readonly SourceCell[] | undefined,
  isValue: (column: number, text: string) => boolean
): number {
  let n = 0;
  row?.forEach((cell, c) => {
    if (typeof cell === "string" && cell.trim() !== "" && isValue(c, cell.trim())) n++;
  });
  return n;
}

/** A header row holds only short texts (and blanks): no numbers, dates or long sentences. */
function isAllShortText(row: readonly SourceCell[] | undefined): boolean {
  if (!row) return false;
  let any = false;
  let ok = true;
  row.forEach((cell) => {
    if (!ok || isBlankCell(cell)) return;
    if (typeof cell !== "string" || cell.trim().length > MAX_HEADER_LENGTH) ok = false;
    any = true;
  });
  return ok && any;
}

function nonBlank(row: readonly SourceCell[] | undefined): number {
  let n = 0;
  row?.forEach((cell) => {
    if (!isBlankCell(cell)) n++;
  });
  return n;
}

/** The first rows of a block (at most HEADER_SEARCH_ROWS of them), in order. */
function searchRows(rows: readonly number[], last: number): number[] {
  const top = rows[0] ?? 1;
  const out: number[] = [];
  for (const r of rows) {
    if (r > last || r >= top + HEADER_SEARCH_ROWS) break;
    out.push(r);
  }
  return out;
}

/** The kind of value a cell holds by its form alone, to compare a row with the rows below it. */
type ValueShape = "digits" | "figure" | "date" | "phone" | "email" | "id" | "code" | "text";

const DIGITS = /^\d+$/;
const FIGURE = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d*)\.\d+$|^[-+]?\d{1,3}(?:,\d{3})+$/;
const DATE_TEXT =
  /^\d{1,4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,4}\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const PHONE_TEXT = /^[+([]?\d[\d\s\-()[\]/.#+]*$/;
const CODE_TEXT = /^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9][A-Za-z0-9_\-./#]*$/;

function shapeOf(cell: SourceCell | undefined): ValueShape | null {
  if (cell === undefined || isBlankCell(cell)) return null;
  if (cell instanceof Date) return "date";
  if (typeof cell === "number") return Number.isInteger(cell) ? "digits" : "figure";
  if (typeof cell !== "string") return null;
  const text = cell.trim();
  if (DIGITS.test(text)) return "digits";
  if (FIGURE.test(text)) return "figure";
  if (looksLikeEmail(text)) return "email";
  if (looksLikeIdNumber(text)) return "id";
  if (DATE_TEXT.test(text) && parseDate(text).ok) return "date";
  if (PHONE_TEXT.test(text) && isContactValue(text)) return "phone";
  if (CODE_TEXT.test(text)) return "code";
  return "text";
}

/**
 * A cell that may head a column though it is written as a value: a year, a month or day as digits
 * (202501), a small whole number (a group's or a period's number).
 */
function mayHeadAsValue(cell: SourceCell): boolean {
  const whole =
    typeof cell === "number"
      ? cell
      : DIGITS.test(cellText(cell).trim())
        ? Number(cellText(cell))
        : null;
  return isPeriodHeading(cell) || (whole !== null && (isYearNumber(whole) || isSmallWhole(whole)));
}

/** Rows below a row whose values give each column's usual shape. */
const SHAPE_SAMPLE_ROWS = 20;
/** Values below a cell, at the least, for its column to have a usual shape. */
const MIN_SHAPE_VALUES = 3;
/** The share of those values of one shape that makes it the column's usual shape. */
const USUAL_SHAPE_SHARE = 0.6;

/** What a row's shapes say of it against the rows below it. */
interface ShapeReading {
  /** It has the shapes of the records below: a record, never a header. */
  record: boolean;
  /** It writes words over two columns or more of numbers, dates, phones or codes: a heading. */
  heading: boolean;
}

/** Columns of values a row must write words over to head them by its shapes. */
const MIN_SHAPE_HEADINGS = 2;

/**
 * Reads the rows among a block's first rows by their shapes against the values below them. A row
 * is a record when its cells have the shapes of those values (a number over numbers, a date over
 * dates, a phone over phones) where a header would have a word: none of its cells is a word over
 * a column of numbers, dates, phones or codes, at least half of such columns it fills hold the
 * column's own shape, and there are two of them or the row is as full as the rows below. A row
 * heads columns by its shapes when it writes only words over two or more such columns.
 */
function readByShape(
  rows: readonly number[],
  rowAt: (row: number) => readonly SourceCell[] | undefined
): (row: number) => ShapeReading {
  const shapes = new Map<number, (ValueShape | null)[]>();
  const shapesAt = (r: number) => {
    let out = shapes.get(r);
    if (!out) shapes.set(r, (out = (rowAt(r) ?? []).map((cell) => shapeOf(cell))));
    return out;
  };
  const verdicts = new Map<number, ShapeReading>();
  return (row) => {
    const known = verdicts.get(row);
    if (known !== undefined) return known;
    const at = rows.indexOf(row);
    const below = at < 0 ? [] : rows.slice(at + 1, at + 1 + SHAPE_SAMPLE_ROWS);
    const cells = rowAt(row) ?? [];
    let matches = 0;
    let shaped = 0;
    let words = 0;
    const calendar = calendarColumns(cells);
    cells.forEach((cell, c) => {
      const shape = shapesAt(row)[c];
      if (shape === null || shape === undefined || calendar.has(c)) return;
      const counts = new Map<ValueShape, number>();
      let n = 0;
      for (const r of below) {
        const s = shapesAt(r)[c];
        if (!s) continue;
        n++;
        counts.set(s, (counts.get(s) ?? 0) + 1);
      }
      if (n < MIN_SHAPE_VALUES) return;
      let usual: ValueShape | null = null;
      for (const [s, k] of counts) if (k >= n * USUAL_SHAPE_SHARE) usual = s;
      if (usual === null || usual === "text") return;
      if (shape === "text") words++;
      else if (mayHeadAsValue(cell)) return;
      shaped++;
      if (shape === usual) matches++;
    });
    const full = below.filter((r) => nonBlank(rowAt(r)) >= 2).map((r) => nonBlank(rowAt(r)));
    const typical = full.length > 0 ? full.sort((a, b) => a - b)[full.length >> 1] : Infinity;
    const verdict = {
      record:
        words === 0 &&
        matches >= 1 &&
        matches * 2 >= shaped &&
        (matches >= 2 || (nonBlank(cells) >= 2 && nonBlank(cells) >= typical)),
      heading: words >= MIN_SHAPE_HEADINGS && words === shaped,
    };
    verdicts.set(row, verdict);
    return verdict;
  };
}

/**
 * True when a block's first row of two cells or more is already a record by its shapes: a list
 * whose first row is data has no header row.
 */
function startsWithRecord(
  rows: readonly number[],
  rowAt: (row: number) => readonly SourceCell[] | undefined
): boolean {
  const first = rows.find((r) => nonBlank(rowAt(r)) >= 2);
  return first !== undefined && readByShape(rows, rowAt)(first).record;
}

/**
 * The row with the most header-like cells among a block's first rows; earliest on a tie.
 * `rowAt` gives a row's cells within the block.
 */
function findHeaderRow(
  rows: readonly number[],
  rowAt: (row: number) => readonly SourceCell[] | undefined
): number | null {
  let bestRow: number | null = null;
  let bestScore = 0;
  const recurring = recurringValues(rows, rowAt);
  const listed = fieldListColumns(rows, rowAt);
  const byShape = readByShape(rows, rowAt);
  // A header stands above the records: below the first record only a row that heads columns by
  // its words or by its shapes (words over figures, as under a line of totals) may still be one.
  const firstRecord = rows.find((r) => nonBlank(rowAt(r)) >= 2 && byShape(r).record) ?? Infinity;
  const mayHead = (r: number) => r < firstRecord || byShape(r).heading;
  for (const r of rows) {
    const row = rowAt(r);
    if (isRecordRow(row) || byShape(r).record) continue;
    if (!mayHead(r) && !headsColumns(row)) continue;
    const isValue = (c: number, text: string) => recurring.get(c)?.has(text) === true;
    // A row holding a column's recurring value (Y under Y/N, 已签约 under 状态), a figure or a date
    // is one of the records, whatever field words stand beside them: each weighs against a word.
    const score =
      headerLikeCount(row, (c, text) => listed.has(c) || isValue(c, text)) -
      valueCount(row, isValue) -
      figureCount(row);
    if (score > bestScore) {
      bestScore = score;
      bestRow = r;
    }
  }
  if (bestRow !== null) return bestRow;
  // Nothing looks like a register header: take the first row of two or more short texts that is
  // no record (else it is the first client of a list without a header).
  for (const r of rows) {
    if (!mayHead(r)) continue;
    const row = rowAt(r);
    if (nonBlank(row) >= 2 && isAllShortText(row) && !isRecordRow(row)) return r;
  }
  return null;
}

const PHONE_REGIONS = ["CN", "TW", "HK", "US"] as const;

/** A phone number or an e-mail address, as a person would recognise one in any of our regions. */
export function isContactValue(cell: SourceCell): boolean {
  if (typeof cell !== "string" && typeof cell !== "number") return false;
  const text = cellText(cell);
  if (looksLikeEmail(text)) return true;
  return (
    /\d{5}/.test(text.replace(/[\s\-()]/g, "")) &&
    PHONE_REGIONS.some((r) => looksLikePhone(text, r))
  );
}

function holdsIdNumber(row: readonly SourceCell[] | undefined): boolean {
  return row?.some((c) => typeof c === "string" && looksLikeIdNumber(c)) ?? false;
}

/** Fewest digits of a phone number that tells a record from a header (a period 2026-06 has six). */
const MIN_PHONE_DIGITS = 7;

/**
 * An e-mail address, an identity document's number or a phone number of seven digits or more that
 * reads as no date (a period heading 202501 or 2026-06 is none): what tells one person from
 * another on a record.
 */
function holdsPersonKey(row: readonly SourceCell[] | undefined): boolean {
  if (holdsIdNumber(row)) return true;
  return (
    row?.some((cell) => {
      if (isPeriodHeading(cell) || !isContactValue(cell)) return false;
      const text = cellText(cell);
      if (looksLikeEmail(text)) return true;
      return text.replace(/\D/g, "").length >= MIN_PHONE_DIGITS && !parseDate(text).ok;
    }) ?? false
  );
}

/**
 * A month or a day written as digits (202501, 2025-01, 2025/1/31, 20250131): a pivot's or a
 * schedule's column heading, though its digits would pass for a short phone number.
 */
function isPeriodHeading(cell: SourceCell): boolean {
  const text = typeof cell === "number" || typeof cell === "string" ? cellText(cell).trim() : "";
  return (
    /^(19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])?$/.test(text) ||
    /^(19|20)\d\d([-/.])(0?[1-9]|1[0-2])(\2(0?[1-9]|[12]\d|3[01]))?$/.test(text)
  );
}

/** How many of the row's cells are a company's name or a postal address that is no field's name. */
function recordTextCount(row: readonly SourceCell[] | undefined): number {
  let n = 0;
  row?.forEach((cell) => {
    if (typeof cell !== "string") return;
    const text = cell.trim();
    if (text.length < 6 || isHeaderLikeCell(cell)) return;
    if (COMPANY_VALUE.test(text) || looksLikeAddress(text)) n++;
  });
  return n;
}

/**
 * The one test of "this row is a record, never a header, a sub-header or a new table's heading":
 * it holds a person's key (an e-mail, an ID number, a phone number), or companies' names and
 * addresses at least as many as its field words (a header may name a column 社保缴纳地区 or
 * "Default Address Company" among forty field words; a record's company stands among values).
 * Every header decision of the table finder, and the form reader's, asks this.
 */
export function isRecordRow(row: readonly SourceCell[] | undefined): boolean {
  if (holdsPersonKey(row)) return true;
  const texts = recordTextCount(row);
  return texts > 0 && texts >= headerLikeCount(row);
}

/** Field words a row must hold to head columns by its words alone. */
const MIN_HEADING_WORDS = 3;

/**
 * A row that heads columns by its words alone, whatever stands under it: three or more field words
 * side by side (Name | Notes | Address, 客戶姓名 | 電話 | 備註), two in three of its cells, and no
 * record's value. A form's row has a value beside each label and never reads so.
 */
export function headsColumns(row: readonly SourceCell[] | undefined): boolean {
  if (!row || isRecordRow(row)) return false;
  const words = headerLikeCount(row);
  return words >= MIN_HEADING_WORDS && words * 3 >= nonBlank(row) * 2;
}

/** Rows a block without a header must have before its values alone may make it a list. */
const MIN_HEADERLESS_ROWS = 3;

/**
 * A block with no header row is still a list a person would import when it is a rectangle of
 * records: at least three rows of two or more cells, its first row already shaped as the records
 * below it, or most rows holding a phone number, an e-mail address (in one column or spread over
 * several) or an identity number. Its columns are then told apart by their values alone.
 */
function isHeaderlessList(view: SourceSheet, region: Region, width: number): boolean {
  const rows = region.rows.filter((r) => nonBlank(view.rows[r - 1]) >= 2);
  if (rows.length < MIN_HEADERLESS_ROWS || width < 2) return false;
  if (rows.length < region.rows.length * 0.8) return false;
  // Its first row already has the shapes of the values below it: the list starts with a record.
  if (startsWithRecord(searchRows(region.rows, region.bottom), (r) => view.rows[r - 1]))
    return true;
  const sample = rows.slice(0, 200);
  // Most rows reach the person by phone or e-mail, in whichever of several columns (联系电话1–4),
  // or name the person by an identity number (a roster of 姓名 | 身份证号 | 地址).
  let reachable = 0;
  for (const r of sample) {
    const row = view.rows[r - 1];
    if (holdsPersonKey(row)) reachable++;
  }
  return reachable >= sample.length * 0.6;
}

function hasMergeTouching(merges: MergeIndex, row: number, width: number, below: boolean): boolean {
  for (let c = 1; c <= width; c++) {
    const m = merges.at(row, c);
    if (!m || m.top !== row) continue;
    if (m.right > m.left) return true;
    if (below && m.bottom > row) return true;
  }
  return false;
}

/**
 * Rows u and u+1 are one header when u's group words stand over u+1's sub-headers: merged across
 * (isTwoRowHeader) or written once over their spans (isGroupedHeader).
 */
function isHeaderOverSubHeaders(
  sheet: SourceSheet,
  merges: MergeIndex,
  upper: number,
  width: number
): boolean {
  const up = sheet.rows[upper - 1];
  const low = sheet.rows[upper];
  return (
    isTwoRowHeader(up, low, merges, upper, width) ||
    isGroupedHeader(sheet, up, low, merges, upper, width) ||
    isMergedHeaderPair(up, low, merges, upper, width)
  );
}

/**
 * The merges alone make rows u and u+1 one header, whatever its words (product names, long
 * headings with units): every heading of row u is merged down over u+1, or merged across a group
 * whose every column u+1 heads with a short text (Competitor Tracking over four drugs' names beside
 * Team, PSR, Customer … each merged over both rows). Two headings merged down and one group at least.
 */
function isMergedHeaderPair(
  up: readonly SourceCell[] | undefined,
  low: readonly SourceCell[] | undefined,
  merges: MergeIndex,
  upper: number,
  width: number
): boolean {
  if (!up || !low || isRecordRow(low)) return false;
  let down = 0;
  let groups = 0;
  for (let c = 1; c <= width; c++) {
    const m = merges.at(upper, c);
    if (m && m.top === upper && m.left === c && m.right > m.left) {
      for (let k = c; k <= Math.min(m.right, width); k++) {
        const sub = low[k - 1] ?? null;
        if (isBlankCell(sub) || !isSubHeaderCell(sub)) return false;
      }
      groups++;
      c = m.right;
    } else if (m && m.top === upper && m.left === c && m.bottom > upper) down++;
    else if (!isBlankCell(up[c - 1] ?? null) || !isBlankCell(low[c - 1] ?? null)) return false;
  }
  return groups >= 1 && down >= 2;
}

/** Rows u and u+1 form one header when u groups columns (merged across) above sub-headers. */
function isTwoRowHeader(
  up: readonly SourceCell[] | undefined,
  low: readonly SourceCell[] | undefined,
  merges: MergeIndex,
  upper: number,
  width: number
): boolean {
  if (!isAllShortText(up) || !isAllShortText(low)) return false;
  if (nonBlank(up) < 2 || headerLikeCount(low) < 1) return false;
  if (!hasMergeTouching(merges, upper, width, true)) return false;
  // Below a group header some columns are blank (their header is the merged cell above).
  for (let c = 1; c <= width; c++) {
    if (isBlankCell(up?.[c - 1] ?? null) && !isBlankCell(low?.[c - 1] ?? null)) return true;
    const m = merges.at(upper, c);
    if (m && m.top === upper && (m.right > m.left || m.bottom > upper)) return true;
  }
  return false;
}

/** A group heading is a short label: no "label：value" line, no date or figure, no sentence. */
const MAX_GROUP_LENGTH = 20;

function isGroupWord(cell: SourceCell): boolean {
  if (typeof cell !== "string") return false;
  const text = cell.trim();
  if (text === "" || text.length > MAX_GROUP_LENGTH) return false;
  // 填报网点：城南支行, 统计截止：2025年6月30日, "Prepared by: J. Lee" say something; a group names.
  return !/[:：]\s*\S/.test(text) && !/\d{1,4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,4}/.test(text);
}

/** A year written as a number under a group heading (Revenue over 2023 | 2024 | 2025). */
function isYearNumber(cell: SourceCell): boolean {
  return typeof cell === "number" && Number.isInteger(cell) && cell >= 1990 && cell <= 2100;
}

/**
 * Words that head one period or one measure of a repeated figure, not a field: 1月…12月, Q1…Q4,
 * Jan…Dec, 2025年, 2025, H1, 上半年, 时点 / 日均, Balance / Avg, 期初 / 期末, YTD.
 */
const PERIOD_LABEL =
  /^(?:(?:19|20)\d{2}\s*年?(?:\s*\d{1,2}\s*月(?:份)?)?|\d{1,2}\s*月(?:份)?|第?[一二三四1-4]\s*季度?|q[1-4]|h[12]|[上下]半年|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:\s*(?:19|20)?\d{2})?|fy\s*\d{2,4}|ytd|mtd|时点|時點|日均|月日均|年日均|季日均|余额|餘額|期初|期末|年初|年末|月末|季末|balance|avg|average|eop|actual|target|budget)$/i;

export function isPeriodLabel(cell: SourceCell): boolean {
  if (isYearNumber(cell)) return true;
  if (typeof cell !== "string") return false;
  return PERIOD_LABEL.test(
    toHalfWidthText(cell)
      .trim()
      .replace(/[()（）]/g, "")
  );
}

function toHalfWidthText(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** A cell a sub-header row may hold: a short text, or a year written as a number. */
function isSubHeaderCell(cell: SourceCell): boolean {
  if (isYearNumber(cell)) return true;
  return typeof cell === "string" && cell.trim().length <= MAX_HEADER_LENGTH;
}

/**
 * The column spans the groups of row `upper` head: a cell merged across columns (存款(万元) over
 * H:I), or a group word written once with blank cells to its right while the row below heads each
 * of those columns (WPS, LibreOffice, CSV: no merge is kept). Spans of one column are left out.
 */
function groupSpans(
  sheet: SourceSheet,
  merges: MergeIndex,
  upper: number,
  width: number
): [number, number][] {
  const up = sheet.rows[upper - 1];
  const low = sheet.rows[upper];
  const filled = (row: readonly SourceCell[] | undefined, c: number) =>
    !isBlankCell(row?.[c - 1] ?? null);
  const spans: [number, number][] = [];
  for (let c = 1; c <= width; c++) {
    const m = merges.at(upper, c);
    if (m && m.top === upper && m.left === c && m.right > m.left) {
      spans.push([c, Math.min(m.right, width)]);
      c = m.right;
      continue;
    }
    if (m || !filled(up, c) || !filled(low, c)) continue;
    let end = c;
    while (
      end + 1 <= width &&
      !filled(up, end + 1) &&
      !merges.at(upper, end + 1) &&
      filled(low, end + 1)
    )
      end++;
    if (end > c) spans.push([c, end]);
    c = end;
  }
  return spans;
}

/**
 * Rows u and u+1 are one header when u's group words head spans of columns that u+1 heads one by
 * one (存款(万元) over 时点 | 日均; Deposits over Balance | Avg; 2025年 over 1月 … 6月; Policy over
 * No. | Type), merged or written once: the lower row holds short texts only (or years), none of a
 * record's values (a phone, an e-mail, a company or an address), each under a group or under a
 * column the upper row leaves blank; and the lower texts read as headings — field words or period
 * and measure labels — or stand over columns of figures, as no record's text does.
 */
function isGroupedHeader(
  sheet: SourceSheet,
  up: readonly SourceCell[] | undefined,
  low: readonly SourceCell[] | undefined,
  merges: MergeIndex,
  upper: number,
  width: number
): boolean {
  if (!up || !low || nonBlank(up) < 2 || nonBlank(low) < 2) return false;
  let upOk = true;
  up.forEach((cell, i) => {
    if (!upOk || i >= width || isBlankCell(cell)) return;
    if (merges.isCovered(upper, i + 1)) return;
    if (typeof cell !== "string" || cell.trim().length > MAX_HEADER_LENGTH) upOk = false;
  });
  if (!upOk || isRecordRow(low)) return false;
  const spans = groupSpans(sheet, merges, upper, width);
  if (spans.length === 0) return false;
  const inSpan = (c: number) => spans.some(([l, r]) => c >= l && c <= r);
  for (const [l] of spans) {
    const m = merges.at(upper, l);
    const head = m ? (sheet.rows[m.top - 1]?.[m.left - 1] ?? null) : (up[l - 1] ?? null);
    if (!isGroupWord(head)) return false;
  }
  const texts: number[] = [];
  for (let c = 1; c <= width; c++) {
    const cell = low[c - 1] ?? null;
    if (isBlankCell(cell) || merges.isCovered(upper + 1, c)) continue;
    if (!isSubHeaderCell(cell)) return false;
    // A lower text under an upper heading of its own column only is a record's value, not a sub-header.
    if (!inSpan(c) && !isBlankCell(up[c - 1] ?? null)) return false;
    texts.push(c);
  }
  if (texts.length < 2) return false;
  let headings = 0;
  for (const c of texts) {
    const cell = low[c - 1] ?? null;
    if (isPeriodLabel(cell) || isHeaderLikeCell(cell)) headings++;
  }
  if (headings * 2 >= texts.length) return true;
  // A text standing over a column of figures or dates heads it.
  let overFigures = 0;
  for (const c of texts) {
    let figures = 0;
    let seen = 0;
    for (let r = upper + 2; r <= upper + 7; r++) {
      const cell = sheet.rows[r - 1]?.[c - 1];
      if (cell === undefined || isBlankCell(cell)) continue;
      seen++;
      if (isNonText(cell) || isFigure(cell)) figures++;
    }
    if (seen > 0 && figures * 2 > seen) overFigures++;
  }
  return overFigures * 2 >= texts.length;
}

/** The merges of a header with its groups written once (no merge kept) added as merges. */
function withGroupMerges(
  sheet: SourceSheet,
  merges: MergeIndex,
  headerRows: readonly number[],
  width: number
): MergeIndex {
  if (headerRows.length !== 2) return merges;
  const upper = headerRows[0];
  const added: SourceMerge[] = [];
  for (const [left, right] of groupSpans(sheet, merges, upper, width))
    if (!merges.at(upper, left)) added.push({ top: upper, bottom: upper, left, right });
  return added.length === 0 ? merges : new MergeIndex([...sheet.merges, ...added]);
}

/**
 * Row `upper` + 1 heads the same columns again in other words (a code row over labels, headings
 * in two languages whose fields the vocabulary does not tell apart): short texts only, no record in
 * either row, under the header's own columns, mostly header words. Data rows have names, numbers
 * and dates in them; a row of two or more register headers is no record. (Rows that name the same
 * fields column by column are found first: isTranslatedPair.)
 */
function isSecondHeaderRow(sheet: SourceSheet, upper: number): boolean {
  const pair = headingPair(sheet, upper);
  if (!pair) return false;
  const [up, low] = pair;
  const filled = nonBlank(low);
  if (headerLikeCount(up) < 2) return false;
  let outside = false;
  low.forEach((cell, c) => {
    if (!isBlankCell(cell) && isBlankCell(up[c] ?? null)) outside = true;
  });
  if (outside) return false;
  if (isFieldKeyRow(low, filled)) return true;
  return headerLikeCount(low) >= Math.max(2, filled - Math.floor(filled / 4));
}

/** Every field of every register sheet, to tell which field a heading names in any language. */
let everyTarget: FieldTarget[] | null = null;

/** The fields (by key, on any register sheet) a heading names. */
function namedFields(cell: SourceCell): Set<string> {
  if (typeof cell !== "string" || cell.trim() === "") return new Set();
  everyTarget ??= SHEETS.flatMap((sheet) => targetsFor(sheet.key));
  return new Set(
    scoreHeader(stripHeaderUnit(cell.trim()), everyTarget)
      .filter((s) => s.confidence >= MAPPING_THRESHOLD)
      .map((s) => s.target.key)
  );
}

/**
 * Two rows that head the same columns in two wordings (Client Name over 客戶名稱, 电话 over Phone,
 * a person's words over a system's): in two columns or more both headings name one same field,
 * and in more columns than where they name different fields; most columns are headed in both rows,
 * though a heading may stand in one only (a column the other language leaves blank). A record
 * under a header shares no field with it.
 */
function isTranslatedHeader(up: readonly SourceCell[], low: readonly SourceCell[]): boolean {
  let same = 0;
  let different = 0;
  let both = 0;
  let either = 0;
  const width = Math.max(up.length, low.length);
  for (let c = 0; c < width; c++) {
    const filled = [up[c], low[c]].filter((cell) => !isBlankCell(cell ?? null)).length;
    if (filled > 0) either++;
    if (filled === 2) both++;
    const a = namedFields(up[c] ?? null);
    const b = namedFields(low[c] ?? null);
    if (a.size === 0 || b.size === 0) continue;
    // Two languages: one heading in Chinese characters, the other not. A record's values under
    // their own header share its script and often its words (客戶1 under 客戶, 台新銀行 under 往來機構).
    if (writtenInHan(up[c] ?? null) === writtenInHan(low[c] ?? null)) continue;
    if ([...a].some((key) => b.has(key))) same++;
    else different++;
  }
  // A group written once over several sub-headers (客戶資料 over 要保人 | 手機 | 生日) heads few columns.
  return same >= 2 && same > different && both * 2 > either;
}

const HAN = /\p{Script=Han}/u;

/** A heading written in Chinese characters. */
function writtenInHan(cell: SourceCell): boolean {
  return typeof cell === "string" && HAN.test(cell);
}

/**
 * Rows `upper` and `upper` + 1 when both could head columns: short texts only (two or more in the
 * lower), neither a record, the lower no repeat of the upper.
 */
function headingPair(
  sheet: SourceSheet,
  upper: number
): [readonly SourceCell[], readonly SourceCell[]] | null {
  const up = sheet.rows[upper - 1];
  const low = sheet.rows[upper];
  if (!up || !low || !isAllShortText(up) || !isAllShortText(low) || nonBlank(low) < 2) return null;
  if (isRecordRow(up) || isRecordRow(low) || isRepeatOf(up, low)) return null;
  return [up, low];
}

/** Rows `upper` and `upper` + 1 are one header in two wordings (see isTranslatedHeader). */
function isTranslatedPair(sheet: SourceSheet, upper: number): boolean {
  const pair = headingPair(sheet, upper);
  return pair !== null && isTranslatedHeader(pair[0], pair[1]);
}

/** Row `keys` is a row of field keys, taken for the header, under the column names a person reads. */
function isKeysUnderNames(sheet: SourceSheet, keys: number): boolean {
  const low = sheet.rows[keys - 1] ?? [];
  return isFieldKeyRow(low, nonBlank(low)) && isSecondHeaderRow(sheet, keys - 1);
}

/** A system's field key: one Latin word or identifier (MobilePhone, customer_name, contact.email). */
const FIELD_KEY = /^[A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)*$/;
/** Share of a key row's keys that must read as a header word for the row to be keys. */
const FIELD_KEY_HEADER_SHARE = 0.6;

/**
 * A CRM import template's row of field keys under its column names (姓名 | 手机号 over Name |
 * MobilePhone, 客戶名稱 over customer_name): every cell one identifier, no two alike, most of them
 * a field's word once their parts are split. A data row holds values, which repeat, have spaces,
 * digits and punctuation; three such keys at least.
 */
function isFieldKeyRow(low: readonly SourceCell[], filled: number): boolean {
  if (filled < 3) return false;
  const seen = new Set<string>();
  let headerLike = 0;
  for (const cell of low) {
    if (isBlankCell(cell)) continue;
    if (typeof cell !== "string") return false;
    const text = cell.trim();
    if (!FIELD_KEY.test(text) || text.length > MAX_HEADER_LENGTH) return false;
    const key = text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    const words = text
      .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
      .replace(/[_.]/g, " ")
      .trim();
    if (isHeaderLikeCell(words) || isHeaderLikeCell(text)) headerLike++;
  }
  return headerLike >= Math.ceil(filled * FIELD_KEY_HEADER_SHARE);
}

/** The text that heads column `col` in row `row`, taking a horizontally merged cell's value. */
function headerTextAt(sheet: SourceSheet, merges: MergeIndex, row: number, col: number): string {
  const m = merges.at(row, col);
  if (m && m.top === row) return cellText(sheet.rows[m.top - 1]?.[m.left - 1] ?? null);
  if (m && m.top < row) return "";
  return cellText(sheet.rows[row - 1]?.[col - 1] ?? null);
}

function columnsOf(
  sheet: SourceSheet,
  merges: MergeIndex,
  headerRows: number[],
  width: number,
  offset: number
): HeaderColumn[] {
  const columns: HeaderColumn[] = [];
  for (let c = 1; c <= width; c++) {
    const index = c + offset;
    if (headerRows.length === 0) {
      columns.push({ index, text: "", candidates: [] });
      continue;
    }
    if (headerRows.length === 1) {
      const text = cellText(sheet.rows[headerRows[0] - 1]?.[c - 1] ?? null);
      columns.push({ index, text, candidates: text ? [text] : [] });
      continue;
    }
    const upper = headerTextAt(sheet, merges, headerRows[0], c);
    const lower = headerTextAt(sheet, merges, headerRows[1], c);
    const both = upper && lower && upper !== lower ? `${upper} ${lower}` : upper || lower;
    // A period or a measure alone (1月, 时点, Avg) names no field: its group does.
    const tried = lower !== "" && isPeriodLabel(lower) ? [both, upper] : [lower, both, upper];
    const candidates = [...new Set(tried.filter((t) => t !== ""))];
    const group = merges.at(headerRows[0], c);
    const underGroup = group !== undefined && group.right > group.left;
    // A note names the column by its own header when that is a field's name (集团级别 under
    // 基本信息); a period or a measure (6月, 时点, Avg under 存款) means nothing without its group.
    const ownName = lower !== "" && !isPeriodLabel(lower);
    columns.push(
      underGroup && ownName && both !== lower
        ? { index, text: both, candidates, label: lower }
        : { index, text: both, candidates }
    );
  }
  return headerRows.length === 1 ? readSharedPrefix(readGroupPrefixes(columns)) : columns;
}

/** A system's short prefix before a header's own words: CON_, cust_, tbl., Contact. */
const SHARED_PREFIX = /^([A-Za-z][A-Za-z0-9]{1,9})[_.](?=[A-Za-z])(.+)$/;
/** Share of the headed columns that must carry one prefix for it to be read as the system's. */
const SHARED_PREFIX_SHARE = 0.6;

/**
 * A header row whose headers nearly all start with one short prefix and an underscore or a dot
 * (CON_Last_Name, CON_Main_City …; cust.email, cust.phone …) is a system's export naming every
 * column after its record type: each such column is read by its own words first (Last Name,
 * Main City), the whole header next. A prefix on a few columns only names what they are.
 */
function readSharedPrefix(columns: HeaderColumn[]): HeaderColumn[] {
  const headed = columns.filter((c) => c.text.trim() !== "");
  const count = new Map<string, number>();
  for (const c of headed) {
    const m = SHARED_PREFIX.exec(c.text.trim());
    if (m) count.set(m[1].toLowerCase(), (count.get(m[1].toLowerCase()) ?? 0) + 1);
  }
  let prefix: string | null = null;
  for (const [p, n] of count)
    if (n >= MIN_GROUP_COLUMNS && n >= headed.length * SHARED_PREFIX_SHARE) prefix = p;
  if (prefix === null) return columns;
  return columns.map((c) => {
    const m = SHARED_PREFIX.exec(c.text.trim());
    if (!m || m[1].toLowerCase() !== prefix) return c;
    const own = m[2].replace(/[_.]+/g, " ").trim();
    return { ...c, candidates: [...new Set([own, ...c.candidates])] };
  });
}

/** A word of a group prefix: Latin letters only ("Default", "Address"; not "-" or "1"). */
const PREFIX_WORD = /^[A-Za-z]+$/;
/** Adjacent columns that must share a prefix for it to be read as a group heading. */
const MIN_GROUP_COLUMNS = 3;

/** The last word of a group prefix that names an address (Default Address, Billing Address). */
const ADDRESS_WORD = /^(?:address|addr)$/i;

/**
 * One header row whose adjacent headers repeat an address's name of two or more words before
 * their own word (Default Address Address1, Default Address City, Default Address Zip …) is a
 * group heading written into every header, as a two-row header writes it once above: each column
 * is read by its own word first (City, Zip, Phone), the whole header next. Only an address's
 * name: "Contact Person Name" is the contact's name, not the client's.
 */
function readGroupPrefixes(columns: HeaderColumn[]): HeaderColumn[] {
  const words = columns.map((c) => c.text.trim().split(/\s+/));
  const startsWith = (i: number, prefix: readonly string[]) =>
    words[i].length > prefix.length &&
    prefix.every((w, k) => words[i][k].toLowerCase() === w.toLowerCase());
  let i = 0;
  while (i < columns.length) {
    let best: { size: number; end: number } | null = null;
    for (let size = 2; size < words[i].length; size++) {
      const prefix = words[i].slice(0, size);
      if (!prefix.every((w) => PREFIX_WORD.test(w))) break;
      let end = i + 1;
      while (end < columns.length && startsWith(end, prefix)) end++;
      if (end - i < MIN_GROUP_COLUMNS) break;
      if (ADDRESS_WORD.test(prefix[size - 1])) best = { size, end };
    }
    if (!best) {
      i++;
      continue;
    }
    for (let j = i; j < best.end; j++) {
      const own = words[j].slice(best.size).join(" ");
      columns[j] = { ...columns[j], candidates: [own, columns[j].text] };
    }
    i = best.end;
  }
  return columns;
}

/** The rows of a sheet that hold something, in order (holes and blank rows are passed over). */
function occupiedRows(sheet: SourceSheet): number[] {
  const out: number[] = [];
  sheet.rows.forEach((row, i) => {
    if (row && !rowIsBlank(row)) out.push(i + 1);
  });
  return out;
}

/** Visits the non-blank cells of a row between two columns without walking its holes densely. */
function forEachCell(
  row: readonly SourceCell[] | undefined,
  left: number,
  right: number,
  visit: (col: number, cell: SourceCell) => void
): void {
  if (!row) return;
  const end = Math.min(right, row.length);
  if (end - left > 64) {
    row.forEach((cell, i) => {
      const col = i + 1;
      if (col >= left && col <= end && !isBlankCell(cell)) visit(col, cell);
    });
    return;
  }
  for (let col = left; col <= end; col++) {
    const cell = row[col - 1];
    if (cell !== undefined && !isBlankCell(cell)) visit(col, cell);
  }
}

/** A block and the rows that hold a cell inside it. */
interface Region extends Block {
  rows: number[];
  /** Labelled figures under a table (see DetectedTable.summary). */
  summary?: true;
  /**
   * The blocks of one header written again and again down the sheet, joined (see
   * recurringHeaderTables): its rows are not all consecutive, and other tables' rows lie between.
   */
  joined?: true;
  /** A joined table's header: the first of its copies. */
  header?: number;
  /** A joined table's header copies below its header, and their titles. */
  headerCopies?: HeaderCopies;
}

/** The tightest region holding the cells of these rows between two columns; null when none. */
function regionOf(
  sheet: SourceSheet,
  candidates: readonly number[],
  left: number,
  right: number
): Region | null {
  let minCol = Infinity;
  let maxCol = 0;
  const rows: number[] = [];
  for (const r of candidates) {
    let any = false;
    forEachCell(sheet.rows[r - 1], left, right, (col) => {
      any = true;
      if (col < minCol) minCol = col;
      if (col > maxCol) maxCol = col;
    });
    if (any) rows.push(r);
  }
  if (rows.length === 0) return null;
  return { top: rows[0], bottom: rows[rows.length - 1], left: minCol, right: maxCol, rows };
}

/** A row's cells inside a region, moved so that the region's first column is index 0. */
function cellsIn(sheet: SourceSheet, region: Block, row: number): SourceCell[] | undefined {
  const cells = sheet.rows[row - 1];
  if (!cells) return undefined;
  if (region.left === 1 && cells.length <= region.right) return cells;
  return cells.slice(region.left - 1, region.right);
}

function headerRowOf(sheet: SourceSheet, region: Region): number | null {
  return findHeaderRow(searchRows(region.rows, region.bottom), (r) => cellsIn(sheet, region, r));
}

/** True when two column groups a spacer apart are one table: one header row over both. */
function oneTable(sheet: SourceSheet, a: Region, b: Region): boolean {
  const ha = headerRowOf(sheet, a);
  const hb = headerRowOf(sheet, b);
  if (ha !== null && hb !== null)
    return (
      ha === hb &&
      !(standsAlone(sheet, a, ha) && standsAlone(sheet, b, hb)) &&
      !captionedApart(sheet, a, b, ha)
    );
  if (ha === null && hb === null) return true;
  // Values without a header of their own beside a table's data belong to it ("Sent" on some
  // rows, a follow-up date on others), except a note on the sheet written beside it.
  const [table, header, loose] = ha === null ? [b, hb as number, a] : [a, ha, b];
  // A lone column headed in the table's own header row (userid between empty columns of a
  // Google export) is one of its columns, though a single cell is no header row of its own.
  // A lone column headed in the table's own header row, with values below (userid between empty
  // columns of a Google export), is one of its columns, though one cell is no header row; a lone
  // cell there with nothing under it is a remark on the header (注：风险评级C1-C5…).
  if (loose.rows.includes(header)) {
    const head = cellsIn(sheet, loose, header);
    return (
      loose.rows.some((r) => r > header) && (isAllShortText(head) || headerLikeCount(head) > 0)
    );
  }
  if (loose.top < header) return false;
  return !isSideNote(sheet, loose, table.rows.filter((r) => r > header).length);
}

/**
 * True when the columns of a region, under their header row, are a table a person could import on
 * its own: the headers read as one register sheet and name the row's subject themselves — the
 * client's name on a client list, the client a visit, policy or complaint belongs to. Two such
 * groups side by side (a client list and a visit log whose 客戶 column names the client) are two
 * tables however narrow the gap; half a table does not stand alone (address and income beside the
 * names, a policy's number and premium beside the client's name).
 */
function standsAlone(sheet: SourceSheet, region: Region, headerRow: number): boolean {
  const headers: string[] = [];
  forEachCell(sheet.rows[headerRow - 1], region.left, region.right, (_, cell) => {
    if (isHeaderLikeCell(cell)) headers.push(stripHeaderUnit(cellText(cell)));
  });
  if (headers.length < 2) return false;
  const kind = classifySheet("", headers).key;
  if (kind === null) return false;
  const subject = kind === "Clients" ? "name" : CLIENT_NAME_KEY;
  const targets = targetsFor(kind).filter((t) => t.key === subject || t.key === "clientId");
  return headers.some((h) =>
    scoreHeader(h, targets).some((s) => s.confidence >= MAPPING_THRESHOLD && s.exact)
  );
}

/** How many rows above a shared header row a block's caption may sit. */
const MAX_CAPTION_ROWS = 3;

/** The one text cell a group holds in a row, at its first column ("Table 2", "Lost deals"). */
function captionOf(sheet: SourceSheet, region: Region, row: number): boolean {
  let first = 0;
  let count = 0;
  forEachCell(sheet.rows[row - 1], region.left, region.right, (col, cell) => {
    count++;
    if (count === 1 && typeof cell === "string" && cell.trim() !== "") first = col;
  });
  return count === 1 && first === region.left;
}

/**
 * True when two column groups sharing a header row are two tables each with its own caption (an
 * Apple Numbers export: "Table 1" over the opportunities, "Table 2" over the lost deals, empty
 * columns between): above the header row, each group holds one caption cell at its first column
 * in the same row, and their records end on different rows. A record does not stop halfway
 * across a row, so rows of unequal length beside each other are two lists, never one joined row
 * by row.
 */
function captionedApart(sheet: SourceSheet, a: Region, b: Region, header: number): boolean {
  const lastA = a.rows[a.rows.length - 1];
  const lastB = b.rows[b.rows.length - 1];
  if (lastA === lastB || lastA <= header || lastB <= header) return false;
  for (let r = header - 1; r >= Math.max(1, header - MAX_CAPTION_ROWS); r--)
    if (captionOf(sheet, a, r) && captionOf(sheet, b, r)) return true;
  return false;
}

/** Rows a side note may cover, as a share of the table's data rows (at least 3 rows). */
const SIDE_NOTE_SHARE = 0.25;
/** A remark is written out: shorter texts are codes or statuses (Sent, Yes, A). */
const SIDE_NOTE_MIN_LENGTH = 6;

/**
 * A few remarks written in a block beside a table (備忘：王建宏、潘雅雯 同屬宏遠紡織 / 周明德 明年初退休
 * on two consecutive rows): text only, at least one of them written out, on consecutive rows
 * covering a small part of the table. Values typed against single rows (a status here and there, a
 * date) are scattered down the rows or are not text.
 */
function isSideNote(sheet: SourceSheet, region: Region, dataRows: number): boolean {
  const rows = region.rows;
  if (rows.length > Math.max(3, Math.floor(dataRows * SIDE_NOTE_SHARE))) return false;
  if (rows[rows.length - 1] - rows[0] + 1 !== rows.length) return false;
  let texts = true;
  let written = false;
  for (const r of rows)
    forEachCell(sheet.rows[r - 1], region.left, region.right, (_, cell) => {
      if (typeof cell !== "string") texts = false;
      else if (cell.trim().length >= SIDE_NOTE_MIN_LENGTH) written = true;
    });
  return texts && written;
}

/** Cuts a region at empty columns: the groups of columns that are tables of their own. */
function columnGroups(sheet: SourceSheet, region: Region): Region[] {
  const used = new Uint8Array(region.right - region.left + 1);
  for (const r of region.rows)
    forEachCell(sheet.rows[r - 1], region.left, region.right, (col) => {
      used[col - region.left] = 1;
    });
  const runs: [number, number][] = [];
  for (let i = 0; i < used.length; i++) {
    if (!used[i]) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === region.left + i - 1) last[1] = region.left + i;
    else runs.push([region.left + i, region.left + i]);
  }
  if (runs.length <= 1) return [region];
  const parts = runs
    .map(([left, right]) => regionOf(sheet, region.rows, left, right))
    .filter((p): p is Region => p !== null);
  const out: Region[] = [parts[0]];
  for (const part of parts.slice(1)) {
    const prev = out[out.length - 1];
    if (part.left - prev.right - 1 <= MAX_SPACER_COLUMNS && oneTable(sheet, prev, part)) {
      out[out.length - 1] = regionOf(sheet, region.rows, prev.left, part.right) as Region;
    } else out.push(part);
  }
  return out;
}

function isNonText(cell: SourceCell | undefined): boolean {
  return (
    typeof cell === "number" ||
    typeof cell === "boolean" ||
    cell instanceof Date ||
    (cell !== null && cell !== undefined && isErrorCell(cell))
  );
}

/**
 * True when a block below a table (after empty rows) starts with a header of its own: short
 * texts, not the table's header repeated, that read as headers (register words) or head columns
 * of figures. A data row after a blank row, a note or a repeated header are not.
 */
function startsOwnTable(
  sheet: SourceSheet,
  region: Region,
  segment: readonly number[],
  upperHeader: readonly SourceCell[] | undefined
): boolean {
  for (let i = 0; i < Math.min(3, segment.length); i++) {
    const cells = cellsIn(sheet, region, segment[i]);
    if (nonBlank(cells) <= 1) continue; // a title line above the header
    if (!cells || !isAllShortText(cells)) return false;
    if (upperHeader && isRepeatOf(upperHeader, cells)) return false;
    // A phone number, an e-mail address, a company's name or a postal address is a record's
    // value, never a heading: such a row after a gap is the table's next record.
    if (isRecordRow(cells)) return false;
    if (headerLikeCount(cells) >= 2) return true;
    const below = segment.slice(i + 1, i + 6).map((r) => cellsIn(sheet, region, r));
    if (below.length === 0) return false;
    let figureColumns = 0;
    cells.forEach((cell, c) => {
      if (isBlankCell(cell)) return;
      const figures = below.filter((row) => isNonText(row?.[c])).length;
      if (figures * 2 > below.length) figureColumns++;
    });
    return figureColumns >= 2;
  }
  return false;
}

function isRepeatOf(header: readonly SourceCell[], cells: readonly SourceCell[]): boolean {
  let headed = 0;
  let same = 0;
  header.forEach((h, c) => {
    if (isBlankCell(h)) return;
    headed++;
    const cell = cells[c];
    if (typeof cell === "string" && typeof h === "string" && matchForm(cell) === matchForm(h))
      same++;
  });
  return headed > 0 && same * 2 > headed;
}

/** Titles a summary block may have above its figures (統計, 本季小結). */
const MAX_SUMMARY_TITLES = 2;
/** Labels that say a row counts or sums (客戶數, 年度貢獻合計, 本季拜訪次數, Total clients). */
const AGGREGATE_LABEL =
  /(?:数|數|合计|合計|总计|總計|小计|小計|统计|統計|总额|總額|平均|total|count|sum|average|avg|number of)/i;
/** Titles of a summary (統計, 匯總, 本季小結, Summary). */
const SUMMARY_TITLE =
  /(?:统计|統計|汇总|彙總|匯總|合计|合計|总计|總計|小结|小結|summary|totals?|statistics)/i;

/** A figure in a summary: a number, or one written as text ("25", "1,200", "85%"). */
function isFigure(cell: SourceCell | undefined): boolean {
  if (typeof cell === "number") return true;
  return typeof cell === "string" && /^\s*-?[\d,]+(?:\.\d+)?\s*%?\s*$/.test(cell);
}

/**
 * True when a block below a table, after blank rows, is labelled figures summing the table up
 * (統計 / 客戶數 25 / 年度貢獻合計(萬) 460 / 面訪 12): after at most two one-cell titles, every row is
 * a text label in one column with only figures beside it. Rows of a narrow table (name, amount)
 * have that shape too, so something must also say it is a summary: a title above the figures,
 * labels that count or sum, or figures standing in a column whose values in the table are words
 * (a count under 性別).
 */
function isFiguresBelow(
  sheet: SourceSheet,
  region: Region,
  segment: readonly number[],
  tableRows: readonly number[],
  header: number
): boolean {
  let titled = false;
  let start = 0;
  // A title above the figures says "summary" only in words that say so: a group heading (华南区)
  // over rows of a narrow table is no summary.
  while (start < Math.min(MAX_SUMMARY_TITLES, segment.length)) {
    const cells = cellsIn(sheet, region, segment[start]);
    if (nonBlank(cells) !== 1) break;
    let text = false;
    forEachCell(cells, 1, cells?.length ?? 0, (_, cell) => {
      text = typeof cell === "string" && cell.trim().length <= MAX_HEADER_LENGTH;
      if (text && SUMMARY_TITLE.test(cell as string)) titled = true;
    });
    if (!text) return false;
    start++;
  }
  const rows = segment.slice(start);
  if (rows.length < 2) return false;
  let labelColumn = -1;
  let counted = 0;
  const figureColumns = new Set<number>();
  for (const r of rows) {
    const cells = cellsIn(sheet, region, r) ?? [];
    let first = -1;
    let ok = true;
    let figures = 0;
    cells.forEach((cell, c) => {
      if (!ok || isBlankCell(cell)) return;
      if (first < 0) {
        first = c;
        if (typeof cell !== "string" || isFigure(cell)) ok = false;
        else if (cell.trim().length > MAX_HEADER_LENGTH) ok = false;
        else if (AGGREGATE_LABEL.test(cell)) counted++;
        return;
      }
      if (!isFigure(cell)) ok = false;
      figures++;
      figureColumns.add(c);
    });
    if (!ok || figures === 0) return false;
    if (labelColumn >= 0 && first !== labelColumn) return false;
    labelColumn = first;
  }
  if (titled || counted * 2 >= rows.length) return true;
  // A figure under a column of words: the table's rows there are not numbers.
  const data = tableRows.filter((r) => r > header).slice(0, 200);
  return [...figureColumns].some((c) => {
    let words = 0;
    let filled = 0;
    for (const r of data) {
      const cell = cellsIn(sheet, region, r)?.[c];
      if (cell === undefined || isBlankCell(cell)) continue;
      filled++;
      if (typeof cell === "string" && !isFigure(cell)) words++;
    }
    return filled > 0 && words * 2 > filled;
  });
}

/** Fewest times a header row is written for it to mark where its tables start. */
const MIN_HEADER_COPIES = 2;
/** Fewest different headers written again and again for the sheet to interleave tables. */
const MIN_RECURRING_HEADERS = 2;

/**
 * A row of short texts that may be a header written once more: no record's value, and heading
 * columns by its field words or by its shapes (words over dates and amounts below).
 */
function mayBeHeaderCopy(
  cells: readonly SourceCell[] | undefined,
  heading: () => boolean
): boolean {
  return !isRecordRow(cells) && (headerLikeCount(cells) >= 2 || heading());
}

/**
 * True when a row is written once under each copy of the sheet's header, before the next: the
 * labels of a part every form has (the driver's lines under each delivery slip).
 */
function onceUnderEach(rows: readonly number[], main: readonly number[]): boolean {
  if (rows.length !== main.length) return false;
  return rows.every((r, i) => r > main[i] && (i + 1 >= main.length || r < main[i + 1]));
}

/** A title line: one text cell (a month, "Sales", a notice's heading), no figure. */
function isTitleLine(cells: readonly SourceCell[] | undefined): boolean {
  const filled = cells?.filter((c) => !isBlankCell(c)) ?? [];
  return filled.length === 1 && typeof filled[0] === "string" && !isFigure(filled[0]);
}

/**
 * True when a row written again and again names its columns: most of its texts stand in their
 * column on no row but the headers' copies. A header names its column once per table; a text
 * written down its column on other rows (Customer under Party Types) is one of its values.
 */
function namesItsColumns(
  row: number,
  headers: ReadonlySet<number>,
  rows: readonly number[],
  rowAt: (row: number) => readonly SourceCell[] | undefined
): boolean {
  const texts = new Map<number, string>();
  rowAt(row)?.forEach((cell, c) => {
    if (!isBlankCell(cell)) texts.set(c, cellText(cell).trim());
  });
  const elsewhere = new Set<number>();
  for (const r of rows) {
    if (headers.has(r)) continue;
    rowAt(r)?.forEach((cell, c) => {
      if (texts.get(c) === cellText(cell).trim()) elsewhere.add(c);
    });
  }
  return elsewhere.size * 2 < texts.size;
}

/**
 * Tables interleaved down a sheet, each written again and again under its own header: a month's
 * sales table then its purchase table, month after month; a notice's item table then its
 * contract lines, notice after notice. A row of field words written identically two or more
 * times is a header wherever it stands (a record is not written twice word for word with no
 * value in it), and it starts a block there, blank row before it or not. When two or more
 * different headers recur so, each header's blocks are joined into one table (rows keep their
 * numbers); one-cell rows right above a header (the month, "Sales") are its block's titles, and
 * any other row belongs to the block above it. The block's own header must be one of them, and
 * each must name its columns (its texts written in their columns on no other row). Null when
 * fewer than two headers recur: a single header repeated at page breaks is one table already
 * (startsOwnTable).
 */
function recurringHeaderTables(sheet: SourceSheet, region: Region): Region[] | null {
  const copies = new Map<string, number[]>();
  const rowAt = (r: number) => cellsIn(sheet, region, r);
  for (const r of region.rows) {
    const cells = rowAt(r);
    if (nonBlank(cells) < 2 || !isAllShortText(cells)) continue;
    const signature = rowSignature(cells);
    const rows = copies.get(signature);
    if (rows) rows.push(r);
    else copies.set(signature, [r]);
  }
  // The block's own header must be written again: records written twice (an export's duplicate
  // lines) under a header written once are one table.
  const header = findHeaderRow(searchRows(region.rows, region.bottom), rowAt);
  const main = header === null ? undefined : copies.get(rowSignature(rowAt(header)));
  if (!main || main.length < MIN_HEADER_COPIES || main[0] !== header) return null;
  const byShape = readByShape(region.rows, rowAt);
  const written = [...copies.values()].filter(
    (rows) =>
      rows === main ||
      (rows.length >= MIN_HEADER_COPIES &&
        (onceUnderEach(rows, main) ||
          mayBeHeaderCopy(rowAt(rows[0]), () => byShape(rows[0]).heading)))
  );
  // A line written again right under another such line each time is the values under those
  // labels, the same on every form (the same driver on every slip), not a header.
  const under = written.filter(
    (rows) =>
      rows !== main && rows.every((r) => written.some((o) => o !== rows && o.includes(r - 1)))
  );
  const labels = written.filter((rows) => !under.includes(rows));
  const headers = new Set(written.flat());
  const recurring = labels.filter((rows) => namesItsColumns(rows[0], headers, region.rows, rowAt));
  if (recurring.length < MIN_RECURRING_HEADERS) return null;
  const headerOf = new Map<number, number>();
  recurring.forEach((rows, i) => rows.forEach((r) => headerOf.set(r, i)));
  // Where each block starts: at a header copy, or at the one-cell title rows right above it.
  const starts = new Map<number, { table: number; header: number }>();
  const titles: number[][] = recurring.map(() => []);
  const present = new Set(region.rows);
  headerOf.forEach((table, header) => {
    let start = header;
    for (let k = 1; k <= MAX_CAPTION_ROWS; k++) {
      const above = header - k;
      if (!present.has(above) || headerOf.has(above) || !isTitleLine(rowAt(above))) break;
      start = above;
      if (header !== recurring[table][0]) titles[table].push(above);
    }
    starts.set(start, { table, header });
  });
  const tableRows: number[][] = recurring.map(() => []);
  // How many rows each block holds under its header, per table.
  const blockRows: number[][] = recurring.map(() => []);
  // Rows above the first block's start (a sheet's title) go with the table it starts.
  let current = starts.get(Math.min(...starts.keys())) as { table: number; header: number };
  for (const r of region.rows) {
    const start = starts.get(r);
    if (start) {
      current = start;
      blockRows[current.table].push(0);
    }
    tableRows[current.table].push(r);
    const counts = blockRows[current.table];
    if (r > current.header) counts[counts.length - 1]++;
  }
  return tableRows.flatMap((rows, i) => {
    const block = regionOf(sheet, rows, region.left, region.right);
    if (!block) return [];
    // The sheet's own header heads the forms' main table, whatever its size; another header over
    // one line per form heads the forms' own lines.
    const lines = recurring[i][0] !== header && blockRows[i].every((n) => n <= 1);
    const headerCopies = {
      copies: recurring[i].slice(1),
      titles: titles[i].sort((a, b) => a - b),
      ...(lines ? { formLines: true as const } : {}),
    };
    return [{ ...block, joined: true as const, header: recurring[i][0], headerCopies }];
  });
}

/** Cuts a region at empty rows where a block with its own header starts. */
function rowBlocks(sheet: SourceSheet, region: Region): Region[] {
  const interleaved = recurringHeaderTables(sheet, region);
  if (interleaved) return interleaved;
  const segments: number[][] = [];
  for (const r of region.rows) {
    const current = segments[segments.length - 1];
    if (current && r === current[current.length - 1] + 1) current.push(r);
    else segments.push([r]);
  }
  if (segments.length <= 1) return [region];
  const blocks: number[][] = [];
  const summaries = new Set<number[]>();
  let current: number[] = [];
  let header: number | null = null;
  let searched = false;
  for (const segment of segments) {
    if (
      current.length > 0 &&
      header !== null &&
      isFiguresBelow(sheet, region, segment, current, header)
    ) {
      blocks.push(current);
      summaries.add(segment);
      blocks.push(segment);
      current = [];
      header = null;
      searched = false;
      continue;
    }
    if (
      current.length > 0 &&
      header !== null &&
      startsOwnTable(sheet, region, segment, cellsIn(sheet, region, header))
    ) {
      blocks.push(current);
      current = [];
      header = null;
      searched = false;
    }
    current.push(...segment);
    // Title and note lines above the first header gather with the table below them.
    if (header === null && !searched) {
      header = findHeaderRow(searchRows(current, Infinity), (r) => cellsIn(sheet, region, r));
      searched = current[current.length - 1] >= current[0] + HEADER_SEARCH_ROWS;
    }
  }
  if (current.length > 0) blocks.push(current);
  if (blocks.length === 1) return [region];
  return blocks.flatMap((rows) => {
    const block = regionOf(sheet, rows, region.left, region.right);
    if (!block) return [];
    return summaries.has(rows) ? [{ ...block, summary: true as const }] : [block];
  });
}

function splitRegion(sheet: SourceSheet, region: Region, depth: number): Region[] {
  if (depth >= MAX_SPLIT_DEPTH || region.summary || region.joined) return [region];
  const groups = columnGroups(sheet, region);
  if (groups.length > 1) return groups.flatMap((g) => splitRegion(sheet, g, depth + 1));
  const blocks = rowBlocks(sheet, region);
  if (blocks.length > 1) return blocks.flatMap((b) => splitRegion(sheet, b, depth + 1));
  return [region];
}

function clipMerge(m: SourceMerge, block: Block): SourceMerge | null {
  const top = Math.max(m.top, block.top);
  const bottom = Math.min(m.bottom, block.bottom);
  const left = Math.max(m.left, block.left);
  const right = Math.min(m.right, block.right);
  if (top > bottom || left > right) return null;
  // A merge whose value cell lies outside the block says nothing about it.
  if (m.top < block.top || m.left < block.left) return null;
  return { top, bottom, left: left - block.left + 1, right: right - block.left + 1 };
}

/** The block's cells as a sheet of their own (see SheetBlock.view). */
function viewOf(sheet: SourceSheet, region: Region, whole: boolean): SourceSheet {
  if (whole && region.left === 1) return sheet;
  const rows: SourceCell[][] = [];
  for (const r of region.rows) rows[r - 1] = cellsIn(sheet, region, r) ?? [];
  // A joined table's bounds span other tables' rows: their merges are not its own.
  const own = region.joined ? new Set(region.rows) : null;
  const merges = sheet.merges
    .filter((m) => own === null || own.has(m.top))
    .map((m) => clipMerge(m, region))
    .filter((m): m is SourceMerge => m !== null);
  return { ...sheet, rows, merges };
}

/** The table in a block's view, or null when the block has no header row. */
function tableIn(view: SourceSheet, region: Region): DetectedTable | null {
  const width = region.right - region.left + 1;
  const offset = region.left - 1;
  const merges = new MergeIndex(view.merges);
  const headerless = (): DetectedTable => ({
    headerRows: [],
    columns: columnsOf(view, merges, [], width, offset),
    firstDataRow: region.top,
    lastDataRow: region.bottom,
    bounds: { top: region.top, left: region.left, bottom: region.bottom, right: region.right },
  });
  if (region.summary) return { ...headerless(), summary: true };
  const found =
    region.header ?? findHeaderRow(searchRows(region.rows, region.bottom), (r) => view.rows[r - 1]);
  if (found === null) return isHeaderlessList(view, region, width) ? headerless() : null;
  const last = region.bottom;
  let headerRows = [found];
  // A header in two wordings names each column in both rows, never a group over sub-headers.
  const translated =
    found < last && isTranslatedPair(view, found)
      ? found
      : found > region.top && isTranslatedPair(view, found - 1)
        ? found - 1
        : null;
  if (translated !== null) headerRows = [translated, translated + 1];
  else if (
    found < last &&
    (isHeaderOverSubHeaders(view, merges, found, width) || isSecondHeaderRow(view, found))
  )
    headerRows = [found, found + 1];
  else if (found > region.top && isHeaderOverSubHeaders(view, merges, found - 1, width))
    headerRows = [found - 1, found];
  else if (found > region.top && isKeysUnderNames(view, found)) headerRows = [found - 1, found];
  const lastHeader = headerRows[headerRows.length - 1];
  return {
    ...(region.headerCopies ? { headerCopies: region.headerCopies } : {}),
    headerRows,
    columns: columnsOf(
      view,
      translated === null ? withGroupMerges(view, merges, headerRows, width) : merges,
      headerRows,
      width,
      offset
    ),
    firstDataRow: lastHeader + 1,
    lastDataRow: Math.max(last, lastHeader),
    bounds: { top: region.top, left: region.left, bottom: region.bottom, right: region.right },
  };
}

/** Every block of a sheet in reading order (top to bottom, left to right), each with its table. */
export function sheetBlocks(sheet: SourceSheet): SheetBlock[] {
  const all = regionOf(sheet, occupiedRows(sheet), 1, Infinity);
  if (!all) return [];
  const regions = splitRegion(sheet, all, 0).sort((a, b) => a.top - b.top || a.left - b.left);
  return regions.map((region) => {
    const view = viewOf(sheet, region, regions.length === 1);
    return {
      bounds: { top: region.top, left: region.left, bottom: region.bottom, right: region.right },
      view,
      table: tableIn(view, region),
      offset: region.left - 1,
    };
  });
}

/** The sheet's first table, or null when the sheet holds no header at all (empty, or only notes). */
export function detectTable(sheet: SourceSheet): DetectedTable | null {
  return sheetBlocks(sheet).find((b) => b.table !== null)?.table ?? null;
}

/**
 * The index of the main table among blocks: the largest (data rows × headed columns), the first
 * on a tie; −1 when there is none.
 */
export function mainTableIndex(blocks: readonly { table: DetectedTable | null }[]): number {
  let best = -1;
  let bestSize = -1;
  blocks.forEach((b, i) => {
    if (!b.table) return;
    const headed = b.table.columns.filter((c) => c.text !== "").length;
    const size = (b.table.lastDataRow - b.table.firstDataRow + 1) * Math.max(1, headed);
    if (size > bestSize) {
      best = i;
      bestSize = size;
    }
  });
  return best;
}

/** The sheet's main table: the one a sheet-wide override ("Sheet!*=…") names. */
export function mainTableOf(sheet: SourceSheet): DetectedTable | null {
  const blocks = sheetBlocks(sheet);
  return blocks[mainTableIndex(blocks)]?.table ?? null;
}
