/**
 * The suppliers a workbook buys from, once its purchase tables name them (trade-direction.ts),
 * name the other tables about them too: the contracts signed with them, their performance
 * reviews. A table one of whose columns names, on most of its distinct values, a purchase table's
 * suppliers is about suppliers, not clients — unless it names a buyer itself (a header naming the
 * customer, a direction of sales): a client who also supplies the keeper stays a client there.
 */
import { comparableText } from "./keyed-agreement";
import type { SourceCell } from "./types";

/** Distinct names in a column that are suppliers: at least this many, and this share of them. */
const MIN_SUPPLIERS = 2;
const SUPPLIER_SHARE = 0.6;

/** The comparable names of a column's filled cells, once each. */
export function namesOf(values: readonly SourceCell[]): Set<string> {
  const names = new Set<string>();
  for (const v of values) {
    const t = comparableText(v);
    if (t !== "") names.add(t);
  }
  return names;
}

/**
 * The column of `columnValues` naming the suppliers (most of its distinct values among them), and
 * how many of how many; null when none does.
 */
export function supplierColumn(
  columnValues: readonly (readonly SourceCell[])[],
  suppliers: ReadonlySet<string>
): { column: number; count: number; total: number } | null {
  let best: { column: number; count: number; total: number } | null = null;
  columnValues.forEach((values, column) => {
    const names = namesOf(values);
    let count = 0;
    for (const n of names) if (suppliers.has(n)) count++;
    if (count < MIN_SUPPLIERS || count < names.size * SUPPLIER_SHARE) return;
    if (best === null || count > best.count) best = { column, count, total: names.size };
  });
  return best;
}
