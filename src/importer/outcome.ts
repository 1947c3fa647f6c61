/**
 * The honest outcome of an import: a workbook with data rows of which nothing was imported, or a
 * sheet whose every row was rejected, is a failure to say in one line, not a quiet success.
 */
import type { ImportIssue, RowAccount } from "./types";

/** The failures an import's row accounts show: nothing imported at all, or a sheet wholly rejected. */
export function outcomeFailures(rows: readonly RowAccount[]): ImportIssue[] {
  const out: ImportIssue[] = [];
  const landed = rows.filter((r) => r.outcome === "imported" || r.outcome === "merged").length;
  if (rows.length > 0 && landed === 0) {
    const message = `Nothing was imported: ${rows.length} source rows, none became a register record.`;
    out.push({
      sheet: "",
      row: null,
      column: null,
      field: null,
      value: null,
      severity: "error",
      message,
      code: "import.nothing-imported",
      params: { sourceRows: rows.length },
    });
  }
  const perSheet = new Map<string, { rows: number; rejected: number }>();
  for (const r of rows) {
    const s = perSheet.get(r.sheet) ?? { rows: 0, rejected: 0 };
    s.rows++;
    if (r.outcome === "rejected") s.rejected++;
    perSheet.set(r.sheet, s);
  }
  for (const [sheet, s] of perSheet) {
    if (s.rejected === 0 || s.rejected < s.rows) continue;
    out.push({
      sheet,
      row: null,
      column: null,
      field: null,
      value: null,
      severity: "error",
      message: `Every row of this sheet was rejected (${s.rejected} rows).`,
      code: "import.sheet-all-rejected",
      params: { rejected: s.rejected },
    });
  }
  return out;
}
