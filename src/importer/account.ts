/** Keeps the books: every non-blank source row below a header ends imported, merged, skipped or rejected. */
import type { ImportSummary, RowAccount, RowOutcome } from "./types";

export class RowLedger {
  private readonly entries = new Map<string, RowAccount>();
  private readonly order: string[] = [];

  private static key(sheet: string, row: number, table: string | undefined): string {
    return `${sheet}\u0000${row}\u0000${table ?? ""}`;
  }

  /**
   * Records a row's outcome. A row is accounted once per block of its sheet (tables side by side
   * share row numbers, so `table` names the block); a second call for it is a bug.
   */
  record(sheet: string, row: number, outcome: RowOutcome, reason?: string, table?: string): void {
    const key = RowLedger.key(sheet, row, table);
    if (this.entries.has(key))
      throw new Error(`Row ${row} of sheet "${sheet}" was accounted for twice.`);
    const entry: RowAccount = { sheet, row, outcome };
    if (table) entry.table = table;
    if (reason !== undefined) entry.reason = reason;
    this.entries.set(key, entry);
    this.order.push(key);
  }

  /** Rows accounted so far: where a sheet's rows begin, for `relabel`. */
  get size(): number {
    return this.order.length;
  }

  /** The rows accounted from `from` on. */
  since(from: number): RowAccount[] {
    return this.order.slice(from).map((k) => this.entries.get(k) as RowAccount);
  }

  /** The rows accounted from `from` on end otherwise: a sheet read again as something else. */
  relabel(from: number, outcome: RowOutcome, reason: string): void {
    for (const k of this.order.slice(from)) {
      const entry = this.entries.get(k) as RowAccount;
      this.entries.set(k, { ...entry, outcome, reason });
    }
  }

  has(sheet: string, row: number, table?: string): boolean {
    return this.entries.has(RowLedger.key(sheet, row, table));
  }

  rows(): RowAccount[] {
    return this.order.map((k) => this.entries.get(k) as RowAccount);
  }
}

export function summarize(rows: readonly RowAccount[]): ImportSummary {
  const summary: ImportSummary = {
    sourceRows: rows.length,
    imported: 0,
    merged: 0,
    skipped: 0,
    rejected: 0,
  };
  for (const r of rows) summary[r.outcome] += 1;
  return summary;
}
