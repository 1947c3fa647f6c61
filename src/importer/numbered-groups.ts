/**
 * Columns that repeat one record's fields under a running number — "Policy 1 | Policy 2 | Policy 3",
 * 保单1 / 保单2, "Plan 1 | Sum Assured 1 | Plan 2 | Sum Assured 2" — hold one record per number: a
 * person reading the row sees three policies, not one policy and two notes. `numberedHeader` reads
 * the number out of a header; `numberedGroups` finds the groups of a sheet whose first group is
 * mapped to the sheet's fields, and `groupRows` gives each further filled group as a row of its
 * own, its values moved into the first group's columns.
 */
import { isBlankCell } from "./grid";
import { matchForm } from "./header-match";
import type { ColumnMapping, SourceCell } from "./types";

/** A number in a header that counts periods (1月, Q2, 2024年, Month 3), not repeated records. */
const PERIOD_AROUND = /^(?:月|年|季|期|日|号|號|周|週|h|m|q|st|nd|rd|th)/;
const PERIOD_BEFORE = /(?:q|m|h|fy|month|year|quarter|week|day|第)$/;

/**
 * The stem and number of a numbered header: "Policy 2" → {stem "policy#", n 2}, 保单1号码 →
 * {stem "保单#号码", n 1}, "Sum Assured (2)" → {stem "sumassured#", n 2}. Null when the header holds
 * no number, more than one, a number of more than two digits, or a period's number (1月, Q2).
 */
export function numberedHeader(header: string): { stem: string; n: number } | null {
  const form = matchForm(header);
  const runs = form.match(/\d+/g);
  if (!runs || runs.length !== 1 || runs[0].length > 2) return null;
  const at = form.indexOf(runs[0]);
  const before = form.slice(0, at);
  const after = form.slice(at + runs[0].length);
  if (before === "" || !/\p{L}/u.test(before + after)) return null;
  if (PERIOD_AROUND.test(after) || PERIOD_BEFORE.test(before)) return null;
  return { stem: `${before}#${after}`, n: Number(runs[0]) };
}

/**
 * Fields naming a person attached to a record (the insured, our agent, the contact), and its
 * notes: numbered, they are more people or more remarks on the row's one record (备注1 … 备注7).
 */
const ATTACHED_TO_RECORD: ReadonlySet<string> = new Set([
  "insured",
  "owner",
  "mainContact",
  "attendees",
  "notes",
]);

/** The groups of a sheet: per number (first group first), the column of each stem. */
export interface NumberedGroups {
  /** Stems in the order of the first group's columns. */
  stems: string[];
  /** groups[0] is the first group: stem → column (0-based). */
  groups: Map<string, number>[];
}

/**
 * The numbered groups of a sheet's columns: stems written with at least two numbers in a run
 * (1, 2, 3 …), whose first-numbered column is mapped to a field of the sheet and whose other
 * columns are not (a person's mapping of the first group is the mapping of every group). Null when
 * the sheet has none.
 */
export function numberedGroups(mappings: readonly ColumnMapping[]): NumberedGroups | null {
  const byStem = new Map<string, Map<number, number>>();
  mappings.forEach((m, i) => {
    const read = numberedHeader(m.header);
    if (!read) return;
    const numbers = byStem.get(read.stem) ?? new Map<number, number>();
    if (numbers.has(read.n)) numbers.set(read.n, -1);
    else numbers.set(read.n, i);
    byStem.set(read.stem, numbers);
  });
  const stems: string[] = [];
  let first = Infinity;
  let last = -Infinity;
  for (const [stem, numbers] of byStem) {
    const ns = [...numbers.keys()].sort((a, b) => a - b);
    if (ns.length < 2 || [...numbers.values()].includes(-1)) continue;
    if (ns.some((n, k) => k > 0 && n !== ns[k - 1] + 1) || ns[0] > 1) continue;
    const head = mappings[numbers.get(ns[0]) as number];
    if (head.field === null) continue;
    if (ns.slice(1).some((n) => mappings[numbers.get(n) as number].field !== null)) continue;
    stems.push(stem);
    first = Math.min(first, ns[0]);
    last = Math.max(last, ns[ns.length - 1]);
  }
  if (stems.length === 0) return null;
  // 被保險人１ | 被保險人２, "Agent 1 | Agent 2", 備註１ | 備註２: numbered people or remarks and
  // nothing else of the record are more of them on the row's one record (a co-insured, a second
  // agent, a further note), not more records.
  if (
    stems.every((stem) => {
      const numbers = byStem.get(stem) as Map<number, number>;
      return ATTACHED_TO_RECORD.has(mappings[numbers.get(first) ?? -1]?.field ?? "");
    })
  )
    return null;
  const groups: Map<string, number>[] = [];
  for (let n = first; n <= last; n++) {
    const group = new Map<string, number>();
    for (const stem of stems) {
      const column = byStem.get(stem)?.get(n);
      if (column !== undefined) group.set(stem, column);
    }
    groups.push(group);
  }
  stems.sort((a, b) => (groups[0].get(a) ?? 0) - (groups[0].get(b) ?? 0));
  return { stems, groups };
}

/** Every column of a further group (2, 3 …): their values belong to their own records. */
export function laterGroupColumns(groups: NumberedGroups): Set<number> {
  return new Set(groups.groups.slice(1).flatMap((g) => [...g.values()]));
}

/**
 * A row's own record keeps the first group and none of the later ones; each later group with a
 * value becomes a row of its own (`later`, each of `groups`): its values in the first group's
 * columns, the `kept` columns (the client the row belongs to) as they are, every other column
 * blank.
 */
export function groupRows(
  groups: NumberedGroups,
  cells: readonly SourceCell[],
  kept: readonly number[]
): { first: SourceCell[]; later: SourceCell[][]; groups: Map<string, number>[] } {
  const later = laterGroupColumns(groups);
  const blank = (group: Map<string, number>) =>
    [...group.values()].every((i) => isBlankCell(cells[i] ?? null));
  const into = (row: SourceCell[], group: Map<string, number>) => {
    for (const [stem, i] of group) {
      const at = groups.groups[0].get(stem);
      if (at !== undefined) row[at] = cells[i] ?? null;
    }
  };
  const first = cells.map((c, i) => (later.has(i) ? null : c));
  const filled = groups.groups.slice(1).filter((g) => !blank(g));
  // A row whose first group is blank (Policy 1 empty, Policy 2 filled) has its first filled
  // group as its own record.
  if (blank(groups.groups[0]) && filled.length > 0)
    into(first, filled.shift() as Map<string, number>);
  const rows = filled.map((group) => {
    const row: SourceCell[] = cells.map(() => null);
    for (const i of kept) row[i] = cells[i] ?? null;
    into(row, group);
    return row;
  });
  return { first, later: rows, groups: filled };
}
