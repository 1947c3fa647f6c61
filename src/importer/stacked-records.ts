/**
 * A list whose records each take k rows (k = 2…4) under a header of k stacked rows: the header's
 * first row labels what each record's first row holds (CustomerID | Phone), its second row what
 * the record's second row holds (Customer Name | E-mail), and so on. A person sees it at a glance
 * from the values: down the key column the rows cycle — a code, then a name, then a code again —
 * and reads one record per cycle, never each row as a record (half of them without a name).
 *
 * The evidence is structural, never a header word:
 * - the header is k rows of labels, each labelling the column the others label first;
 * - in that column the data rows, taken k at a time, hold one kind of value per place in the cycle
 *   (codes and numbers, words, dates) on nearly every cycle, and not the same kind in every place —
 *   a plain list has no cycle in its key column.
 * Each cycle is folded into its first row: the cells of its j-th row become columns of their own
 * headed by the header's j-th row, so that the usual recognition and mapping apply. The cycle's
 * other rows are left blank in the view and accounted with its first row.
 */
import type { FoldedBlocks } from "./block-records";
import type { DetectedTable, HeaderColumn } from "./detect-table";
import { cellText, isBlankCell, rowIsBlank } from "./grid";
import type { SourceCell, SourceSheet } from "./types";

/** Rows a record takes at most: a longer cycle is a form, not a list. */
const MAX_CYCLE = 4;
/** Fewest records that show a cycle (three could be chance). */
const MIN_RECORDS = 4;
/** Share of records whose place in the cycle holds that place's kind of value. */
const MIN_AGREEMENT = 0.9;
/** A stacked header's label: a short text, not a value. */
const MAX_LABEL_LENGTH = 40;

type ValueKind = "blank" | "id" | "date" | "words";

/** What kind of value a cell holds, as a person tells a code from a name at a glance. */
export function valueKind(cell: SourceCell | undefined): ValueKind {
  if (cell === undefined || isBlankCell(cell)) return "blank";
  if (cell instanceof Date) return "date";
  if (typeof cell === "number") return "id";
  const text = cellText(cell).trim();
  // One token holding a digit (C-AL243, 2514, A17/3): a code; anything else with letters: words.
  if (!/\s/.test(text) && /\d/.test(text)) return "id";
  return "words";
}

/** The 0-based columns a header row labels, or null when the row holds anything but labels. */
function labelColumns(row: readonly SourceCell[] | undefined, width: number): number[] | null {
  const out: number[] = [];
  for (let c = 0; c < width; c++) {
    const cell = row?.[c];
    if (cell === undefined || isBlankCell(cell)) continue;
    if (typeof cell !== "string") return null;
    const text = cell.trim();
    if (text.length > MAX_LABEL_LENGTH || /^[\d\s.,:/-]+$/.test(text)) return null;
    out.push(c);
  }
  return out;
}

/**
 * The header rows that may be stacked over the table's data, tallest first: the label rows around
 * its own header rows, down to the first row holding a value (a code, a number, a date, a long
 * text) — the stack ends where the data begins, though a detector may have read its last rows as
 * data — and up inside the block; each stack labels on every row the first column any of its rows
 * labels. A title line over a plain header is tried too, and fails the cycle test.
 */
function headerStacks(view: SourceSheet, table: DetectedTable, top: number): number[][] {
  const width = table.columns.length;
  const own = [...table.headerRows].sort((a, b) => a - b);
  if (own.some((r, i) => i > 0 && r !== own[i - 1] + 1)) return [];
  const isLabels = (r: number): boolean => (labelColumns(view.rows[r - 1], width)?.length ?? 0) > 0;
  let end = own[own.length - 1];
  while (end + 1 < table.lastDataRow && end - own[0] + 1 < MAX_CYCLE && isLabels(end + 1)) end++;
  // A run of label rows that goes on is a list of words, not a header over it.
  if (isLabels(end + 1)) return [];
  let start = own[0];
  while (start - 1 >= top && end - start + 1 < MAX_CYCLE && isLabels(start - 1)) start--;
  const out: number[][] = [];
  for (let from = start; end - from + 1 >= 2; from++) {
    if (from > own[0]) break;
    const rows: number[] = [];
    for (let r = from; r <= end; r++) rows.push(r);
    const labelled = rows.map((r) => labelColumns(view.rows[r - 1], width) ?? []);
    // A header row holding a value (a year, an amount) is no row of labels over a record's row.
    if (labelled.some((l) => l.length === 0)) continue;
    const first = Math.min(...labelled.map((l) => l[0]));
    if (labelled.every((l) => l.includes(first))) out.push(rows);
  }
  return out;
}

