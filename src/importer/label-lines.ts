/**
 * Lines told apart by a label in their first cell. An app's text export with no header writes each
 * record as a line opened by what it is — "Customer info:" before the customer's name, phone and
 * address, "Purchases:" alone before the lines of what the customer bought, which leave the first
 * cell empty. A person reads the lines under the label naming the client as the client list, one
 * client a line, and the other lines as what belongs to them, not clients.
 *
 * What makes a label: a short text ending with a colon in the first column, written again and
 * again down the sheet (three lines or more), and among the sheet's labels the one naming the
 * client (Customer, Client, 客户) whose lines hold the values (two cells or more beside it).
 */
import { headerHasWord } from "../register/catalog";
import { TRADE_PARTY_WORDS } from "../register/vocabulary";
import { cellText, isBlankCell } from "./grid";
import type { SourceCell, SourceSheet } from "./types";

/** Longest text read as a line's label. */
const MAX_LABEL = 16;
/** Fewest lines one label opens for the sheet to be written so. */
const MIN_LABELLED = 3;
/** Fewest values a client's line holds beside its label. */
const MIN_VALUES = 2;

export interface LabelLines {
  /** The sheet with only the client's lines kept, their label cells emptied (rows keep numbers). */
  sheet: SourceSheet;
  /** The label of the client's lines, without its colon. */
  label: string;
  /** Lines kept as clients, and lines left out (other labels and the lines under them). */
  clients: number;
  others: number;
}

function labelOf(cell: SourceCell | undefined): string | null {
  const text = cellText(cell ?? null).trim();
  if (!/[:：]$/.test(text)) return null;
  const label = text.replace(/[:：]$/, "").trim();
  return label !== "" && label.length <= MAX_LABEL ? label : null;
}

function valuesBeside(row: readonly SourceCell[] | undefined): number {
  return (row ?? []).slice(1).filter((c) => !isBlankCell(c)).length;
}

/**
 * The sheet's client lines when its lines are told apart by labels in the first column and one
 * label names the client; null when the sheet is not written so.
 */
export function clientLabelLines(sheet: SourceSheet): LabelLines | null {
  const byLabel = new Map<string, number[]>();
  sheet.rows.forEach((row, i) => {
    const label = labelOf(row?.[0]);
    if (label !== null) byLabel.set(label, [...(byLabel.get(label) ?? []), i]);
  });
  const clientWords = [...TRADE_PARTY_WORDS.buyer];
  const named = [...byLabel].filter(
    ([label, rows]) =>
      rows.length >= MIN_LABELLED &&
      headerHasWord(label, clientWords) &&
      rows.every((r) => valuesBeside(sheet.rows[r]) >= MIN_VALUES)
  );
  if (named.length !== 1) return null;
  const [label, rows] = named[0];
  const kept = new Set(rows);
  const filled = sheet.rows.filter((row) => (row ?? []).some((c) => !isBlankCell(c))).length;
  const out: SourceCell[][] = sheet.rows.map((row, i) =>
    kept.has(i) ? [null, ...(row ?? []).slice(1)] : []
  );
  return {
    sheet: { ...sheet, rows: out, merges: [] },
    label,
    clients: rows.length,
    others: filled - rows.length,
  };
}
