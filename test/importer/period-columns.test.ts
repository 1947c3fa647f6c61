/**
 * Columns that repeat one figure per period or per measure: the field takes the latest period
 * with a value (or the point-in-time 时点 over the average 日均); the other periods go to notes as
 * "label: value", never lost.
 */
import { importWorkbook } from "../../src/importer";
import { periodOrder, splitPeriod } from "../../src/importer/period-columns";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

describe("period labels", () => {
  it("orders periods latest last and measures point over average over start", () => {
    const order = (s: string) => periodOrder(s) as number;
    expect(order("6月")).toBeGreaterThan(order("1月"));
    expect(order("12月份")).toBeGreaterThan(order("11月"));
    expect(order("Q4")).toBeGreaterThan(order("Q1"));
    expect(order("第三季度")).toBeGreaterThan(order("Q2"));
    expect(order("下半年")).toBeGreaterThan(order("上半年"));
    expect(order("Dec")).toBeGreaterThan(order("Jan"));
    expect(order("Sept")).toBeGreaterThan(order("August"));
    expect(order("2025")).toBeGreaterThan(order("2024"));
    expect(order("2025年")).toBeGreaterThan(order("2024年12月"));
    expect(order("2025年6月")).toBeGreaterThan(order("2025年1月"));
    expect(order("时点")).toBeGreaterThan(order("日均"));
    expect(order("時點")).toBeGreaterThan(order("日均"));
    expect(order("Balance")).toBeGreaterThan(order("Avg"));
    expect(order("期末")).toBeGreaterThan(order("期初"));
    expect(order("Target")).toBeLessThan(0);
    expect(periodOrder("客户名称")).toBeNull();
    expect(periodOrder("Phone")).toBeNull();
    // Words that begin like a month are no month.
    expect(periodOrder("Market")).toBeNull();
    expect(periodOrder("Marital")).toBeNull();
    expect(periodOrder("Decision")).toBeNull();
    expect(periodOrder("Plan Type")).toBeNull();
  });

  it("splits a header into what it measures and its period, before or after", () => {
    expect(splitPeriod("存款(万元) 时点")).toEqual({ base: "存款(万元)", label: "时点" });
    expect(splitPeriod("Deposits Avg")).toEqual({ base: "Deposits", label: "Avg" });
    expect(splitPeriod("1月AUM")).toEqual({ base: "AUM", label: "1月" });
    expect(splitPeriod("2024年存款")).toEqual({ base: "存款", label: "2024年" });
    expect(splitPeriod("Revenue 2024")).toEqual({ base: "Revenue", label: "2024" });
    expect(splitPeriod("2023 Revenue")).toEqual({ base: "Revenue", label: "2023" });
    expect(splitPeriod("Sales_Q3")).toEqual({ base: "Sales", label: "Q3" });
    expect(splitPeriod("2025年度贡献")).toEqual({ base: "贡献", label: "2025年度" });
    expect(splitPeriod("客户名称")).toBeNull();
    expect(splitPeriod("联系电话")).toBeNull();
    expect(splitPeriod("Address 2")).toBeNull();
    expect(splitPeriod("Stock Market")).toBeNull();
  });
});

describe("a field repeated per period takes the latest period with a value", () => {
  it("reads Annual Revenue from 2025, or 2024 where 2025 is blank; the other years stay in notes", () => {
    const rows: SourceCell[][] = [
      ["Account Name", "Annual Revenue", null, null, "Account Manager"],
      [null, 2023, 2024, 2025, null],
      ["Acme Widgets Ltd", 100000, 120000, 150000, "Jo Park"],
      ["Bolt & Nut Co", 30000, 28000, null, "Sam Diaz"],
      ["Cobalt Tools plc", 50000, 51000, 52000, "Jo Park"],
      ["Dunmore Castings Ltd", 70000, 65000, 61000, "Sam Diaz"],
      ["Elm Street Bakery Ltd", 9000, 9500, 9900, "Jo Park"],
    ];
    const r = importWorkbook([sheet("Accounts", rows, ["A1:A2", "B1:D1", "E1:E2"])]);
    const m = r.mappings[0];
    expect(m.headerRows).toEqual([1, 2]);
    expect(m.columns.map((c) => c.field)).toEqual(["name", null, null, "annualRevenue", "owner"]);
    const byName = new Map(r.records.Clients.map((c) => [c.name, c]));
    expect(byName.get("Acme Widgets Ltd")?.annualRevenue).toBe(150000);
    expect(byName.get("Bolt & Nut Co")?.annualRevenue).toBe(28000);
    const notes = String(byName.get("Acme Widgets Ltd")?.notes ?? "");
    expect(notes).toContain("Annual Revenue 2023: 100000");
    expect(notes).toContain("Annual Revenue 2024: 120000");
  });

  it("reads 年度贡献 by year in one-row headers (2023年度贡献 … 2025年度贡献) from the latest year", () => {
    const rows: SourceCell[][] = [
      ["客户名称", "联系电话", "2023年度贡献", "2024年度贡献", "2025年度贡献"],
      ["宁波海天机械有限公司", "0574-86001234", 10, 12, 15],
      ["杭州西湖茶业有限公司", "0571-87001234", 5, 6, null],
    ];
    const r = importWorkbook([sheet("客户", rows)]);
    expect(r.mappings[0].columns.map((c) => c.field)).toEqual([
      "name",
      "phone",
      null,
      null,
      "annualRevenue",
    ]);
    expect(r.records.Clients.map((c) => c.annualRevenue)).toEqual([15, 6]);
    expect(String(r.records.Clients[1].notes)).toContain("2023年度贡献: 5");
    expect(String(r.records.Clients[1].notes)).toContain("2024年度贡献: 6");
  });
});

