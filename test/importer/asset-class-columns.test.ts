/**
 * An asset report with one column per asset class (股票市值, 基金市值, 现金余额; Equities, Funds,
 * Cash) lists clients and what each holds: one asset per class with a figure, held with us, dated
 * by the report's title; the total column is the classes' sum and no asset of its own.
 */
import { importWorkbook } from "../../src/importer";
import { assetClassOfHeader } from "../../src/importer/balance-assets";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

function assetsByName(r: ReturnType<typeof importWorkbook>) {
  const names = new Map(r.records.Clients.map((c) => [c.clientId, c.name]));
  return r.records.Assets.map((a) => ({
    name: names.get(a.clientId),
    assetClass: a.assetClass,
    value: a.marketValue,
    heldAt: a.heldAt,
    asOf: a.asOf,
  }));
}

describe("an asset report with one column per asset class", () => {
  const rows: SourceCell[][] = [
    ["某某证券营业部 客户资产月报 2025年8月"],
    ["客户经理：甲乙丙    统计截止日：2025-08-29"],
    ["序号", "资金账号", "客户姓名", "总资产(元)", "股票市值", "基金市值", "现金余额"],
    [1, "660100000011", "赵一鸣", 1500.5, 1000, 0, 500.5],
    [2, "660100000012", "钱二丫", 800, "", 300, 500],
    [3, "660100000013", "孙三省", 70, 0, 0, 70],
    ["合计", "", "", 2370.5, 1000, 300, 1070.5],
  ];
  const r = importWorkbook([sheet("资产月报", rows)]);

  it("keeps one client per row and no total row", () => {
    expect(r.records.Clients.map((c) => c.name)).toEqual(["赵一鸣", "钱二丫", "孙三省"]);
  });

  it("makes one asset per class a client holds, with its class and amount, dated by the title", () => {
    expect(assetsByName(r)).toEqual([
      { name: "赵一鸣", assetClass: "stock", value: 1000, heldAt: "ours", asOf: "2025-08-29" },
      { name: "赵一鸣", assetClass: "deposit", value: 500.5, heldAt: "ours", asOf: "2025-08-29" },
      { name: "钱二丫", assetClass: "fund", value: 300, heldAt: "ours", asOf: "2025-08-29" },
      { name: "钱二丫", assetClass: "deposit", value: 500, heldAt: "ours", asOf: "2025-08-29" },
      { name: "孙三省", assetClass: "deposit", value: 70, heldAt: "ours", asOf: "2025-08-29" },
    ]);
  });

  it("never makes the total an asset, and says what it made once", () => {
    expect(r.records.Assets.some((a) => a.marketValue === 1500.5 || a.marketValue === 2370.5)).toBe(
      false
    );
    const said = r.issues.filter((i) => i.code === "import.assets-from-classes");
    expect(said).toHaveLength(1);
    expect(said[0].params).toMatchObject({ count: 5 });
    expect(String(said[0].params?.columns)).toContain("基金市值");
  });

  it("dates the assets by the month the title names when it gives no day", () => {
    const w = importWorkbook([
      sheet("月报", [
        ["财富客户持仓报告 2025年7月"],
        ["客户名称", "手机号码", "理财产品市值（万元）", "存款（万元）", "保险(万元)"],
        ["周四海", "13800001111", 12.5, 3, 20],
        ["吴五岳", "13800002222", "", 8, ""],
      ]),
    ]);
    expect(assetsByName(w)).toEqual([
      {
        name: "周四海",
        assetClass: "wealth-product",
        value: 125000,
        heldAt: "ours",
        asOf: "2025-07-31",
      },
      { name: "周四海", assetClass: "deposit", value: 30000, heldAt: "ours", asOf: "2025-07-31" },
      {
        name: "周四海",
        assetClass: "insurance",
        value: 200000,
        heldAt: "ours",
        asOf: "2025-07-31",
      },
      { name: "吴五岳", assetClass: "deposit", value: 80000, heldAt: "ours", asOf: "2025-07-31" },
    ]);
  });

  it("reads an English report the same way, its Total AUM no asset", () => {
    const w = importWorkbook([
      sheet("Holdings", [
        ["Client holdings report — as of 2025-06-30"],
        ["Client Name", "Account No", "Equities", "Funds", "Cash", "Total AUM"],
        ["Ada North", "A-1001", "12,000.00", "3,500.00", "250.00", "15,750.00"],
        ["Ben South", "A-1002", "", "9,000.00", "1,000.00", "10,000.00"],
      ]),
    ]);
    expect(assetsByName(w)).toEqual([
      { name: "Ada North", assetClass: "stock", value: 12000, heldAt: "ours", asOf: "2025-06-30" },
      { name: "Ada North", assetClass: "fund", value: 3500, heldAt: "ours", asOf: "2025-06-30" },
      { name: "Ada North", assetClass: "deposit", value: 250, heldAt: "ours", asOf: "2025-06-30" },
      { name: "Ben South", assetClass: "fund", value: 9000, heldAt: "ours", asOf: "2025-06-30" },
      { name: "Ben South", assetClass: "deposit", value: 1000, heldAt: "ours", asOf: "2025-06-30" },
    ]);
  });

  it("dates an English report by the month its title names, and a balance elsewhere as such", () => {
    const w = importWorkbook([
      sheet("Report", [
        ["Client assets — September 2025"],
        ["Client Name", "Phone", "Bonds", "Deposits at other banks", "Total"],
        ["Cleo West", "555-0101", 400, 900, 1300],
        ["Dan East", "555-0102", 100, "", 100],
      ]),
    ]);
    expect(assetsByName(w)).toEqual([
      { name: "Cleo West", assetClass: "bond", value: 400, heldAt: "ours", asOf: "2025-09-30" },
      {
        name: "Cleo West",
        assetClass: "deposit",
        value: 900,
        heldAt: "elsewhere",
        asOf: "2025-09-30",
      },
      { name: "Dan East", assetClass: "bond", value: 100, heldAt: "ours", asOf: "2025-09-30" },
    ]);
  });

  it("does not read a yes/no column named like a class, nor a single class column, as holdings", () => {
    const w = importWorkbook([
      sheet("客户", [
        ["客户名称", "手机号码", "股票", "保险"],
        ["郑六合", "13800003333", "有", "无"],
        ["王七星", "13800004444", "无", "有"],
      ]),
    ]);
    expect(w.records.Assets).toHaveLength(0);
    const one = importWorkbook([
      sheet("客户", [
        ["客户名称", "手机号码", "存款"],
        ["郑六合", "13800003333", 100],
        ["王七星", "13800004444", 200],
      ]),
    ]);
    expect(one.records.Assets).toHaveLength(0);
  });
});

describe("assetClassOfHeader", () => {
  it.each([
    ["股票市值", "stock"],
    ["理财产品市值", "wealth-product"],
    ["現金餘額", "deposit"],
    ["基金市值(万元)", "fund"],
    ["债券", "bond"],
    ["Equities", "stock"],
    ["Funds Value", "fund"],
    ["Cash Balance", "deposit"],
    ["他行存款", "deposit"],
  ])("%s names %s", (header, key) => {
    expect(assetClassOfHeader(header)).toBe(key);
  });

  it.each([
    "总资产(元)",
    "Total AUM",
    "资产合计",
    "股票占比",
    "股票市值变动",
    "客户名称",
    "基金代码",
    // The balance now: "current" names when, though a current account is a deposit.
    "Current Balance",
    "Current Value",
    "当前余额",
  ])("%s names no class", (header) => {
    expect(assetClassOfHeader(header)).toBeNull();
  });
});
