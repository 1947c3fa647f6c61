/**
 * A tab named as a test, a sample or the duplicates of a clean-up, beside a sheet of the same
 * kind of records under a name of its own, holds no records to import: the real list is imported,
 * the trial rows and the duplicates are left out and said so. Alone in its workbook such a tab is
 * the data there is. Invented sheets only, in English, 简体 and 繁體.
 */
import { importWorkbook } from "../../src/importer";
import { trialOfSheetName } from "../../src/importer/trial-sheets";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { INVENTED_PEOPLE, readAs, sheet } from "./helpers";

type Lang = "en" | "zh-CN" | "zh-TW";

function clients(lang: Lang, from: number, count: number): SourceCell[][] {
  const header = {
    en: ["Client Name", "Phone", "Email"],
    "zh-CN": ["客户姓名", "手机", "邮箱"],
    "zh-TW": ["客戶姓名", "手機", "電子郵件"],
  }[lang];
  const people = INVENTED_PEOPLE[lang];
  const rows: SourceCell[][] = [header];
  for (let i = from; i < from + count; i++)
    rows.push([
      `${people[i % people.length]}${i}`,
      `1380013${String(4000 + i)}`,
      `c${i}@example.com`,
    ]);
  return rows;
}

describe("trialOfSheetName", () => {
  it("reads a test, a sample or duplicates in a tab's name, the English words whole", () => {
    expect(trialOfSheetName("test (8)")).toMatchObject({ kind: "test" });
    expect(trialOfSheetName("SAMPLE_DATA")).toMatchObject({ kind: "test" });
    expect(trialOfSheetName("測試資料")).toMatchObject({ kind: "test" });
    expect(trialOfSheetName("dups")).toMatchObject({ kind: "duplicates" });
    expect(trialOfSheetName("重複客戶")).toMatchObject({ kind: "duplicates" });
    for (const name of [
      "License Pentest",
      "Contest Entries",
      "Clients",
      "客户资料",
      "Testimonials",
    ])
      expect(trialOfSheetName(name)).toBeNull();
  });
});

describe("a test or duplicates tab beside the real list", () => {
  it.each([
    ["en", "Test Import"],
    ["zh-CN", "测试数据"],
    ["zh-TW", "重複客戶"],
  ] as const)("is left out, the real list imported (%s, %s)", (lang, tab) => {
    const real = { en: "Clients", "zh-CN": "客户名单", "zh-TW": "客戶名單" }[lang];
    const r = importWorkbook([sheet(real, clients(lang, 0, 12)), sheet(tab, clients(lang, 20, 4))]);
    expect(readAs(r, real)).toBe("Clients");
    expect(readAs(r, tab)).toBeNull();
    expect(r.records.Clients).toHaveLength(12);
    const said = r.issues.find((i) => i.sheet === tab && i.code === "import.sheet-not-data");
    const reason = String(said?.params?.reason);
    expect(["sheet.why.test-tab", "sheet.why.duplicates-tab"]).toContain(reason);
    for (const l of ["en", "zh-CN", "zh-TW"] as const) {
      const text = renderMessage(reason, said?.params ?? {}, l) ?? "";
      expect(text).toContain(real);
      expect(text).not.toMatch(/\{|sheet\.why/);
    }
  });

  it("is the data there is when it stands alone", () => {
    const r = importWorkbook([sheet("Sample Data", clients("en", 0, 8))]);
    expect(readAs(r, "Sample Data")).toBe("Clients");
    expect(r.records.Clients).toHaveLength(8);
  });
});