describe("balances by class and measure: the point-in-time figure is the asset", () => {
  it("makes a deposit and a wealth-product asset from 时点, not 日均, in 万元 (简体)", () => {
    const rows: SourceCell[][] = [
      ["客户姓名", "性别", "联系电话", "存款(万元)", null, "理财(万元)", null, "客户经理"],
      [null, null, null, "时点", "日均", "时点", "日均", null],
      ["钱多多", "男", "13800001111", 178.75, 188.88, 85.92, 94, "周经理"],
      ["孙小美", "女", "13800002222", 30.37, 28.01, 0, 0, "李经理"],
    ];
    const merges = ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:G1", "H1:H2"];
    const r = importWorkbook([sheet("营销台账", rows, merges)]);
    expect(r.records.Clients).toHaveLength(2);
    const qian = r.records.Clients.find((c) => c.name === "钱多多");
    const assets = r.records.Assets.filter((a) => a.clientId === qian?.clientId);
    const byClass = new Map(assets.map((a) => [a.assetClass, a.marketValue]));
    expect(byClass.get("deposit")).toBe(1787500);
    expect(byClass.get("wealth-product")).toBe(859200);
    expect(assets).toHaveLength(2);
    // The averages are kept in the client's notes with their group.
    expect(String(qian?.notes)).toContain("存款(万元) 日均: 188.88");
  });

  it("reads 金融資產 時點 over 日均 written once without a merge (繁體)", () => {
    const rows: SourceCell[][] = [
      ["客戶姓名", "手機", "金融資產(萬元)", null, "理專"],
      [null, null, "時點", "日均", null],
      ["林美華", "0912345678", 120, 118, "陳怡君"],
      ["陳志明", "0922333444", 45.5, 50, "陳怡君"],
      ["王小明", "0933444555", null, 10, "林家豪"],
    ];
    const r = importWorkbook([sheet("客戶", rows)]);
    expect(r.mappings[0].headerRows).toEqual([1, 2]);
    const value = (name: string) => {
      const c = r.records.Clients.find((x) => x.name === name);
      return r.records.Assets.filter((a) => a.clientId === c?.clientId).map((a) => a.marketValue);
    };
    expect(value("林美華")).toEqual([1200000]);
    expect(value("陳志明")).toEqual([455000]);
    // An average never stands in for a missing point-in-time balance.
    expect(value("王小明")).toEqual([]);
  });

  it("takes each class's latest month with a value (deposits and funds by month, English)", () => {
    const rows: SourceCell[][] = [
      ["Client", "Deposits", null, null, "Funds", null, null],
      [null, "Jan", "Feb", "Mar", "Jan", "Feb", "Mar"],
      ["Harriet Vane", 100, 110, 120, 50, 55, null],
      ["Peter Wimsey", 10, 20, null, 5, 6, 7],
    ];
    const r = importWorkbook([sheet("Holdings", rows)]);
    const of = (name: string) => {
      const c = r.records.Clients.find((x) => x.name === name);
      return new Map(
        r.records.Assets.filter((a) => a.clientId === c?.clientId).map((a) => [
          a.assetClass,
          a.marketValue,
        ])
      );
    };
    expect(of("Harriet Vane")).toEqual(
      new Map([
        ["deposit", 120],
        ["fund", 55],
      ])
    );
    expect(of("Peter Wimsey")).toEqual(
      new Map([
        ["deposit", 20],
        ["fund", 7],
      ])
    );
  });
});
