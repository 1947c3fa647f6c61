/**
 * A sheet of holdings with no class column whose value column's header names the class (理财金额,
 * 存款餘額, Fund Value) holds that class on every row; a header naming none (金额, Amount) says
 * nothing, and a class column wins over the header.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const PEOPLE = ["宋清远", "卢佳慧", "吴承志", "鲁晓岚"];

function holdings(header: SourceCell[], amount: (i: number) => SourceCell): SourceCell[][] {
  const rows: SourceCell[][] = [header];
  for (let i = 0; i < PEOPLE.length; i++)
    rows.push([
      PEOPLE[i],
      amount(i),
      new Date(Date.UTC(2022, 8 + i, 1)),
      new Date(Date.UTC(2023, 8 + i, 1)),
    ]);
  return rows;
}

const variants: [string, SourceCell[], (i: number) => SourceCell, string, number][] = [
  [
    "简体, amounts in 万 as text",
    ["客户名称", "理财金额", "起始日期", "截止日期"],
    (i) => `${10 * (i + 1)}万`,
    "wealth-product",
    100000,
  ],
  ["繁體", ["客戶名稱", "存款餘額", "起存日", "到期日"], (i) => 50000 * (i + 1), "deposit", 50000],
  [
    "English",
    ["Client Name", "Fund Value", "Start Date", "Maturity Date"],
    (i) => 20000 * (i + 1),
    "fund",
    20000,
  ],
];

describe("the class of holdings named by the value column's header", () => {
  for (const [label, header, amount, assetClass, first] of variants) {
    it(`gives every holding its class (${label})`, () => {
      const r = importWorkbook([sheet("Sheet1", holdings(header, amount))]);
      expect(r.mappings[0].registerSheet).toBe("Assets");
      expect(r.records.Assets).toHaveLength(PEOPLE.length);
      expect(r.records.Assets.every((a) => a.assetClass === assetClass)).toBe(true);
      expect(r.records.Assets.find((a) => a.marketValue === first)?.assetClass).toBe(assetClass);
    });
  }

  it("a header naming no class leaves the class empty", () => {
    const r = importWorkbook([
      sheet(
        "Sheet1",
        holdings(["客户名称", "持仓市值", "起始日期", "截止日期"], (i) => 10000 * (i + 1))
      ),
    ]);
    expect(r.mappings[0].registerSheet).toBe("Assets");
    expect(r.records.Assets.every((a) => (a.assetClass ?? null) === null)).toBe(true);
  });

  it("a class column of its own wins over the header", () => {
    const rows: SourceCell[][] = [
      ["客户名称", "产品类别", "理财金额", "起始日期", "截止日期"],
      ["宋清远", "基金", 10000, new Date(Date.UTC(2022, 8, 1)), new Date(Date.UTC(2023, 8, 1))],
      ["卢佳慧", "存款", 20000, new Date(Date.UTC(2022, 9, 1)), new Date(Date.UTC(2023, 9, 1))],
      ["吴承志", "理财", 30000, new Date(Date.UTC(2022, 10, 1)), new Date(Date.UTC(2023, 10, 1))],
    ];
    const r = importWorkbook([sheet("Sheet1", rows)]);
    const classes = r.records.Assets.map((a) => a.assetClass);
    expect(classes).toEqual(["fund", "deposit", "wealth-product"]);
  });
});
