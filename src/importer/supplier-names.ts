/**
 * The suppliers a workbook buys from, once its purchase tables name them (trade-direction.ts),
 * name the other tables about them too: the contracts signed with them, their performance
 * reviews. A table one of whose columns names, on most of its distinct values, a purchase table's
 * suppliers is about suppliers, not clients — unless it names a buyer itself (a header naming the
 * customer, a direction of sales): a client who also supplies the keeper stays a client there.
 */
import { comparableText } from "./keyed-agreement";
import type { SourceCell } from "./types";

/** Distinct names in a column that are known ones: at least this many, and this share of them. */
const MIN_KNOWN = 2;
const KNOWN_SHARE = 0.6;

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
 * How many of a column's distinct names are among `known` (a purchase table's suppliers, the
 * keeper's own shops), of how many; null unless most are.
 */
export function namedAmong(
  values: readonly SourceCell[],
  known: ReadonlySet<string>
): { count: number; total: number } | null {
  const names = namesOf(values);
  let count = 0;
  for (const n of names) if (known.has(n)) count++;
  return count >= MIN_KNOWN && count >= names.size * KNOWN_SHARE
    ? { count, total: names.size }
    : null;
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
    const named = namedAmong(values, suppliers);
    if (named !== null && (best === null || named.count > best.count)) best = { column, ...named };
  });
  return best;
}
