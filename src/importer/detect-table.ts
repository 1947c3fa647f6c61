/**
 * Finds the table inside a sheet: the header row (or two rows), skipping title rows, blank rows
 * and merged title cells, and where the data ends.
 */
import { looksLikeHeader } from "./header-match";
import { cellText, isBlankCell, MergeIndex, rowIsBlank, sheetWidth } from "./grid";
import { stripHeaderUnit } from "./normalize";
import type { SourceCell, SourceSheet } from "./types";

/** How far down a header row is looked for. */
const HEADER_SEARCH_ROWS = 40;
/** Longer cell texts are data or titles, not headers. */
const MAX_HEADER_LENGTH = 40;

export interface HeaderColumn {
  /** 1-based column index. */
  index: number;
  /** The header as shown to people: both rows' texts for a two-row header. */
  text: string;
  /** Texts to try when mapping, most specific first (lower row, both rows, upper row). */
  candidates: string[];
}

export interface DetectedTable {
  /** 1-based header rows: one, or two for a two-row header. */
  headerRows: number[];
  columns: HeaderColumn[];
  /** 1-based first row below the header. */
  firstDataRow: number;
  /** 1-based last non-blank row of the sheet (firstDataRow − 1 when there is no data). */
  lastDataRow: number;
}

function lastNonBlankRow(sheet: SourceSheet): number {
  for (let i = sheet.rows.length - 1; i >= 0; i--) if (!rowIsBlank(sheet.rows[i])) return i + 1;
  return 0;
}

function isHeaderLikeCell(cell: SourceCell): boolean {
  if (typeof cell !== "string") return false;
  const text = cell.trim();
  if (text === "" || text.length > MAX_HEADER_LENGTH) return false;
  return looksLikeHeader(stripHeaderUnit(text)) || looksLikeHeader(text);
}

function headerLikeCount(row: readonly SourceCell[] | undefined): number {
  if (!row) return 0;
  let n = 0;
  for (const cell of row) if (isHeaderLikeCell(cell)) n++;
  return n;
}

/** A header row holds only short texts (and blanks): no numbers, dates or long sentences. */
function isAllShortText(row: readonly SourceCell[] | undefined): boolean {
  if (!row) return false;
  let any = false;
  for (const cell of row) {
    if (isBlankCell(cell)) continue;
    if (typeof cell !== "string" || cell.trim().length > MAX_HEADER_LENGTH) return false;
    any = true;
  }
  return any;
}

function nonBlank(row: readonly SourceCell[] | undefined): number {
  return row ? row.filter((c) => !isBlankCell(c)).length : 0;
}

/** The row with the most header-like cells among the first rows; earliest on a tie. */
function findHeaderRow(sheet: SourceSheet, last: number): number | null {
  let bestRow: number | null = null;
  let bestScore = 0;
  const end = Math.min(last, HEADER_SEARCH_ROWS);
  for (let r = 1; r <= end; r++) {
    const row = sheet.rows[r - 1];
    const score = headerLikeCount(row);
    if (score > bestScore) {
      bestScore = score;
      bestRow = r;
    }
  }
  if (bestRow !== null) return bestRow;
  // Nothing looks like a register header: take the first row of two or more short texts.
  for (let r = 1; r <= end; r++) {
    const row = sheet.rows[r - 1];
    if (nonBlank(row) >= 2 && isAllShortText(row)) return r;
  }
  return null;
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

/** Rows u and u+1 form one header when u groups columns (merged across) above sub-headers. */
function isTwoRowHeader(
  sheet: SourceSheet,
  merges: MergeIndex,
  upper: number,
  width: number
): boolean {
  const up = sheet.rows[upper - 1];
  const low = sheet.rows[upper];
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
  width: number
): HeaderColumn[] {
  const columns: HeaderColumn[] = [];
  for (let c = 1; c <= width; c++) {
    if (headerRows.length === 1) {
      const text = cellText(sheet.rows[headerRows[0] - 1]?.[c - 1] ?? null);
      columns.push({ index: c, text, candidates: text ? [text] : [] });
      continue;
    }
    const upper = headerTextAt(sheet, merges, headerRows[0], c);
    const lower = headerTextAt(sheet, merges, headerRows[1], c);
    const both = upper && lower && upper !== lower ? `${upper} ${lower}` : upper || lower;
    const candidates = [...new Set([lower, both, upper].filter((t) => t !== ""))];
    columns.push({ index: c, text: both, candidates });
  }
  return columns;
}

/** The table in a sheet, or null when the sheet holds no header at all (empty, or only notes). */
export function detectTable(sheet: SourceSheet): DetectedTable | null {
  const last = lastNonBlankRow(sheet);
  if (last === 0) return null;
  const width = sheetWidth(sheet);
  const merges = new MergeIndex(sheet.merges);
  const found = findHeaderRow(sheet, last);
  if (found === null) return null;
  let headerRows = [found];
  if (found < last && isTwoRowHeader(sheet, merges, found, width)) headerRows = [found, found + 1];
  else if (found > 1 && isTwoRowHeader(sheet, merges, found - 1, width))
    headerRows = [found - 1, found];
  const lastHeader = headerRows[headerRows.length - 1];
  return {
    headerRows,
    columns: columnsOf(sheet, merges, headerRows, width),
    firstDataRow: lastHeader + 1,
    lastDataRow: Math.max(last, lastHeader),
  };
}
