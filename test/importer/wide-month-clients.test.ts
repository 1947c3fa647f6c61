/**
 * A relationship manager's book of clients with one balance column per month (1月AUM … 12月AUM, in
 * 万元) is a list of clients — its rows carry names beside ID and phone numbers — not a matrix of
 * figures. The latest month with a figure becomes the client's asset held with us; the other
 * months stay in the client's notes.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const MONTHS = ["1月AUM", "2月AUM", "3月AUM", "4月AUM", "5月AUM", "6月AUM"];

const book = (): SourceCell[][] => [
  ["个人客户资产月报（单位：万元）"],
  ["客户经理：顾晓岚　数据截至：2026-05-31"],
  [],
  ["序号", "姓名", "身份证号", "联系电话", ...MONTHS],
  [1, "韩立群", "110105198203154417", "13811112222", 120.5, 121, 122.25, 130, 131.5, ""],
  [2, "邵雨桐", "310104197711022826", "13922223333", 45, 46, "—", 48, "50.6万", ""],
  [3, "蒋文博", "440106199001016615", "13633334444", "", "", "", 12, 13, ""],
  [4, "冯嘉怡", "320102198507207721", "13744445555", "1,005.00", 990, 980, 975, 960.4, ""],
];

describe("a client list with one figure column per month", () => {
  const r = importWorkbook([sheet("客户资产", book())]);
  const mapping = r.mappings.find((m) => m.sheet === "客户资产");

  it("is read as clients, not as a matrix of figures", () => {
    expect(mapping?.registerSheet).toBe("Clients");
    expect(r.records.Clients.map((c) => c.name)).toEqual(["韩立群", "邵雨桐", "蒋文博", "冯嘉怡"]);
    expect(r.records.Clients[0].phone).toBe("13811112222");
  });

  it("makes each client's latest monthly figure an asset held with us, in yuan, dated", () => {
    const byClient = new Map(r.records.Clients.map((c) => [c.clientId, c.name]));
    const assets = r.records.Assets.map((a) => ({
      name: byClient.get(a.clientId),
      value: a.marketValue,
      heldAt: a.heldAt,
      asOf: a.asOf,
    }));
    expect(assets).toEqual([
      { name: "韩立群", value: 1315000, heldAt: "ours", asOf: "2026-05-31" },
      { name: "邵雨桐", value: 506000, heldAt: "ours", asOf: "2026-05-31" },
      { name: "蒋文博", value: 130000, heldAt: "ours", asOf: "2026-05-31" },
      { name: "冯嘉怡", value: 9604000, heldAt: "ours", asOf: "2026-05-31" },
    ]);
    const said = r.issues.filter((i) => i.code === "import.assets-from-balance");
    expect(said).toHaveLength(1);
    expect(said[0].params).toMatchObject({ count: 4 });
  });

  it("keeps the months in the client's notes and never takes them as revenue", () => {
    expect(mapping?.columns.slice(4).every((c) => c.field === null)).toBe(true);
    expect(String(r.records.Clients[0].notes)).toContain("1月AUM");
    expect(r.records.Clients.every((c) => c.annualRevenue === null)).toBe(true);
  });

  it("dates a month column by the year its header names when the title gives no date", () => {
    const rows: SourceCell[][] = [
      [
        "姓名",
        "手机号",
        "身份证号",
        "2025年10月 AUM(万元)",
        "2025年11月 AUM(万元)",
        "2025年12月 AUM(万元)",
      ],
      ["韩立群", "13811112222", "110105198203154417", 10, 11, ""],
      ["邵雨桐", "13922223333", "310104197711022826", 20, 21, 22],
      ["蒋文博", "13633334444", "440106199001016615", 30, 31, 32],
    ];
    const w = importWorkbook([sheet("AUM", rows)]);
    expect(w.records.Assets.map((a) => [a.marketValue, a.asOf])).toEqual([
      [110000, "2025-11-30"],
      [220000, "2025-12-31"],
      [320000, "2025-12-31"],
    ]);
  });

  it("a list whose rows name no one with an ID or phone stays a matrix of figures", () => {
    const rows: SourceCell[][] = [
      ["产品", "1月", "2月", "3月", "4月"],
      ["定期存款", 100, 110, 120, 130],
      ["大额存单", 200, 210, 220, 230],
      ["结构性存款", 300, 310, 320, 330],
    ];
    const m = importWorkbook([sheet("月度规模", rows)]);
    expect(m.mappings[0].registerSheet).toBeNull();
    expect(m.records.Clients).toHaveLength(0);
  });

  it("a book that lists the holdings on a sheet of their own takes no asset from the AUM total", () => {
    const holdings: SourceCell[][] = [
      ["客户姓名", "产品名称", "资产类别", "持有金额(万元)", "到期日"],
      ["韩立群", "稳盈90天", "理财", 100, "2026-08-30"],
      ["邵雨桐", "大额存单", "存款", 50, "2027-01-15"],
    ];
    const w = importWorkbook([sheet("客户资产", book()), sheet("持仓明细", holdings)]);
    expect(w.mappings.find((m) => m.sheet === "持仓明细")?.registerSheet).toBe("Assets");
    expect(w.records.Assets).toHaveLength(2);
    expect(w.issues.some((i) => i.code === "import.assets-from-balance")).toBe(false);
  });
});
