/**
 * Records replaced by later ones: a renewal book keeps its running policies on one sheet and, on
 * another, the earlier terms the renewals replaced, each beside the number of the policy that
 * took its place. A person imports the running policies; the replaced terms would add each
 * renewed policy again.
 *
 * Read from the values, not from the sheet's name: a sheet of records with their own number and
 * start date holds a second column of numbers of the same kind, and those numbers are the records
 * of another sheet of the workbook, which start after the rows pointing at them (the one replacing
 * each). A list pointing the other way — a running policy beside the number of the term it renews
 * — points at records that started earlier, and stays.
 */
import { cellText } from "./grid";
import { parseDate } from "./normalize";
import type { SheetKey } from "../register/types";
import type { ColumnMapping, SourceCell } from "./types";

/** Per register sheet: the field numbering a record of its own, and the day it starts. */
const NUMBERED_RECORDS: Partial<Record<SheetKey, { key: string; start: string }>> = {
  Insurance: { key: "policyNo", start: "startDate" },
};

export interface RecordTable {
  sheet: string;
  registerSheet: SheetKey | null;
  columns: readonly ColumnMapping[];
  values: readonly (readonly SourceCell[])[];
}

export interface Replaced {
  /** The sheet whose records replace this one's. */
  by: string;
  /** This sheet's column naming the record that replaced each row. */
  column: string;
  /** Rows pointing at a later record of the other sheet, of those pointing at one. */
  rows: number;
}

/** Fewest rows pointing at another sheet's records for the link to be evidence. */
const MIN_ROWS = 3;
/** Share of a column's numbers that must be the other sheet's records. */
const FOUND_SHARE = 0.8;
/** Share of those rows whose record in the other sheet starts later. */
const LATER_SHARE = 0.8;
/** Share of this sheet's own numbers the other sheet may hold (the same records kept twice). */
const SAME_SHARE = 0.5;

const text = (cell: SourceCell | undefined): string => cellText(cell ?? null).trim();

function day(cell: SourceCell | undefined): string | null {
  if (text(cell) === "") return null;
  const parsed = parseDate(cell);
  return parsed.ok ? parsed.value : null;
}

function columnOf(t: RecordTable, field: string): number {
  return t.columns.findIndex((c) => c.field === field);
}

/** The sheet among `others` whose records replace `table`'s, or null. */
export function replacedBy(table: RecordTable, others: readonly RecordTable[]): Replaced | null {
  const kind = table.registerSheet ? NUMBERED_RECORDS[table.registerSheet] : undefined;
  if (!kind) return null;
  const key = columnOf(table, kind.key);
  const start = columnOf(table, kind.start);
  if (key < 0 || start < 0) return null;
  const ownKeys = new Set(table.values[key]?.map(text).filter((k) => k !== "") ?? []);
  for (const other of others) {
    if (other === table || other.registerSheet !== table.registerSheet) continue;
    const otherKey = columnOf(other, kind.key);
    const otherStart = columnOf(other, kind.start);
    if (otherKey < 0 || otherStart < 0) continue;
    const starts = new Map<string, string | null>();
    other.values[otherKey]?.forEach((cell, r) => {
      const k = text(cell);
      if (k !== "" && !starts.has(k)) starts.set(k, day(other.values[otherStart]?.[r]));
    });
    const same = [...ownKeys].filter((k) => starts.has(k)).length;
    if (same > ownKeys.size * SAME_SHARE) continue;
    for (let c = 0; c < table.columns.length; c++) {
      const field = table.columns[c].field;
      if (c === key || (field !== null && field !== "notes")) continue;
      const pointers = (table.values[c] ?? []).map(text);
      const filled = pointers.filter((p) => p !== "");
      const found = pointers.flatMap((p, r) => (p !== "" && starts.has(p) ? [r] : []));
      if (found.length < MIN_ROWS || found.length < filled.length * FOUND_SHARE) continue;
      let compared = 0;
      let later = 0;
      for (const r of found) {
        const mine = day(table.values[start]?.[r]);
        const theirs = starts.get(pointers[r]) ?? null;
        if (mine === null || theirs === null) continue;
        compared++;
        if (theirs > mine) later++;
      }
      if (compared >= MIN_ROWS && later >= compared * LATER_SHARE)
        return { by: other.sheet, column: table.columns[c].header, rows: later };
    }
  }
  return null;
}
