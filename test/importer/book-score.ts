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
