/**
 * A household list with no policy column at all — 户号 / 戶號, 姓名, 关系 / 關係, 生日, 手机 — is an
 * agent's client list kept by household: the heads (本人, 本人(要保人), 户主, 戶長) are the
 * clients and their relatives are their family. Its household number links to no client list, so
 * it is not a list of some clients' contacts.
 */
import { importWorkbook } from "../../src/importer";
import { isSelf } from "../../src/importer/insured-family";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const SIMPLIFIED: SourceCell[][] = [
  ["户号", "姓名", "关系", "生日", "手机"],
  ["H01", "周文彬", "本人(要保人)", "1977/5/3", "13900000001"],
  ["H01", "沈佳蓉", "配偶", "1979/1/20", ""],
  ["H02", "马建宏", "本人（要保人）", "1970/2/14", "13900000002"],
  ["H02", "马宥廷", "儿子", "2012/6/30", ""],
  ["H03", "苏雅琪", "户主", "1985/11/11", "13900000003"],
];

const TRADITIONAL: SourceCell[][] = [
  ["戶號", "姓名", "關係", "生日", "手機"],
  ["H01", "周文彬", "本人", "1977/5/3", "0912000001"],
  ["", "沈佳蓉", "配偶", "1979/1/20", ""],
  ["", "周子涵", "長女", "2010/9/1", ""],
  ["H02", "馬建宏", "戶長", "1970/2/14", "0912000002"],
  ["", "馬宥廷", "次子", "2012/6/30", ""],
];

describe("a household list without policy columns", () => {
  it("makes the heads (本人(要保人), 户主) clients and their relatives their family", () => {
    const r = importWorkbook([sheet("保户名册", SIMPLIFIED)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    const idOf = (name: string) => r.records.Clients.find((c) => c.name === name)?.clientId;
    expect(r.records.Clients.map((c) => c.name)).toEqual(["周文彬", "马建宏", "苏雅琪"]);
    expect(r.records.Family.map((f) => [f.clientId, f.memberName, f.relation])).toEqual([
      [idOf("周文彬"), "沈佳蓉", "配偶"],
      [idOf("马建宏"), "马宥廷", "儿子"],
    ]);
    expect(r.records.Contacts).toHaveLength(0);
    expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("reads a 繁體 list whose household number is written on the head's row only", () => {
    const r = importWorkbook([sheet("保戶名冊", TRADITIONAL)]);
    expect(r.records.Clients.map((c) => c.name)).toEqual(["周文彬", "馬建宏"]);
    expect(r.records.Family.map((f) => f.memberName)).toEqual(["沈佳蓉", "周子涵", "馬宥廷"]);
  });

  it("leaves a contact list whose relation column is no household's a contact list", () => {
    const r = importWorkbook([
      sheet("客户", [
        ["客户编号", "客户名称", "电话"],
        ["K01", "杭州明远贸易有限公司", "0571-88000001"],
        ["K02", "宁波启航电子有限公司", "0574-88000002"],
      ]),
      sheet("联系人", [
        ["客户编号", "姓名", "关系", "手机"],
        ["K01", "周文彬", "老朋友", "13900000001"],
        ["K01", "沈佳蓉", "同事介绍", "13900000002"],
        ["K02", "马建宏", "展会认识", "13900000003"],
      ]),
    ]);
    expect(r.mappings.find((m) => m.sheet === "联系人")?.registerSheet).toBe("Contacts");
    expect(r.records.Contacts).toHaveLength(3);
  });
});

describe("the client themself, with their role on the policy", () => {
  it("reads 本人(要保人), 本人/被保险人 and Self (Policyholder) as the client themself", () => {
    expect(isSelf("本人(要保人)")).toBe(true);
    expect(isSelf("本人（要保人）")).toBe(true);
    expect(isSelf("本人/被保險人")).toBe(true);
    expect(isSelf("Self (Policyholder)")).toBe(true);
    expect(isSelf("要保人")).toBe(false);
    expect(isSelf("配偶(被保险人)")).toBe(false);
  });
});
