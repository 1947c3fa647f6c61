/**
 * Rows a person reads as the table's footer or a subtotal, never as records: a note under the
 * total, a printed-by line, and a subtotal whose label sits in a later column. Invented sheets.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

describe("footer rows under a table", () => {
  it("a sentence under the grand total and a printed-by line are notes, not clients", () => {
    const rows: SourceCell[][] = [
      ["Customer", "Phone", "Balance", "Sales Rep"],
      ["Alder Hardware Ltd", "020 7946 0001", 100, "Kim"],
      ["Birch Bakery Ltd", "020 7946 0002", 250, "Raj"],
      ["Cedar Clinic Ltd", "020 7946 0003", 50, "Kim"],
      [null, null, null, null],
      ["Grand Total", null, 400, null],
      [null, null, null, null],
      ["Balances shown include value added tax at the standard rate."],
      ["Printed by: admin 01/02/2026 17:42"],
    ];
    const r = importWorkbook([sheet("Balances", rows)]);
    expect(r.records.Clients.map((c) => c.name)).toEqual([
      "Alder Hardware Ltd",
      "Birch Bakery Ltd",
      "Cedar Clinic Ltd",
    ]);
  });

  it("a subtotal labelled in the rep's column (业务员小计) is skipped, not a policy", () => {
    const rows: SourceCell[][] = [["序号", "投保人", "保单号", "应缴保费", "业务员"]];
    const holders = ["王小明", "李小红", "张大伟", "刘晓燕"];
    holders.forEach((h, i) =>
      rows.push([i + 1, h, `P20240${i + 10}`, 1000 * (i + 1), i < 2 ? "陈一" : "周二"])
    );
    rows.splice(3, 0, [null, null, null, 3000, "业务员小计"]);
    rows.push([null, null, null, 7000, "业务员小计"]);
    const r = importWorkbook([sheet("续期", rows)]);
    expect(r.records.Insurance).toHaveLength(4);
    const premiums = r.records.Insurance.map((p) => p.annualPremium as number);
    expect(premiums.reduce((a, b) => a + b, 0)).toBe(10000);
  });

  it("a lone name under the records, with no total above it, is still read as before", () => {
    const rows: SourceCell[][] = [
      ["Client Name", "Phone"],
      ["Ann Moss", "555-0101"],
      ["Ben Pike", "555-0102"],
      ["Cy Rowe", null],
    ];
    const r = importWorkbook([sheet("Clients", rows)]);
    expect(r.records.Clients.map((c) => c.name)).toContain("Cy Rowe");
  });
});
