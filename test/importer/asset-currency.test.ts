/**
 * An asset report kept as a client list (one column per asset class) with a 币种 / 幣別 / Currency
 * column: each client's assets are in the currency their row names. Without such a column, a
 * currency the column header states (市值(美元)) is the assets' currency; with neither it stays blank.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

function assets(rows: SourceCell[][]) {
  const r = importWorkbook([sheet("客户资产月报", rows)]);
  const names = new Map(r.records.Clients.map((c) => [c.clientId, String(c.name)]));
  return r.records.Assets.map((a) => ({
    client: names.get(a.clientId),
    assetClass: a.assetClass,
    value: a.marketValue,
    currency: a.currency ?? null,
  }));
}

describe("the currency of assets read from an asset report", () => {
  it("takes each row's currency from its 币种 column", () => {
    const got = assets([
      ["客户姓名", "币种", "股票市值", "理财产品市值", "现金余额"],
      ["李明", "人民币", 1119935.79, 277078.83, 433414.36],
      ["王洋", "美元", 52000, 0, 8000.5],
      ["张伟", "港币", 0, 120000, 300],
    ]);
    expect(got).toEqual(
      expect.arrayContaining([
        { client: "李明", assetClass: "stock", value: 1119935.79, currency: "CNY" },
        { client: "王洋", assetClass: "stock", value: 52000, currency: "USD" },
        { client: "王洋", assetClass: "deposit", value: 8000.5, currency: "USD" },
        { client: "张伟", assetClass: "wealth-product", value: 120000, currency: "HKD" },
      ])
    );
    expect(got.every((a) => a.currency !== null)).toBe(true);
  });

  it("reads 幣別 in a Traditional Chinese report and Currency in an English one", () => {
    const tw = assets([
      ["客戶姓名", "幣別", "股票市值", "現金餘額"],
      ["陳俊傑", "USD", 1000, 200],
      ["黃淑芬", "TWD", 50000, 3000],
    ]);
    expect(tw.filter((a) => a.client === "陳俊傑").map((a) => a.currency)).toEqual(["USD", "USD"]);
    expect(tw.filter((a) => a.client === "黃淑芬").map((a) => a.currency)).toEqual(["TWD", "TWD"]);
  });

  it("uses the currency a header states when there is no currency column, else leaves it blank", () => {
    const stated = assets([
      ["客户姓名", "股票市值(美元)", "现金余额(美元)"],
      ["李明", 1000, 200],
    ]);
    expect(stated.map((a) => a.currency)).toEqual(["USD", "USD"]);
    const none = assets([
      ["客户姓名", "股票市值", "现金余额"],
      ["李明", 1000, 200],
    ]);
    expect(none.map((a) => a.currency)).toEqual([null, null]);
  });
});
