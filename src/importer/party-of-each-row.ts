/**
 * A client list names each client once. When the column a list's headers take for the client's
 * name holds a few parties, each over a run of rows, while a column beside it names another party
 * on every row (a forwarder's list: the consignee abroad over each of its shippers, the shippers
 * being the forwarder's clients), the rows are the parties of that column: the few are the
 * counterpart they share, kept in notes. A log of dated transactions is no such list: its buyer
 * comes back by nature (buyer-log.ts).
 */
import { cellText } from "./grid";
import type { ColumnProfile } from "./profile";
import { readHeader } from "./subject";
import type { ColumnMapping, SourceCell } from "./types";

/** On the rows both name a party, the name column's parties each cover this many rows at least. */
const ROWS_PER_GROUP = 2.5;
/** The other column names a different party on this share of those rows at least. */
const DISTINCT_ON_EACH_ROW = 0.9;
/** Fewer rows naming both than this say nothing of a grouping. */
const MIN_ROWS = 6;
/** A column of dates on this share of the rows makes the rows events, not a list. */
const DATED = 0.6;

/** A column whose values may name parties: text, not dates, phones, e-mails, ids or addresses. */
function mayNameParties(p: ColumnProfile | undefined): boolean {
  return (
    p !== undefined &&
    p.text >= 0.8 &&
    p.date < 0.3 &&
    p.phone < 0.3 &&
    p.email < 0.3 &&
    p.idNumber < 0.3 &&
    p.address < 0.5 &&
    !p.serial
  );
}

/** How the two columns name parties on the rows where both are filled. */
function pairing(grouping: readonly SourceCell[], each: readonly SourceCell[]) {
  const groups = new Set<string>();
  const parties = new Set<string>();
  let rows = 0;
  const n = Math.max(grouping.length, each.length);
  for (let r = 0; r < n; r++) {
    const g = cellText(grouping[r] ?? null).trim();
    const e = cellText(each[r] ?? null).trim();
    if (g === "" || e === "") continue;
    rows++;
    groups.add(g);
    parties.add(e);
  }
  return { rows, groups: groups.size, parties: parties.size };
}

/**
 * The column naming one party per row, when the mapped name column groups the rows under a few
 * parties instead; null otherwise. Only a column no field took, headed as no owner, contact or
 * other thing (product, region, supplier), qualifies: the one beside the name column, or else the
 * only one.
 */
export function partyOfEachRow(
  columns: readonly ColumnMapping[],
  headers: readonly string[],
  profiles: readonly (ColumnProfile | undefined)[],
  values: readonly (readonly SourceCell[])[]
): { party: number; grouped: number; groups: number } | null {
  const grouped = columns.findIndex((c) => c.field === "name");
  const p = profiles[grouped];
  if (grouped < 0 || !p || p.filled < MIN_ROWS) return null;
  if (profiles.some((q) => q !== undefined && q.date >= DATED && q.filled >= p.filled * DATED))
    return null;
  const found = columns.flatMap((c, i) => {
    if (i === grouped || c.field !== null || c.source === "hidden") return [];
    const role = readHeader(headers[i] ?? "").role;
    if (role === "owner" || role === "contact" || role === "other") return [];
    if (!mayNameParties(profiles[i])) return [];
    const pair = pairing(values[grouped] ?? [], values[i] ?? []);
    if (pair.rows < MIN_ROWS || pair.groups * ROWS_PER_GROUP > pair.rows) return [];
    return pair.parties >= pair.rows * DISTINCT_ON_EACH_ROW ? [{ i, groups: pair.groups }] : [];
  });
  // The party column stands beside the grouping one (收货人 | 发货人); elsewhere, only when alone.
  const beside = found.filter((f) => Math.abs(f.i - grouped) === 1);
  const party = beside.length === 1 ? beside[0] : found.length === 1 ? found[0] : null;
  return party === null ? null : { party: party.i, grouped, groups: party.groups };
}
