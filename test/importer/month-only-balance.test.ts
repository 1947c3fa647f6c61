/**
 * A private bank's monthly report whose figure columns are headed by months only (2026-06 …
 * 2026-11, 6月 … 11月, Jun 2026 …) names what they are only in its sheet name or title (AUM月報,
 * 客户资产规模月报, "Total assets by month"). A person reads the latest month with a figure as each
 * client's balance with us, dated that month's end, in the currency the row names; a title naming
 * no such measure leaves the months in notes. Invented names and figures only.
 */
import { importWorkbook } from "../../src/importer";
import type { ImportResult, SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

function assets(r: ImportResult) {
  const names = new Map(r.records.Clients.map((c) => [c.clientId, c.name]));
  return r.records.Assets.map((a) => [
    names.get(a.clientId),
    a.marketValue,
    a.currency ?? null,
    a.asOf ?? null,
  ]);
}

describe.each<[string, string, string, string[], string[]]>([
  [
    "繁體 AUM月報, months as 2026-06",
    "AUM月報",
    "澳門分行 私人銀行客戶 AUM 月報（截至2026年11月30日）",
    ["客戶經理", "客戶編號", "客戶名稱", "幣種"],
    ["2026-09", "2026-10", "2026-11"],
  ],
  [
    "简体 资产规模 in the title, months as 9月",
    "客户明细",
    "2026年 私行客户资产规模月报",
    ["客户经理", "客户号", "客户名称", "币种"],
    ["9月", "10月", "11月"],
  ],
  [
    "English total assets, months as Sep 2026",
    "Clients",
    "Private clients: total assets by month",
    ["Relationship manager", "Client ID", "Client name", "Currency"],
    ["Sep 2026", "Oct 2026", "Nov 2026"],
  ],
])("a monthly report of %s", (_, name, title, head, months) => {
  const rows: SourceCell[][] = [
    [title],
    [...head, ...months, "變動"],
    ["岑嘉敏", "PB1001", "陸海寧", "HKD", 1_200_000, 1_250_000, 1_310_500, 60_500],
    ["", "PB1002", "Ana Rosa Lei", "MOP", 800_000, 790_000, "", -10_000],
    ["", "PB1003", "程思遠", "USD", "", "", 95_000, 95_000],
  ];
  const r = importWorkbook([sheet(name, rows)]);

  it("makes the latest month with a figure each client's balance, as of that month's end", () => {
    expect(r.records.Clients.map((c) => c.name)).toEqual(["陸海寧", "Ana Rosa Lei", "程思遠"]);
    expect(assets(r)).toEqual([
      ["陸海寧", 1_310_500, "HKD", "2026-11-30"],
      ["Ana Rosa Lei", 790_000, "MOP", "2026-10-31"],
      ["程思遠", 95_000, "USD", "2026-11-30"],
    ]);
    expect(r.records.Assets.every((a) => a.heldAt === "ours")).toBe(true);
  });

  it("keeps the months and the change in the clients' notes", () => {
    const notes = String(r.records.Clients[0].notes);
    expect(notes).toContain(`${months[0]}: 1200000`);
    expect(notes).toContain("變動: 60500");
  });
});

describe("months whose measure nobody names", () => {
  const rows = (title: string, months: string[]): SourceCell[][] => [
    [title],
    ["客户经理", "客户号", "客户名称", "手机", ...months],
    ["岑嘉敏", "K2001", "陆海宁", "13900000021", 12, 15, 18],
    ["岑嘉敏", "K2002", "程思远", "13900000022", 3, 0, 7],
    ["岑嘉敏", "K2003", "严可馨", "13900000023", 30, 31, 29],
    ["岑嘉敏", "K2004", "季博文", "13900000024", 8, 9, 10],
  ];

  it.each([
    ["a title naming no measure", "2026年 客户月报", ["9月", "10月", "11月"]],
    ["a title naming a change of AUM", "客户AUM变动月报", ["9月", "10月", "11月"]],
    ["quarters, not months", "客户AUM季报", ["Q1", "Q2", "Q3"]],
    ["years, not months", "客户AUM年报", ["2023", "2024", "2025"]],
  ])("%s leaves them in notes", (_, title, months) => {
    const r = importWorkbook([sheet("客户", rows(title, months))]);
    expect(r.records.Clients).toHaveLength(4);
    expect(r.records.Assets).toHaveLength(0);
    expect(String(r.records.Clients[0].notes)).toContain(`${months[2]}: 18`);
  });

  it("while the same list titled as an AUM report makes their balances", () => {
    const r = importWorkbook([sheet("客户", rows("2026年 客户AUM月报", ["9月", "10月", "11月"]))]);
    expect(assets(r)).toEqual([
      ["陆海宁", 18, null, "2026-11-30"],
      ["程思远", 7, null, "2026-11-30"],
      ["严可馨", 29, null, "2026-11-30"],
      ["季博文", 10, null, "2026-11-30"],
    ]);
  });
});
