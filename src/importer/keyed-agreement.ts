/**
 * How a column's values stand within the rows of each key (a member, a buyer): the tests shared by
 * the member-log and buyer-log re-reads of a sheet refused as a log.
 */

import { cellText } from "./grid";
import { matchForm } from "./header-match";
import { isPlaceholder } from "./normalize/cell";
import type { SourceCell } from "./types";

/** A cell's text in the form values are compared in; "" for an empty cell or a placeholder. */
export function comparableText(cell: SourceCell | undefined): string {
  const t = cellText(cell ?? null).trim();
  return t === "" || isPlaceholder(t) ? "" : matchForm(t);
}

/**
 * Per key (its value on each row, "" for none): the share of keys seen with a value on two rows or
 * more whose values are all one, and how many such keys there are.
 */
export function agreementWithin(
  keys: readonly string[],
  values: readonly SourceCell[]
): { share: number; repeated: number } {
  const seen = new Map<string, Set<string>>();
  const count = new Map<string, number>();
  keys.forEach((key, r) => {
    const v = comparableText(values[r]);
    if (key === "" || v === "") return;
    const set = seen.get(key) ?? new Set<string>();
    set.add(v);
    seen.set(key, set);
    count.set(key, (count.get(key) ?? 0) + 1);
  });
  let repeated = 0;
  let agreeing = 0;
  for (const [key, set] of seen) {
    if ((count.get(key) ?? 0) < 2) continue;
    repeated++;
    if (set.size === 1) agreeing++;
  }
  return { share: repeated === 0 ? 0 : agreeing / repeated, repeated };
}