/** The first column the stack labels on every row. */
function keyColumn(view: SourceSheet, stack: readonly number[], width: number): number {
  for (let c = 0; c < width; c++)
    if (stack.every((r) => !isBlankCell(view.rows[r - 1]?.[c] ?? null))) return c;
  return -1;
}

/**
 * The records of k rows each, when the key column cycles with period k: every place of the cycle
 * holds one kind of value on nearly all records, and the places do not all hold the same kind.
 */
function cycles(
  view: SourceSheet,
  rows: readonly number[],
  key: number,
  k: number
): number[][] | null {
  const records: number[][] = [];
  for (let i = 0; i + k <= rows.length; i += k) records.push(rows.slice(i, i + k));
  if (records.length < MIN_RECORDS) return null;
  const kinds: ValueKind[] = [];
  for (let j = 0; j < k; j++) {
    const counts = new Map<ValueKind, number>();
    for (const rec of records) {
      const kind = valueKind(view.rows[rec[j] - 1]?.[key]);
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    const [kind, count] = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (kind === "blank" || count < records.length * MIN_AGREEMENT) return null;
    kinds.push(kind);
  }
  return new Set(kinds).size > 1 ? records : null;
}

/** The table folded one record per cycle of rows; null when its rows do not cycle so. */
export function foldStackedRecords(
  view: SourceSheet,
  table: DetectedTable,
  offset: number,
  top: number
): FoldedBlocks | null {
  if (table.headerRows.length === 0 || table.summary || table.headerCopies) return null;
  const width = table.columns.length;
  let stack: number[] | null = null;
  let records: number[][] | null = null;
  for (const rowsOfStack of headerStacks(view, table, top)) {
    const rows: number[] = [];
    for (let r = rowsOfStack[rowsOfStack.length - 1] + 1; r <= table.lastDataRow; r++)
      if (!rowIsBlank(view.rows[r - 1])) rows.push(r);
    const key = keyColumn(view, rowsOfStack, width);
    records = key < 0 ? null : cycles(view, rows, key, rowsOfStack.length);
    if (records) {
      stack = rowsOfStack;
      break;
    }
  }
  if (!stack || !records) return null;
  const labelAt = (place: number, c: number): string =>
    cellText(view.rows[stack[place] - 1]?.[c] ?? null).trim();
  const columns: HeaderColumn[] = table.columns.map((col, c) => {
    const text = labelAt(0, c);
    return { index: col.index, text, candidates: text === "" ? [] : [text] };
  });
  for (let place = 1; place < stack.length; place++)
    for (let c = 0; c < width; c++) {
      const text = labelAt(place, c);
      columns.push({
        index: offset + width * place + c + 1,
        text,
        candidates: text === "" ? [] : [text],
      });
    }
  const out = view.rows.slice();
  const followers = new Map<number, number[]>();
  for (const [lead, ...rest] of records) {
    const row: SourceCell[] = [];
    for (const r of [lead, ...rest])
      for (let c = 0; c < width; c++) row.push(view.rows[r - 1]?.[c] ?? null);
    out[lead - 1] = row;
    for (const r of rest) out[r - 1] = [];
    followers.set(lead, rest);
  }
  return {
    view: { ...view, rows: out, merges: view.merges.filter((m) => m.bottom < table.firstDataRow) },
    table: { ...table, headerRows: stack, columns, firstDataRow: stack[stack.length - 1] + 1 },
    followers,
  };
}
