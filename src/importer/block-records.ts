/**
 * A printed list of one record per block of rows (a customer list an accounts package prints to a
 * sheet): the record's code, name and contact on the block's first row, its address lines under
 * the name and its contact lines ("Phone: 09 401 0405", "Email: …") under the contact, the code
 * column blank on the block's other rows. A person reads each block as one record and its lines as
 * that record's address and contact details, never each line as a record (or a complaint, or a
 * visit) of its own.
 *
 * Here each block is folded into its first row: a labelled line goes to a column headed by its
 * label (Phone, Email), the other lines under a column, joined, to a column of their own — headed
 * as an address when they read as one, else as notes — so that the usual recognition and mapping
 * apply. The block's other rows are left blank in the view and accounted with its first row.
 */
import type { DetectedTable, HeaderColumn } from "./detect-table";
import { cellText, isBlankCell } from "./grid";
import { scoreHeader, targetsFor } from "./header-match";
import { looksLikeAddress } from "./profile";
import { findField } from "../register/catalog";
import type { SourceCell, SourceSheet } from "./types";

/** Fewest blocks that make a layout (two are a coincidence). */
const MIN_BLOCKS = 3;
/** A block holds a name and a few lines: longer runs of rows without a key are records. */
const MAX_BLOCK_ROWS = 7;
/** A line of a block: a short text (an address line, "Phone: 09 401 0405"). */
const MAX_LINE_LENGTH = 80;
/** "Phone: 09 401 0405", "Email: a@b.c", "電話：02-1234-5678": a label, a colon, the value. */
const LABELLED_LINE = /^(\p{L}[\p{L} .'/-]{0,24}?)\s*[:：]\s*(\S.*)$/u;
/** Share of a block's lines (below its first row) that must read as addresses or labelled lines. */
const MIN_DETAIL_SHARE = 0.5;

export interface FoldedBlocks {
  view: SourceSheet;
  table: DetectedTable;
  /** Each block's first row, with the rows folded into it. */
  followers: Map<number, number[]>;
}

function labelOf(sheetKey: "Clients", key: string, cjk: boolean): string {
  const label = findField(sheetKey, key)?.label;
  if (!label) return key;
  return cjk ? label["zh-CN"] : label.en;
}

/**
 * What a line's label names: the client field it names exactly (Phone and Mobile both a phone, so
 * their lines join in one column), else the label itself.
 */
function fieldOf(label: string): string {
  const best = scoreHeader(label, targetsFor("Clients"))[0];
  return best?.exact ? `field:${best.target.key}` : label.toLowerCase();
}

/** The rows of the table that hold something, in order. */
function dataRows(view: SourceSheet, table: DetectedTable): number[] {
  const out: number[] = [];
  for (let r = table.firstDataRow; r <= table.lastDataRow; r++)
    if ((view.rows[r - 1] ?? []).some((c) => !isBlankCell(c))) out.push(r);
  return out;
}

/** True when every filled cell of the row is a line of text. */
function linesOnly(row: readonly SourceCell[] | undefined): boolean {
  return (row ?? []).every(
    (c) => isBlankCell(c) || (typeof c === "string" && c.trim().length <= MAX_LINE_LENGTH)
  );
}

/**
 * The blocks of a table keyed by column `key`: each row with the key starts a block, the rows
 * under it without one are its lines. Null when the column does not lay the table out so.
 */
function blocksBy(view: SourceSheet, rows: readonly number[], key: number): number[][] | null {
  const blocks: number[][] = [];
  const keys = new Set<string>();
  for (const r of rows) {
    const cell = view.rows[r - 1]?.[key] ?? null;
    if (!isBlankCell(cell)) {
      const text = cellText(cell).trim();
      if (keys.has(text)) return null;
      keys.add(text);
      blocks.push([r]);
      continue;
    }
    const block = blocks[blocks.length - 1];
    if (!block || block.length >= MAX_BLOCK_ROWS || !linesOnly(view.rows[r - 1])) return null;
    block.push(r);
  }
  const lines = rows.length - blocks.length;
  return blocks.length >= MIN_BLOCKS && lines * 2 >= blocks.length ? blocks : null;
}

/** True when the lines under the blocks' first rows read as addresses and contact lines. */
function detailLines(view: SourceSheet, blocks: readonly number[][]): boolean {
  let lines = 0;
  let details = 0;
  for (const block of blocks)
    for (const r of block.slice(1))
      for (const cell of view.rows[r - 1] ?? []) {
        if (typeof cell !== "string" || cell.trim() === "") continue;
        lines++;
        if (LABELLED_LINE.test(cell.trim()) || looksLikeAddress(cell)) details++;
      }
  return lines > 0 && details >= lines * MIN_DETAIL_SHARE;
}

/** The table's blocks of rows when it is laid out one record per block; null when it is not. */
export function foldBlocks(
  view: SourceSheet,
  table: DetectedTable,
  offset: number
): FoldedBlocks | null {
  if (table.headerRows.length === 0 || table.summary) return null;
  const rows = dataRows(view, table);
  const width = table.columns.length;
  let blocks: number[][] | null = null;
  for (let key = 0; key < width && blocks === null; key++) {
    if (table.columns[key].text.trim() === "") continue;
    blocks = blocksBy(view, rows, key);
  }
  if (!blocks || !detailLines(view, blocks)) return null;
  const cjk = table.columns.some((c) => /[\u3400-\u9fff]/.test(c.text));
  // One column per label (Phone, Email) and per column whose unlabelled lines are read.
  const labelled = new Map<string, number>();
  const extra: HeaderColumn[] = [];
  const addColumn = (text: string): number => {
    extra.push({ index: offset + width + extra.length + 1, text, candidates: [text] });
    return width + extra.length - 1;
  };
  const lineColumns = new Map<number, number>();
  const out = view.rows.slice();
  const followers = new Map<number, number[]>();
  const unlabelled: { lead: number; column: number; text: string }[] = [];
  for (const [lead, ...rest] of blocks) {
    const row = (view.rows[lead - 1] ?? []).slice();
    while (row.length < width) row.push(null);
    for (const r of rest) {
      (view.rows[r - 1] ?? []).forEach((cell, c) => {
        if (typeof cell !== "string" || cell.trim() === "") return;
        const text = cell.trim();
        const m = LABELLED_LINE.exec(text);
        if (m) {
          const label = m[1].trim();
          const folded = fieldOf(label);
          let at = labelled.get(folded);
          if (at === undefined) labelled.set(folded, (at = addColumn(label)));
          row[at] = isBlankCell(row[at] ?? null)
            ? m[2].trim()
            : `${cellText(row[at])}; ${m[2].trim()}`;
        } else unlabelled.push({ lead, column: c, text });
      });
      out[r - 1] = [];
    }
    out[lead - 1] = row;
    followers.set(lead, rest);
  }
  // The other lines of a column, joined per block: an address when most blocks have a line that
  // reads as one (a street; the town, the PO box and the rural delivery lines beside it do not).
  const byColumn = new Map<number, { lead: number; text: string }[]>();
  for (const u of unlabelled) byColumn.set(u.column, [...(byColumn.get(u.column) ?? []), u]);
  for (const [column, lines] of byColumn) {
    const leads = new Set(lines.map((l) => l.lead));
    const streets = new Set(lines.filter((l) => looksLikeAddress(l.text)).map((l) => l.lead));
    const header = labelOf("Clients", streets.size * 2 >= leads.size ? "address" : "notes", cjk);
    const at = lineColumns.get(column) ?? addColumn(header);
    lineColumns.set(column, at);
    for (const { lead, text } of lines) {
      const row = out[lead - 1] as SourceCell[];
      row[at] = isBlankCell(row[at] ?? null) ? text : `${cellText(row[at])}, ${text}`;
    }
  }
  return {
    view: { ...view, rows: out },
    table: { ...table, columns: [...table.columns, ...extra] },
    followers,
  };
}
