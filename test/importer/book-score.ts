import type { ImportResult } from "../../src/importer/types";
import type { RegisterRecord, SheetKey } from "../../src/register/types";

/** One record a careful person would import: found by `key`, checked field by field. */
export type ExpectedRecord = {
  sheet: SheetKey;
  key: Record<string, unknown>;
  fields: Record<string, unknown>;
};

export function findRecord(
  records: readonly RegisterRecord[],
  key: Record<string, unknown>
): RegisterRecord | undefined {
  return records.find((r) => Object.entries(key).every(([k, v]) => r[k] === v));
}

/**
 * Core-field accuracy of an import against the expected records: every expected field counts
 * once; a record that is not found counts all its fields as wrong. A field expected as
 * `{ contains: "…" }` is right when the imported text contains it (for notes).
 */
export function scoreBook(
  result: ImportResult,
  expected: readonly ExpectedRecord[]
): { accuracy: number; total: number; wrong: string[] } {
  let total = 0;
  const wrong: string[] = [];
  for (const e of expected) {
    const record = findRecord(result.records[e.sheet], e.key);
    for (const [field, want] of Object.entries(e.fields)) {
      total += 1;
      const got = record?.[field] ?? null;
      const right =
        want !== null && typeof want === "object" && "contains" in want
          ? typeof got === "string" && got.includes(String((want as { contains: string }).contains))
          : got === want;
      if (!right)
        wrong.push(
          `${e.sheet} ${JSON.stringify(e.key)} ${field}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`
        );
    }
  }
  return { accuracy: (total - wrong.length) / total, total, wrong };
}

/** What a careful person counts in a book's import: the rows passed over, the clients, the merge. */
export interface BookFacts {
  /** "Sheet!row" of every row skipped (titles, totals, notes), in any order. */
  skipped: string[];
  clients: number;
  /** A name two different clients share (different phones): they stay two. */
  namesake: string;
  /** The one client entered twice: its second row and the row it was merged into. */
  merged: { row: number; otherRow: number };
  counts: Partial<Record<SheetKey, number>>;
}

/** At least 95 % of the core fields right, with every wrong one listed. */
export function expectCoreFields(result: ImportResult, expected: readonly ExpectedRecord[]): void {
  const score = scoreBook(result, expected);
  expect(score.wrong).toEqual([]);
  expect(score.accuracy).toBeGreaterThanOrEqual(0.95);
}

/** Every source row accounted for, none rejected, the duplicate merged and the namesakes apart. */
export function expectRowsAccounted(result: ImportResult, facts: BookFacts): void {
  const { sourceRows, imported, merged, skipped, rejected } = result.summary;
  expect(result.rows).toHaveLength(sourceRows);
  expect(imported + merged + skipped + rejected).toBe(sourceRows);
  expect(rejected).toBe(0);
  const skippedRows = result.rows.filter((r) => r.outcome === "skipped");
  expect(skippedRows.map((r) => `${r.sheet}!${r.row}`).sort()).toEqual([...facts.skipped].sort());
  expect(result.records.Clients).toHaveLength(facts.clients);
  expect(result.records.Clients.filter((c) => c.name === facts.namesake)).toHaveLength(2);
  const merges = result.issues.filter((i) => i.code === "link.same-client-rows");
  expect(merges.map((i) => i.params)).toEqual([expect.objectContaining(facts.merged)]);
  for (const [sheet, count] of Object.entries(facts.counts))
    expect(result.records[sheet as SheetKey]).toHaveLength(count);
}
