/**
 * A `--map` override names a field by its key (phone) or, for a person who reads the register in
 * Chinese, by the field's label in any language (電話, 客户名称, E-mail); the hints a Chinese user
 * is shown write the labels, and what they write is taken back.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const clients: SourceCell[][] = [
  ["Kunde", "Kontakt", "Post"],
  ["華東精工有限公司", "0912000101", "a@example.com"],
  ["北辰包裝有限公司", "0912000102", "b@example.com"],
  ["中和物流有限公司", "0912000103", "c@example.com"],
];

function fieldsOf(r: ReturnType<typeof importWorkbook>): Record<string, string | null> {
  return Object.fromEntries(r.mappings[0].columns.map((c) => [c.header, c.field]));
}

describe("a --map override naming a field by its label", () => {
  it.each([
    ["繁體", { "客戶!Kunde": "客戶名稱", "客戶!Kontakt": "電話", "客戶!Post": "電子郵件" }],
    ["简体", { "客戶!Kunde": "客户名称", "客戶!Kontakt": "电话", "客戶!Post": "电子邮箱" }],
    ["English", { "客戶!Kunde": "Name", "客戶!Kontakt": "Phone", "客戶!Post": "E-mail" }],
    ["keys", { "客戶!Kunde": "name", "客戶!Kontakt": "phone", "客戶!Post": "email" }],
  ])("%s labels map the columns as the keys do", (_, mapping) => {
    const r = importWorkbook([sheet("客戶", clients)], {
      mapping: { "客戶!*": "Clients", ...mapping },
    });
    expect(r.issues.filter((i) => i.code === "map.override-ignored")).toEqual([]);
    expect(fieldsOf(r)).toEqual({ Kunde: "name", Kontakt: "phone", Post: "email" });
    expect(r.records.Clients).toHaveLength(3);
  });

  it("refuses a word that is no field's label, quoting it as written", () => {
    const r = importWorkbook([sheet("客戶", clients)], {
      mapping: { "客戶!*": "Clients", "客戶!Kunde": "客户名称", "客戶!Post": "鞋码" },
    });
    const refused = r.issues.find((i) => i.code === "map.override-ignored");
    expect(refused?.params).toMatchObject({ why: "map.override-unknown", override: "鞋码" });
    expect(renderMessage(refused!.code!, refused!.params!, "zh-CN")).toContain("“鞋码”");
  });

  it("takes the client's owner by its label on a policy list", () => {
    const rows: SourceCell[][] = [
      ["投保人", "保单号", "险种", "年缴保费", "出单人员"],
      ["王建国", "P900001", "重疾险", 5000, "周敏"],
      ["李秀英", "P900003", "意外险", 300, "吴刚"],
    ];
    const r = importWorkbook([sheet("保单", rows)], { mapping: { 出单人员: "负责人" } });
    expect(r.issues.filter((i) => i.code === "map.override-ignored")).toEqual([]);
    const column = r.mappings[0].columns.find((c) => c.header === "出单人员");
    expect(column?.clientField).toBe("owner");
  });
});

describe("the hints a Chinese user reads name fields by their labels", () => {
  it.each([
    ["zh-CN", "客户名称"],
    ["zh-TW", "客戶名稱"],
  ] as const)(
    "%s: the required-column hint writes the label, and --map takes it",
    (lang, label) => {
      const text = renderMessage(
        "import.required-unmapped",
        { field: "name", registerSheet: "Clients", sheet: "客戶" },
        lang
      );
      expect(text).toContain(`=${label}`);
      expect(text).not.toMatch(/[A-Za-z]/);
      const r = importWorkbook([sheet("客戶", clients)], {
        mapping: { "客戶!*": "Clients", "客戶!Kunde": label },
      });
      expect(fieldsOf(r).Kunde).toBe("name");
    }
  );

  it.each([
    ["zh-CN", "客户"],
    ["zh-TW", "客戶"],
  ] as const)(
    "%s: the record-subject hint writes the client word, and --map takes it",
    (lang, word) => {
      const text = renderMessage(
        "map.no-record-subject",
        { registerSheet: "Visits", sheet: "拜访", header: "甲", headers: ["甲", "乙"] },
        lang
      );
      expect(text).toContain(`拜访!甲=${word}`);
      expect(text).not.toMatch(/[A-Za-z]/);
      const visits: SourceCell[][] = [
        ["甲", "乙", "拜访日期", "拜访内容"],
        ["王建国", "周敏", "2025-03-02", "介绍新产品"],
        ["李秀英", "吴刚", "2025-03-05", "续保提醒"],
        ["张伟", "周敏", "2025-03-09", "回访"],
      ];
      const r = importWorkbook([sheet("拜访", visits)], {
        mapping: { "拜访!*": "Visits", "拜访!乙": word },
      });
      expect(r.issues.filter((i) => i.code === "map.override-ignored")).toEqual([]);
      expect(fieldsOf(r).乙).toBe("clientName");
    }
  );
});
