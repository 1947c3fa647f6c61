/**
 * With no kind column, a client list's own columns tell a person its clients' kind: a CRM's
 * "Account Name" beside industry and revenue is a list of companies; a sex or a birthday on a row
 * is a person's (a company has neither).
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import { sheet } from "./helpers";

const kinds = (r: ReturnType<typeof importWorkbook>) =>
  r.records.Clients.map((c) => [c.name, c.kind ?? null]);

describe("client kind from the sheet's columns", () => {
  it("marks an account list with industry and revenue as enterprises, names without a legal form too (not a private individual's row)", () => {
    const r = importWorkbook([
      sheet("Accounts", [
        ["Account Name", "Industry", "Annual Revenue", "Phone"],
        ["Harbourline Freight", "Logistics", 4200000, "+1 206 555 0101"],
        ["Cedar & Pine Interiors", "Retail", 880000, "+1 206 555 0102"],
        ["Maple Street Bakery", "Food", 310000, "+1 206 555 0103"],
        ["Owen Hart", "Private", "", "+1 206 555 0104"],
      ]),
    ]);
    expect(kinds(r)).toEqual([
      ["Harbourline Freight", "enterprise"],
      ["Cedar & Pine Interiors", "enterprise"],
      ["Maple Street Bakery", "enterprise"],
      ["Owen Hart", null],
    ]);
    const said = r.issues.filter((i) => i.code === "import.kind-from-company-columns");
    expect(said).toHaveLength(1);
    for (const lang of ["en", "zh-CN", "zh-TW"] as const)
      expect(renderMessage(said[0].code!, said[0].params!, lang)).toContain("A (Account Name)");
  });

  it("marks a member with a sex or a birthday as a person, and a 姓名 beside them as a person too", () => {
    const r = importWorkbook([
      sheet("会员名单", [
        ["姓名", "性别", "生日", "手机号"],
        ["韩雪梅", "女", "", "13900001111"],
        ["曹俊", "", "1988-02-03", "13900002222"],
        ["邵明", "", "", "13900003333"],
        ["华东五金有限公司", "", "", "13900004444"],
      ]),
    ]);
    expect(kinds(r)).toEqual([
      ["韩雪梅", "person"],
      ["曹俊", "person"],
      ["邵明", "person"],
      ["华东五金有限公司", "enterprise"],
    ]);
    const said = r.issues.find((i) => i.code === "import.kind-from-person-columns");
    expect(renderMessage(said!.code!, said!.params!, "zh-CN")).toContain("B (性别)");
  });

  it("reads a birthday on a company list with a contact person as the contact's, not the company's", () => {
    const r = importWorkbook([
      sheet("企业客户", [
        ["企业名称", "联系人", "联系人生日", "电话"],
        ["远山贸易", "蒋文", "1979-09-09", "0571-88001122"],
        ["青禾农庄", "邱莉", "1985-01-30", "0571-88003344"],
      ]),
    ]);
    expect(kinds(r)).toEqual([
      ["远山贸易", "enterprise"],
      ["青禾农庄", "enterprise"],
    ]);
  });

  it("does not make people companies on one company column alone (their 姓名 header says they are people)", () => {
    const r = importWorkbook([
      sheet("客户", [
        ["姓名", "行业", "电话"],
        ["韩雪梅", "教育", "13900001111"],
        ["曹俊", "制造", "13900002222"],
      ]),
    ]);
    expect(kinds(r)).toEqual([
      ["韩雪梅", "person"],
      ["曹俊", "person"],
    ]);
  });
});
