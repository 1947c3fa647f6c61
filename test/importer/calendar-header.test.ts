/**
 * A header whose columns after the first few are days or months written as real dates (a cash
 * collection sheet's 1-Jan … 20-Jan, a subscription sheet's months) is a header: a run of dates a
 * day, a week or a month apart heads a calendar of columns, and no record holds one. Invented
 * sheets only.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { readAs, sheet } from "./helpers";

const SHOPS = [
  "Lakshmi Mobile Point",
  "Sai Telecom Centre",
  "Ganesh General Store",
  "Om Recharge Corner",
  "Durga Communication",
  "Balaji Phone House",
];

function collections(days: (i: number) => Date): SourceCell[][] {
  const header: SourceCell[] = ["No.", "Alias", "Phone", "Area", "Customer", "Total"];
  for (let d = 0; d < 20; d++) header.push(days(d));
  const totals: SourceCell[] = [null, null, null, null, "Total:", 99000];
  for (let d = 0; d < 20; d++) totals.push(1000 + d * 50);
  const rows: SourceCell[][] = [header, totals];
  SHOPS.forEach((shop, i) => {
    const row: SourceCell[] = [
      i + 1,
      ["Ramesh", null, "Sunil", null, "Pappu", "Mohan"][i],
      i % 2 === 0 ? 9000012300 + i * 11 : null,
      ["BELA", "KURHANI", null, "SAKRA", "MOTIPUR", "BOCHAHA"][i],
      shop,
      5000 + i * 500,
    ];
    for (let d = 0; d < 20; d++) row.push((d + i) % 4 === 0 ? 500 * (1 + (i % 3)) : null);
    rows.push(row);
  });
  return rows;
}

describe("a header of a calendar of dates", () => {
  it("reads the row of words and days as the header of a list of shops", () => {
    const days = (d: number) => new Date(Date.UTC(2024, 6, 1 + d));
    const r = importWorkbook([sheet("July-2024", collections(days))]);
    expect(readAs(r, "July-2024")).toBe("Clients");
    expect(r.mappings[0].headerRows).toEqual([1]);
    expect(r.records.Clients.map((c) => c.name).sort()).toEqual([...SHOPS].sort());
  });

  it("reads months a month apart as headings too", () => {
    const months = (d: number) => new Date(Date.UTC(2023, d, 1));
    const r = importWorkbook([sheet("Collections", collections(months))]);
    expect(r.mappings[0].headerRows).toEqual([1]);
    expect(r.records.Clients).toHaveLength(SHOPS.length);
  });
});
