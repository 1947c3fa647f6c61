/**
 * A block beside a sheet's main table whose rows are that table's records again — a lookup box
 * showing one policy picked by its number, the table's ids each with a figure (a ranking, a
 * distribution, a search box's results) — is made from the table. A person reads it as a view of
 * the records beside it, never as more records.
 *
 * Told from the values and the layout, never from headers: the block stands beside the main table
 * (their columns apart, the main table the larger) and is read as the same register sheet, and
 * one of its columns holds, on nearly all its filled rows, values of the main table's record
 * column — the column naming each of its rows once (a policy number, a client's name or number).
 * A table about other things beside a list (a client's visits naming the clients) is read as
 * another register sheet and stays; a second list beside the first naming its own records does
 * not repeat the first's.
 */
import type { SheetAnalysis } from "./analyse-sheet";
import { usable } from "./derived-sheets";
import { cellText } from "./grid";

/** Fields naming which record a row is. */
const RECORD_FIELDS = new Set([
  "clientId",
  "name",
  "idNumber",
  "policyNo",
  "complaintId",
  "opportunityId",
]);
/** The record column names each row once: all but a stray repeat in twenty. */
const UNIQUE_SHARE = 0.95;
/** Share of the block's filled rows in that column naming a record of the main table. */
const FOUND_SHARE = 0.9;

export interface SideView {
  view: SheetAnalysis;
  main: SheetAnalysis;
  /** The view's column holding the main table's record keys, by its header (or letter). */
  column: string;
  /** The view's filled rows in that column, how many name a main record, and a few of those. */
  rows: number;
  found: number;
  examples: string[];
}

function texts(values: readonly unknown[]): string[] {
  return values.map((v) => cellText(v).trim()).filter((t) => t !== "");
}

/** The main table's record columns: mapped to a field naming the record, one row per value. */
function recordKeys(main: SheetAnalysis): Set<string>[] {
  const out: Set<string>[] = [];
  main.mapping.columns.forEach((c, i) => {
    if (c.field === null || !RECORD_FIELDS.has(c.field)) return;
    const all = texts(main.columnValues[i] ?? []);
    const set = new Set(all);
    if (all.length > 0 && set.size >= all.length * UNIQUE_SHARE) out.push(set);
  });
  return out;
}

function apart(a: SheetAnalysis, b: SheetAnalysis): boolean {
  const x = a.table?.bounds;
  const y = b.table?.bounds;
  if (!x || !y) return false;
  return x.left > y.right || x.right < y.left;
}

/** A table's size as the sheet's main table is chosen: data rows × headed columns. */
function size(a: SheetAnalysis): number {
  if (!a.table) return 0;
  const headed = a.table.columns.filter((c) => c.text !== "").length;
  return (a.table.lastDataRow - a.table.firstDataRow + 1) * Math.max(1, headed);
}

/** The blocks of each sheet that are views of the main table beside them. */
export function sideViews(analyses: readonly SheetAnalysis[]): SideView[] {
  const out: SideView[] = [];
  const bySheet = new Map<string, SheetAnalysis[]>();
  for (const a of analyses)
    if (usable(a)) bySheet.set(a.sheet.name, [...(bySheet.get(a.sheet.name) ?? []), a]);
  for (const tables of bySheet.values()) {
    if (tables.length < 2) continue;
    const main = tables.reduce((best, a) => (size(a) > size(best) ? a : best));
    const keys = recordKeys(main);
    if (keys.length === 0) continue;
    for (const view of tables) {
      if (view === main || !apart(view, main)) continue;
      if (view.mapping.registerSheet !== main.mapping.registerSheet) continue;
      let best: SideView | null = null;
      view.columnValues.forEach((values, i) => {
        const own = texts(values);
        if (own.length === 0) return;
        for (const set of keys) {
          const named = own.filter((t) => set.has(t));
          if (named.length < own.length * FOUND_SHARE) continue;
          if (best && best.found >= named.length) continue;
          best = {
            view,
            main,
            column: view.mapping.columns[i]?.header || view.mapping.columns[i]?.letter || "",
            rows: own.length,
            found: named.length,
            examples: [...new Set(named)].slice(0, 3),
          };
        }
      });
      if (best) out.push(best);
    }
  }
  return out;
}
