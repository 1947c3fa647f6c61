/**
 * Many rows with one warning are one thing to tell a person. The gathering is shared by the
 * column warnings (column-warnings.ts) and the sheet's link warnings (link-warnings.ts): issues of
 * one key become one issue in place of the first of them; the others keep their order.
 */
import { cellText } from "./grid";
import type { ImportIssue } from "./types";

/** Distinct values listed (with their counts), the most frequent first. */
export const VALUES_LISTED = 8;
/** Row numbers listed, the first ones. */
export const ROWS_LISTED = 10;

/**
 * The issues with each group of at least `min` issues of one key (null: not gathered) replaced by
 * `gather(group)` at the place of the group's first issue.
 */
export function gatherIssues(
  issues: readonly ImportIssue[],
  keyOf: (issue: ImportIssue) => string | null,
  min: number,
  gather: (group: readonly ImportIssue[]) => ImportIssue
): ImportIssue[] {
  const groups = new Map<string, ImportIssue[]>();
  for (const issue of issues) {
    const key = keyOf(issue);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(issue);
    else groups.set(key, [issue]);
  }
  const gathered = new Map<ImportIssue, ImportIssue | null>();
  for (const group of groups.values()) {
    if (group.length < min) continue;
    gathered.set(group[0], gather(group));
    for (const other of group.slice(1)) gathered.set(other, null);
  }
  if (gathered.size === 0) return [...issues];
  const out: ImportIssue[] = [];
  for (const issue of issues) {
    const replaced = gathered.get(issue);
    if (replaced === undefined) out.push(issue);
    else if (replaced !== null) out.push(replaced);
  }
  return out;
}

/** The distinct values of the group with their counts, the most frequent first (ties: first seen). */
export function valueCounts(group: readonly ImportIssue[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const issue of group) {
    const text = cellText(issue.value).trim();
    if (text === "") continue;
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** The values as a person reads them: `"Lost" ×184, "Dead" ×3`, cut after VALUES_LISTED. */
export function listedValues(counts: readonly [string, number][]): string {
  const listed = counts.slice(0, VALUES_LISTED).map(([v, n]) => `"${v}" ×${n}`);
  if (counts.length > VALUES_LISTED) listed.push("…");
  return listed.join(", ");
}

/** The group's first row numbers, in order, cut after ROWS_LISTED. */
export function listedRows(group: readonly ImportIssue[]): string {
  const rows = group
    .map((i) => i.row as number)
    .sort((a, b) => a - b)
    .slice(0, ROWS_LISTED)
    .map(String);
  if (group.length > ROWS_LISTED) rows.push("…");
  return rows.join(", ");
}
