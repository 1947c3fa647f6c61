/**
 * A sheet reads alike however its blanks arrive: from a file (rows end at their last cell, rows
 * with nothing in them absent) or from Excel's used range in the task pane (every row as wide as
 * the widest, every row there, blanks as empty text).
 */
import { importWorkbook, previewMapping } from "../../src/importer";
import type { SourceCell, SourceSheet } from "../../src/importer/types";

/** A client list whose last rows name no one: only a city the list writes on a few rows. */
function clientRows(): SourceCell[][] {
  const rows: SourceCell[][] = [["Client", "City", "Phone", "Notes"]];
  for (let i = 1; i <= 100; i++) {
    rows.push([`Client ${i}`, `Town ${i}`, `555-01${String(i).padStart(2, "0")}`]);
    if (i % 2 === 0) rows.push([], [], []);
  }
  for (let i = 0; i < 4; i++) rows.push([null, "Springfield"]);
  return rows;
}

/** As a file gives it: blank rows absent, each row ending at its last cell. */
function asFile(rows: SourceCell[][]): SourceSheet {
  const sparse: SourceCell[][] = [];
  rows.forEach((row, r) => {
    if (row.some((c) => c !== null && c !== "")) sparse[r] = row;
  });
  sparse.length = rows.length;
  return { name: "Clients", rows: sparse, merges: [] };
}

/** As Excel's used range gives it: every row present and as wide as the widest, blanks "". */
function asUsedRange(rows: SourceCell[][]): SourceSheet {
  const width = Math.max(...rows.map((r) => r.length));
  return {
    name: "Clients",
    rows: rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? "")),
    merges: [],
  };
}

function decisions(sheet: SourceSheet) {
  const result = importWorkbook([sheet]);
  return {
    mappings: result.mappings.map((m) => [m.registerSheet, m.columns.map((c) => c.field)]),
    rows: result.rows.map((r) => `${r.row} ${r.outcome}`),
    clients: result.records.Clients?.length,
  };
}

test("a list read from its file and from Excel's used range is decided row for row alike", () => {
  const fromFile = decisions(asFile(clientRows()));
  expect(fromFile.clients).toBe(100);
  expect(decisions(asUsedRange(clientRows()))).toEqual(fromFile);
});

test("the mapping step sees the same, and the sheets given are left as they were", () => {
  const padded = asUsedRange(clientRows());
  const before = JSON.stringify(padded.rows);
  const fields = (sheet: SourceSheet) =>
    previewMapping([sheet]).map((m) => [
      m.registerSheet,
      m.headerRows,
      m.columns.map((c) => c.field),
    ]);
  expect(fields(padded)).toEqual(fields(asFile(clientRows())));
  importWorkbook([padded]);
  expect(JSON.stringify(padded.rows)).toBe(before);
});
