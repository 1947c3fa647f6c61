/**
 * A sales or margin workbook keeps its business split several ways: per customer (客户名称 beside
 * quantity, amount, cost, margin), and again per product, per month or per region with the same
 * figures. The per-customer sheet lists the parties; the others are the same business cut by
 * another key, and their rows are products, months or regions, not clients, however distinct
 * their first text column is.
 *
 * Read from the workbook, not from words: a client sheet whose party column is named by its
 * header (客户名称, Customer) stands beside a sheet whose rows are named by no such header (the
 * first column of distinct texts was taken as the name), with the same figure columns under the
 * same headers, and with names that are not the first sheet's parties. That second sheet is a
 * breakdown of the first one's business.
 */
import { readHeader } from "./subject";
import { matchForm } from "./header-match";
import { cellText } from "./grid";
import type { ColumnProfile } from "./profile";
import type { ColumnMapping } from "./types";

/** What a breakdown is read from: a table's mapping, its columns' profiles and values. */
export interface BreakdownInput {
  sheet: string;
  columns: readonly ColumnMapping[];
  profiles: readonly ColumnProfile[];
  values: readonly (readonly unknown[])[];
}

export interface Breakdown {
  /** The sheet that lists the parties, with their figures. */
  parties: string;
  /** The figure headers both sheets share. */
  figures: string[];
  /** The breakdown's column that was taken as the name (its key: product, month, region). */
  key: string;
}

/** Fewest figure columns two sheets share under the same headers to be the same business. */
const MIN_SHARED = 3;
/** Share of the breakdown's figure columns found on the parties' sheet. */
const SHARED_SHARE = 0.6;
/** Share of the breakdown's names that may be parties of the other sheet (a total row, a stray). */
const OVERLAP_MAX = 0.2;

function isFigures(p: ColumnProfile | undefined): boolean {
  return p !== undefined && p.filled >= 3 && p.numeric + p.money + p.percent >= 0.8;
}

function figureHeaders(t: BreakdownInput): string[] {
  return t.columns.flatMap((c, i) =>
    c.header.trim() !== "" && c.field !== "name" && isFigures(t.profiles[i])
      ? [matchForm(c.header)]
      : []
  );
}

/** The column naming each row's client, and whether its header says it names the party. */
function nameColumn(t: BreakdownInput): { index: number; byHeader: boolean } | null {
  const index = t.columns.findIndex((c) => c.field === "name");
  if (index < 0) return null;
  const header = t.columns[index].header;
  return { index, byHeader: readHeader(header).role === "subject" };
}

function texts(values: readonly unknown[] | undefined): string[] {
  return (values ?? []).map((v) => cellText(v).trim()).filter((t) => t !== "");
}

/**
 * The sheet `table` is a breakdown of, among the workbook's other client tables, or null. Both are
 * read as Clients; `others` may include `table` itself.
 */
export function breakdownOf(
  table: BreakdownInput,
  others: readonly BreakdownInput[]
): Breakdown | null {
  const own = nameColumn(table);
  if (own === null || own.byHeader) return null;
  const figures = figureHeaders(table);
  if (figures.length < MIN_SHARED) return null;
  const names = texts(table.values[own.index]);
  if (names.length === 0) return null;
  for (const other of others) {
    if (other === table) continue;
    const theirs = nameColumn(other);
    if (theirs === null || !theirs.byHeader) continue;
    const shared = figureHeaders(other).filter((h) => figures.includes(h));
    if (shared.length < MIN_SHARED || shared.length < figures.length * SHARED_SHARE) continue;
    const parties = new Set(texts(other.values[theirs.index]));
    const overlap = names.filter((n) => parties.has(n)).length;
    if (overlap > names.length * OVERLAP_MAX) continue;
    const shown = table.columns.filter((c, i) => isFigures(table.profiles[i]));
    return {
      parties: other.sheet,
      figures: shown.filter((c) => shared.includes(matchForm(c.header))).map((c) => c.header),
      key: table.columns[own.index].header,
    };
  }
  return null;
}
