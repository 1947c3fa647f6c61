import { timeOfDayOnly } from "./normalize/time-of-day";
import type { SourceCell, SourceMerge, SourceSheet } from "./types";

/** "A", "B", … "Z", "AA" … for a 1-based column index. */
export function columnLetter(index: number): string {
  let n = index;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function isErrorCell(cell: unknown): cell is { error: string } {
  return (
    typeof cell === "object" &&
    cell !== null &&
    !(cell instanceof Date) &&
    typeof (cell as { error?: unknown }).error === "string"
  );
}

export function isBlankCell(cell: unknown): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === "string") return cell.replace(/[\s\u200B\uFEFF]/g, "") === "";
  return false;
}

/**
 * The sheet without each row's blank cells after its last filled one, and without blank rows
 * (holes, as a file leaves a row it has no cell in). A row's width and an empty row's presence say
 * nothing a person sees: a file writes a row up to its last cell and skips rows it has nothing in,
 * while Excel's used range pads every row to the widest and gives every row; the same sheet must
 * be read alike either way (the task pane reads the open workbook, the CLI its file). Rows that
 * need no trimming are shared with the sheet given, which is left as it was.
 */
export function withoutBlankEnds(sheet: SourceSheet): SourceSheet {
  const rows: SourceCell[][] = new Array<SourceCell[]>(sheet.rows.length);
  sheet.rows.forEach((row, r) => {
    if (!row) return;
    let end = row.length;
    while (end > 0 && isBlankCell(row[end - 1])) end--;
    if (end > 0) rows[r] = end === row.length ? row : row.slice(0, end);
  });
  return { ...sheet, rows };
}

/** The cell as a person would read it, for headers, samples and messages. */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return "";
    const time = timeOfDayOnly(cell);
    if (time !== null) return time;
    const iso = cell.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  if (isErrorCell(cell)) return cell.error;
  return String(cell);
}

/** A cell's number, when it is one (typed, or digits written as text: "12,500", "-3.5"). */
export function numberIn(cell: SourceCell | undefined): number | null {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell === "string" && /^\s*-?\d[\d,]*(?:\.\d+)?\s*$/.test(cell))
    return Number(cell.replace(/,/g, ""));
  return null;
}

/** The cell as an issue's value: plain JSON data. */
export function issueValue(cell: unknown): string | number | boolean | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "number" || typeof cell === "boolean" || typeof cell === "string")
    return cell;
  return cellText(cell);
}

export function rowIsBlank(row: readonly SourceCell[] | undefined): boolean {
  return !row || row.every(isBlankCell);
}

export function nonBlankCount(row: readonly SourceCell[] | undefined): number {
  if (!row) return 0;
  let n = 0;
  row.forEach((cell) => {
    if (!isBlankCell(cell)) n++;
  });
  return n;
}

/** The widest row of the sheet. */
export function sheetWidth(sheet: SourceSheet): number {
  let width = 0;
  for (const row of sheet.rows) if (row && row.length > width) width = row.length;
  for (const m of sheet.merges) if (m.right > width) width = m.right;
  return width;
}

export function cellAt(sheet: SourceSheet, row: number, col: number): SourceCell {
  return sheet.rows[row - 1]?.[col - 1] ?? null;
}

/** Merges taller than this are kept in a list rather than indexed row by row. */
const TALL_MERGE_ROWS = 256;

/**
 * Looks up which merge covers a cell; built once per sheet. Indexed by row, never cell by cell,
 * so a merge across a whole row or column costs nothing.
 */
export class MergeIndex {
  private readonly byRow = new Map<number, SourceMerge[]>();
  private readonly tall: SourceMerge[] = [];

  constructor(merges: readonly SourceMerge[]) {
    for (const m of merges) {
      if (m.bottom - m.top >= TALL_MERGE_ROWS) {
        this.tall.push(m);
        continue;
      }
      for (let r = m.top; r <= m.bottom; r++) {
        const list = this.byRow.get(r);
        if (list) list.push(m);
        else this.byRow.set(r, [m]);
      }
    }
  }

  at(row: number, col: number): SourceMerge | undefined {
    const covers = (m: SourceMerge) =>
      m.top <= row && row <= m.bottom && m.left <= col && col <= m.right;
    return this.byRow.get(row)?.find(covers) ?? this.tall.find(covers);
  }

  /** True when the cell is inside a merge but is not its top-left cell. */
  isCovered(row: number, col: number): boolean {
    const m = this.at(row, col);
    return m !== undefined && (m.top !== row || m.left !== col);
  }
}

/** "A1" style reference of a 1-based cell. */
export function cellRef(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** "B3:F90" for a block (a single cell as "B3"). */
export function rangeRef(b: { top: number; left: number; bottom: number; right: number }): string {
  const start = cellRef(b.top, b.left);
  return b.top === b.bottom && b.left === b.right
    ? start
    : `${start}:${cellRef(b.bottom, b.right)}`;
}

/** The sheet's rows with vertically merged cells filled from their top cell (data rows only). */
export function fillMergedDown(
  sheet: SourceSheet,
  firstDataRow: number,
  lastDataRow: number
): (row: number) => SourceCell[] {
  const coveredRows = new Map<number, SourceMerge[]>();
  for (const m of sheet.merges) {
    if (m.bottom <= m.top || m.top < firstDataRow || m.top > lastDataRow) continue;
    for (let r = m.top + 1; r <= Math.min(m.bottom, lastDataRow); r++) {
      const list = coveredRows.get(r) ?? [];
      list.push(m);
      coveredRows.set(r, list);
    }
  }
  return (row) => {
    const original = sheet.rows[row - 1] ?? [];
    const merges = coveredRows.get(row);
    if (!merges) return original;
    const copy = [...original];
    for (const m of merges) {
      while (copy.length < m.right) copy.push(null);
      const value = sheet.rows[m.top - 1]?.[m.left - 1] ?? null;
      for (let c = m.left; c <= m.right; c++) copy[c - 1] = value;
    }
    return copy;
  };
}
