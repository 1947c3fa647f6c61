/**
 * A currency per value: an amount written in another currency than its column's ("USD 12,000"
 * under 保额 (HKD), "€2.1M" among HK$ figures) keeps its figure in the currency it was written in
 * and says so; it is never silently counted in the column's currency.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import { sheet } from "./helpers";

describe("an amount written in another currency than its column's", () => {
  it("on a sheet without a currency field: a warning naming the cell, the written value kept in notes", () => {
    const r = importWorkbook([
      sheet("保單", [
        ["客戶姓名", "保單號碼", "保額 (HKD)"],
        ["馮家明", "HK-1", "500,000"],
        ["馮家明", "HK-2", "USD 12,000"],
      ]),
    ]);
    const [first, second] = r.records.Insurance;
    expect(first.sumInsured).toBe(500000);
    expect(second.sumInsured).toBe(12000);
    expect(String(second.notes)).toContain("USD 12,000");
    const said = r.issues.filter((i) => i.code === "value.other-currency");
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ row: 3, column: "C (保額 (HKD))", severity: "warning" });
    expect(said[0].params).toMatchObject({ written: "USD", currency: "HKD" });
    for (const lang of ["en", "zh-CN", "zh-TW"] as const)
      expect(renderMessage(said[0].code!, said[0].params!, lang)).toContain("USD");
  });

  it("on a sheet with a currency field: each row takes the currency its amount is written in", () => {
    const r = importWorkbook([
      sheet("Holdings", [
        ["Client", "Asset Type", "Market Value"],
        ["Grace Lin", "Bond", "HK$ 500,000"],
        ["Grace Lin", "Fund", "HK$ 1.2M"],
        ["Grace Lin", "Stock", "€2.1M"],
      ]),
    ]);
    expect(r.records.Assets.map((a) => [a.marketValue, a.currency])).toEqual([
      [500000, "HKD"],
      [1200000, "HKD"],
      [2100000, "EUR"],
    ]);
    const said = r.issues.filter((i) => i.code === "value.other-currency-row");
    expect(said.map((i) => [i.row, i.params?.written, i.params?.currency])).toEqual([
      [4, "EUR", "HKD"],
    ]);
  });

  it("says nothing when the column's amounts share one currency", () => {
    const r = importWorkbook([
      sheet("保單", [
        ["客戶姓名", "保單號碼", "保額"],
        ["馮家明", "HK-1", "HK$ 500,000"],
        ["馮家明", "HK-2", "HK$ 80,000"],
      ]),
    ]);
    expect(r.issues.filter((i) => i.code?.startsWith("value.other-currency"))).toEqual([]);
    expect(r.records.Insurance.map((p) => p.sumInsured)).toEqual([500000, 80000]);
  });
});
