/**
 * An empty template is read by its header alone. A key-account plan's columns — the account, a
 * person at it (HCP, 医生姓名) with their department and title — are a decision map (Contacts), while
 * a client list's 客户名称 | 联系人 | 职务 stays Clients (联系人 is the client's own contact). Its header
 * may be two rows deep (each heading merged down over both rows, a group over its sub-headings),
 * with a padded heading ("No.        (自動換算)") and a row under it saying which columns a system
 * fills in (CRM帶入, 系统带入, Auto-filled): no record.
 */
import { importWorkbook } from "../../src/importer";
import { isHintCell } from "../../src/importer/hint-rows";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

/** Headings merged over rows 1–2, but the group (over its four sub-headings) at `group`. */
function twoRowHeader(headers: string[], group: number, subs: string[], hint: SourceCell[]) {
  const letters = (i: number) => String.fromCharCode(65 + i);
  const merges = headers.flatMap((_, i) =>
    i === group || (i > group && i < group + subs.length) ? [] : [`${letters(i)}1:${letters(i)}2`]
  );
  merges.push(`${letters(group)}1:${letters(group + subs.length - 1)}1`);
  const lower: SourceCell[] = headers.map(() => null);
  subs.forEach((s, k) => (lower[group + k] = s));
  return { rows: [headers, lower, hint, [], []], merges };
}

describe("an empty key-account plan template", () => {
  it("reads a 繁體/English plan (HCP, 科別, 職稱) as Contacts over a two-row header", () => {
    const headers = [
      "Team",
      "Rep",
      "Customer",
      "HCP",
      "科別",
      "職稱",
      "Patients / month             (自動換算)",
      "Competitor Tracking",
      "",
      "",
      "Objectives",
    ];
    const hint: SourceCell[] = ["CRM帶入", null, null, null, null, null, "系統帶入"];
    const { rows, merges } = twoRowHeader(headers, 7, ["Drug A", "Drug B", "Drug C"], hint);
    const r = importWorkbook([sheet("工作表1", rows, merges)]);
    const m = r.mappings[0];
    expect(m.registerSheet).toBe("Contacts");
    expect(m.headerRows).toEqual([1, 2]);
    expect(m.columns.find((c) => c.field === "name")?.header).toBe("HCP");
    expect(m.columns.find((c) => c.field === "clientName")?.header).toBe("Customer");
    expect(r.summary.rejected).toBe(0);
  });

  it("reads a 简体 plan (客户名称, 医生姓名, 科室, 职称) with a 系统带入 row as Contacts", () => {
    const r = importWorkbook([
      sheet("重点客户计划", [
        ["客户名称", "医生姓名", "科室", "职称", "每月拜访次数", "行动计划"],
        ["系统带入", "系统带入", "系统带入", null, "自动计算"],
      ]),
    ]);
    expect(r.mappings[0].registerSheet).toBe("Contacts");
    expect(r.summary.rejected).toBe(0);
  });

  it("keeps a client list template with its contact person (联系人 | 职务) as Clients", () => {
    const r = importWorkbook([
      sheet("客户信息", [["客户名称", "联系人", "职务", "联系电话", "地址"]]),
    ]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
  });

  it("tells cells a system fills in from values", () => {
    expect(["CRM帶入", "系统带入", "Auto-filled", "(自動換算)"].every(isHintCell)).toBe(true);
    expect(["带鱼批发", "Autodesk", "陳柏宏"].some(isHintCell)).toBe(false);
  });
});
