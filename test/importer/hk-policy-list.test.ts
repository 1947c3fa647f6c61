/**
 * A Hong Kong agent's policy list: bilingual headers, the client named once and left blank on the
 * rows of the same client's further policies (often a relative's, with their relation written).
 * A person makes the clients from the client column, links every policy, reads 危疾 as critical
 * illness cover and a savings plan as life cover, and writes each insured relative in the family.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const HEADER = [
  "客戶姓名 Client Name",
  "保單號碼 Policy No.",
  "險種 Plan Type",
  "保額 Sum Insured (HKD)",
  "受保人 Insured",
  "關係 Relationship",
];
const ROWS: SourceCell[][] = [
  ["馮家明", "HK-1001", "危疾 Critical Illness", 900000, "馮家明", "本人 Self"],
  ["", "HK-1002", "醫療 Medical", 400000, "蘇麗珊", "配偶 Spouse"],
  ["", "HK-1003", "危疾 Critical Illness", 500000, "蘇麗珊", "配偶 Spouse"],
  ["鄧志偉", "HK-2001", "儲蓄 Savings", 600000, "鄧志偉", "本人 Self"],
  ["", "HK-2002", "人壽 Life", 1000000, "鄧樂兒", "女兒 Daughter"],
  ["麥淑儀", "HK-3001", "意外 Accident", 300000, "麥淑儀", "Self"],
];

describe("a bilingual policy list without a client sheet", () => {
  const r = importWorkbook([sheet("保單 Policies", [HEADER, ...ROWS])]);
  const idOf = (name: string) => r.records.Clients.find((c) => c.name === name)?.clientId;

  it("makes the clients from the client column and links every policy, blank cells to the client above", () => {
    expect(r.records.Clients.map((c) => c.name)).toEqual(["馮家明", "鄧志偉", "麥淑儀"]);
    expect(r.records.Insurance.map((p) => [p.policyNo, p.clientId])).toEqual([
      ["HK-1001", idOf("馮家明")],
      ["HK-1002", idOf("馮家明")],
      ["HK-1003", idOf("馮家明")],
      ["HK-2001", idOf("鄧志偉")],
      ["HK-2002", idOf("鄧志偉")],
      ["HK-3001", idOf("麥淑儀")],
    ]);
  });

  it("reads 危疾 as critical illness cover and a savings plan (儲蓄) as life cover", () => {
    const policy = (no: string) => r.records.Insurance.find((p) => p.policyNo === no);
    expect(policy("HK-1001")).toMatchObject({
      type: "critical-illness",
      criticalIllnessCovered: true,
    });
    expect(policy("HK-2001")?.type).toBe("life");
    expect(r.issues.filter((i) => i.field === "type")).toEqual([]);
  });

  it("writes each insured relative once in the client's family, never the client themself", () => {
    expect(r.records.Family.map((f) => [f.clientId, f.memberName, f.relation])).toEqual([
      [idOf("馮家明"), "蘇麗珊", "配偶 Spouse"],
      [idOf("鄧志偉"), "鄧樂兒", "女兒 Daughter"],
    ]);
    expect(r.records.Clients.some((c) => c.name === "蘇麗珊")).toBe(false);
    expect(r.summary).toMatchObject({ sourceRows: 6, imported: 6, rejected: 0 });
    const said = r.issues.filter((i) => i.code === "import.family-from-insured");
    expect(said).toHaveLength(1);
    expect(said[0].params).toMatchObject({ count: 2, relation: "F (關係 Relationship)" });
    expect(renderMessage(said[0].code!, said[0].params!, "zh-TW")).toContain("E (受保人 Insured)");
    expect(renderMessage(said[0].code!, said[0].params!, "zh-CN")).toContain("家庭成员");
  });
});

describe("insured relatives beside a client sheet", () => {
  it("links the family member to the client the policy names", () => {
    const r = importWorkbook([
      sheet("客戶", [
        ["客戶姓名", "電話"],
        ["馮家明", "9123 4567"],
      ]),
      sheet("保單", [
        ["客戶姓名", "保單號碼", "受保人", "與客戶關係"],
        ["馮家明", "HK-1002", "蘇麗珊", "配偶"],
        ["馮家明", "HK-1001", "馮家明", "本人"],
      ]),
    ]);
    expect(r.records.Family.map((f) => [f.clientId, f.memberName, f.relation])).toEqual([
      [r.records.Clients[0].clientId, "蘇麗珊", "配偶"],
    ]);
  });

  it("makes no family member without a relation column", () => {
    const r = importWorkbook([
      sheet("保單", [
        ["客戶姓名", "保單號碼", "受保人"],
        ["馮家明", "HK-1002", "蘇麗珊"],
      ]),
    ]);
    expect(r.records.Family).toEqual([]);
  });
});
