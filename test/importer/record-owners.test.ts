/**
 * People on policy and visit lists: a Producer / Agent / 业务员 / 經手人 / CSM column on a sheet whose
 * records are policies or visits gives the owner of the client each row names (the one named most
 * often on that client's rows), and a person may map such a column to the owner by hand
 * (`--map "Producer=owner"`) on that sheet too. Invented sheets.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

function owners(r: ReturnType<typeof importWorkbook>): Record<string, unknown> {
  return Object.fromEntries(r.records.Clients.map((c) => [c.name, c.owner ?? null]));
}

describe("the producer of a policy list owns the clients it makes", () => {
  it("English: Producer → the client's owner, the one on most of their policies; CSR owns no one", () => {
    const rows: SourceCell[][] = [
      ["Named Insured", "Policy Number", "LOB", "Written Premium", "Producer", "CSR"],
      ["Dana Whitfield", "HO-1000001", "Home", "$1,200.00", "Sara Patel", "Ashley Kim"],
      ["Dana Whitfield", "PA-1000002", "Auto", "$800.50", "Mike Dunn", "Ashley Kim"],
      ["Dana Whitfield", "UM-1000003", "Umbrella", "$300.00", "Mike Dunn", "Tom Reyes"],
      ["Birchwood Bakery LLC", "BOP-1000004", "BOP", "$2,000.00", "Sara Patel", "Tom Reyes"],
      ["Elena Ruiz", "HO-1000005", "Home", "$950.00", "Sara Patel", "Ashley Kim"],
    ];
    const r = importWorkbook([sheet("Renewals", rows)]);
    expect(owners(r)).toEqual({
      "Dana Whitfield": "Mike Dunn",
      "Birchwood Bakery LLC": "Sara Patel",
      "Elena Ruiz": "Sara Patel",
    });
    expect(r.records.Insurance).toHaveLength(5);
    expect(r.records.Clients.map((c) => c.name)).not.toContain("Ashley Kim");
  });

  it("繁體: 經手人 of a visit log owns the clients made from it", () => {
    const rows: SourceCell[][] = [["拜訪日期", "客戶名稱", "拜訪方式", "談話重點", "經手人"]];
    const clients = ["林美華", "張志明", "吳淑芬"];
    for (let i = 0; i < 9; i++)
      rows.push([
        new Date(Date.UTC(2026, 2, 2 + i)),
        clients[i % 3],
        i % 2 ? "電話" : "面訪",
        "介紹新商品",
        i % 3 === 0 ? "陳怡君" : "黃雅婷",
      ]);
    const r = importWorkbook([sheet("拜訪紀錄", rows)]);
    expect(r.records.Visits).toHaveLength(9);
    expect(owners(r)).toEqual({ 林美華: "陳怡君", 張志明: "黃雅婷", 吳淑芬: "黃雅婷" });
  });
});

describe("mapping a policy list's column to the owner by hand", () => {
  const rows: SourceCell[][] = [
    ["投保人", "保单号", "险种", "年缴保费", "出单人员"],
    ["王建国", "P900001", "重疾险", 5000, "周敏"],
    ["王建国", "P900002", "医疗险", 1200, "周敏"],
    ["李秀英", "P900003", "意外险", 300, "吴刚"],
  ];

  it("is accepted on the Insurance sheet and reaches the clients made from it", () => {
    const r = importWorkbook([sheet("保单", rows)], { mapping: { 出单人员: "owner" } });
    expect(r.issues.filter((i) => i.code === "map.override-ignored")).toEqual([]);
    expect(owners(r)).toEqual({ 王建国: "周敏", 李秀英: "吴刚" });
    const column = r.mappings[0].columns.find((c) => c.header === "出单人员");
    expect(column?.source).toBe("override");
    expect(column?.reasons?.map((x) => x.code)).toContain("map.why.subject-client");
  });

  it("a field no sheet has is still refused, naming the sheet", () => {
    const r = importWorkbook([sheet("保单", rows)], { mapping: { 出单人员: "shoeSize" } });
    const refused = r.issues.find((i) => i.code === "map.override-ignored");
    expect(refused?.params?.why).toBe("map.override-unknown");
  });
});
