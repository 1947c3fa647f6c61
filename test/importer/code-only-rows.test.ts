/**
 * Rows tied to anybody only by a client number that no sheet of the workbook lists, with no other
 * header saying what the register would keep of them (anonymous loan applications, an item's
 * price per buyer code), are left out: a person imports nothing from them. The same rows with an
 * amount held, a name beside the number, or a client list holding the numbers stay what
 * they are; a dated log of contacts keyed so is interaction-log.test.ts's, a client-by-year
 * grid beside the policies of the same numbers holdings-beside.test.ts's.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { notDataReason, readAs, sheet, table } from "./helpers";

type Lang = "en" | "zh-CN" | "zh-TW";
const LANGS: readonly Lang[] = ["en", "zh-CN", "zh-TW"];

const HEADERS: Record<Lang, string[]> = {
  en: [
    "loan_id",
    "customer_id",
    "age",
    "gender",
    "region",
    "loan_amount",
    "loan_purpose",
    "duration_month",
    "interest_rate",
    "approved",
    "application_date",
  ],
  "zh-CN": [
    "贷款编号",
    "客户编号",
    "年龄",
    "性别",
    "地区",
    "贷款金额",
    "贷款用途",
    "期限（月）",
    "利率",
    "是否批准",
    "申请日期",
  ],
  "zh-TW": [
    "貸款編號",
    "客戶編號",
    "年齡",
    "性別",
    "地區",
    "貸款金額",
    "貸款用途",
    "期限（月）",
    "利率",
    "是否核准",
    "申請日期",
  ],
};
const NAME: Record<Lang, string> = { en: "Full Name", "zh-CN": "姓名", "zh-TW": "姓名" };
const PEOPLE: Record<Lang, string[]> = {
  en: ["Ayu Lestari", "Budi Santoso", "Citra Dewi", "Dimas Pratama", "Eka Putri"],
  "zh-CN": ["王建国", "李秀英", "张伟", "刘洋", "陈静"],
  "zh-TW": ["王建國", "李秀英", "張偉", "劉洋", "陳靜"],
};

/** 40 applications as a CSV writes them (every cell text), one per customer CUST1000 …. */
function applications(lang: Lang, amountsAsNumbers = false): SourceCell[][] {
  return table(
    HEADERS[lang],
    40,
    (_, i, k) =>
      [
        `LN${1000 + i}`,
        `CUST${1000 + i}`,
        String(20 + (i % 40)),
        i % 2 ? "Male" : "Female",
        ["Jakarta", "East Java", "Bali"][i % 3],
        amountsAsNumbers ? 6000000 + i * 137911 : String(6000000 + i * 137911),
        ["Usaha", "Pendidikan"][i % 2],
        String([6, 12, 18, 36][i % 4]),
        (8 + (i % 9) * 0.87).toFixed(2),
        i % 3 ? "True" : "False",
        `2025-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, "0")}`,
      ][k]
  );
}

describe("rows only a client number no sheet lists ties to anybody", () => {
  for (const lang of LANGS) {
    it(`leaves out ${lang} anonymous loan applications keyed by customer number`, () => {
      const r = importWorkbook([sheet("Sheet1", applications(lang))]);
      expect(readAs(r, "Sheet1")).toBeNull();
      expect(notDataReason(r, "Sheet1")).toBe("sheet.why.code-only-rows");
      expect(r.records.Assets ?? []).toHaveLength(0);
      expect(r.records.Clients ?? []).toHaveLength(0);
      const issue = r.issues.find((i) => i.code === "import.sheet-not-data");
      const params = issue?.params ?? {};
      expect(params.header).toBe(HEADERS[lang][1]);
      const text = renderMessage("sheet.why.code-only-rows", params, lang);
      expect(text).toContain(HEADERS[lang][1]);
      expect(text).toContain("CUST1000");
      // A Chinese user never meets an English sentence.
      if (lang !== "en") expect(text).not.toMatch(/[a-z]{4,}/);
    });

    it(`keeps ${lang} loans keyed by customer number whose amounts are held values`, () => {
      const r = importWorkbook([sheet("Sheet1", applications(lang, true))]);
      expect(readAs(r, "Sheet1")).toBe("Assets");
      expect(r.records.Assets ?? []).toHaveLength(40);
    });

    it(`keeps ${lang} applications naming the applicant beside the number`, () => {
      const rows = applications(lang).map((row, i) => [
        ...row.slice(0, 2),
        i === 0 ? NAME[lang] : PEOPLE[lang][i % 5] + (i > 5 ? String(i) : ""),
        ...row.slice(2),
      ]);
      const r = importWorkbook([sheet("Sheet1", rows)]);
      expect(notDataReason(r, "Sheet1")).not.toBe("sheet.why.code-only-rows");
      expect(readAs(r, "Sheet1")).not.toBeNull();
    });

    it(`keeps ${lang} applications whose numbers a client list of the workbook holds`, () => {
      const clients = table(
        [HEADERS[lang][1], NAME[lang], lang === "en" ? "Mobile" : "手机"],
        40,
        (_, i, k) =>
          [`CUST${1000 + i}`, `${PEOPLE[lang][i % 5]}${i}`, `0812${String(3000000 + i)}`][k]
      );
      const r = importWorkbook([
        sheet("Customers", clients),
        sheet("Applications", applications(lang)),
      ]);
      expect(readAs(r, "Customers")).toBe("Clients");
      expect(readAs(r, "Applications")).toBe("Assets");
      expect(notDataReason(r, "Applications")).not.toBe("sheet.why.code-only-rows");
    });
  }
});
