/** Keeps the books: every non-blank source row below a header ends imported, merged, skipped or rejected. */
import type { ImportSummary, RowAccount, RowOutcome } from "./types";

export class RowLedger {
  private readonly entries = new Map<string, RowAccount>();
  private readonly order: string[] = [];

  private static key(sheet: string, row: number): string {
    return `${sheet}\u0000${row}`;
  }

  /** Records a row's outcome. A row is accounted once; a second call for it is a bug. */
  record(sheet: string, row: number, outcome: RowOutcome, reason?: string): void {
    const key = RowLedger.key(sheet, row);
    if (this.entries.has(key))
      throw new Error(`Row ${row} of sheet "${sheet}" was accounted for twice.`);
    this.entries.set(
      key,
      reason === undefined ? { sheet, row, outcome } : { sheet, row, outcome, reason }
    );
    this.order.push(key);
  }

  has(sheet: string, row: number): boolean {
    return this.entries.has(RowLedger.key(sheet, row));
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
