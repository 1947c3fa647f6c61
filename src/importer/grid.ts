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

/** The cell as a person would read it, for headers, samples and messages. */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return "";
    const iso = cell.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  if (isErrorCell(cell)) return cell.error;
  return String(cell);
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
  for (const cell of row) if (!isBlankCell(cell)) n++;
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

/** Looks up which merge covers a cell; built once per sheet. */
export class MergeIndex {
  private readonly byCell = new Map<string, SourceMerge>();

  constructor(merges: readonly SourceMerge[]) {
    for (const m of merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) this.byCell.set(`${r}:${c}`, m);
      }
    }
  }

  at(row: number, col: number): SourceMerge | undefined {
    return this.byCell.get(`${row}:${col}`);
  }

  /** True when the cell is inside a merge but is not its top-left cell. */
  isCovered(row: number, col: number): boolean {
    const m = this.at(row, col);
    return m !== undefined && (m.top !== row || m.left !== col);
  }
}
