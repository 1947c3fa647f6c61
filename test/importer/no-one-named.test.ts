/**
 * A sheet read as the client list none of whose rows names anyone — a call-report template whose
 * only row under the header lists the choices (IL/JLG, Answered / Miss Call), the customer's
 * name left blank — is no client list whose every client failed: a person sees rows naming no
 * one, nothing to enter. It is left out and said why once; its rows are skipped, not rejected. One
 * row naming its client, or the user's own mapping, keeps the sheet a client list.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { notDataReason, readAs, sheet } from "./helpers";

type Lang = "en" | "zh-CN" | "zh-TW";

const HEADERS: Record<Lang, string[]> = {
  en: [
    "Zone",
    "Branch",
    "Date",
    "User Name",
    "Customer Code",
    "Customer Name",
    "Loan Type",
    "Disbursed Amount",
    "Calling Status",
    "Payment method",
    "Feedback",
  ],
  "zh-CN": [
    "区域",
    "网点",
    "日期",
    "用户名",
    "客户编号",
    "客户姓名",
    "贷款类型",
    "放款金额",
    "通话状态",
    "还款方式",
    "反馈",
  ],
  "zh-TW": [
    "區域",
    "分行",
    "日期",
    "使用者名稱",
    "客戶編號",
    "客戶姓名",
    "貸款類型",
    "撥款金額",
    "通話狀態",
    "還款方式",
    "回饋",
  ],
};
const CHOICES: Record<Lang, string[]> = {
  en: ["IL/JLG", "Answered /Miss Call", "Cash/NEFT"],
  "zh-CN": ["个人/联保", "接通/未接", "现金/转账"],
  "zh-TW": ["個人/聯保", "接通/未接", "現金/轉帳"],
};
const NAMED: Record<Lang, SourceCell[]> = {
  en: [
    "North",
    "Patna",
    "2024-03-04",
    "Ravi",
    "C1001",
    "Sunita Devi",
    "IL",
    45000,
    "Answered",
    "Cash",
    "Will pay",
  ],
  "zh-CN": [
    "华北",
    "海淀",
    "2024-03-04",
    "王强",
    "C1001",
    "李秀英",
    "个人",
    45000,
    "接通",
    "现金",
    "会还款",
  ],
  "zh-TW": [
    "北區",
    "中山",
    "2024-03-04",
    "王強",
    "C1001",
    "李秀英",
    "個人",
    45000,
    "接通",
    "現金",
    "會還款",
  ],
};

/** The template: its header and one row of the choices each column takes, nobody named. */
function template(lang: Lang): SourceCell[][] {
  const [loan, status, payment] = CHOICES[lang];
  return [HEADERS[lang], [null, null, null, null, null, null, loan, null, status, payment, null]];
}

describe("a client list none of whose rows names anyone", () => {
  for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
    it(`leaves out a ${lang} call-report template naming no customer, saying why`, () => {
      const r = importWorkbook([sheet("Calling", template(lang))]);
      expect(readAs(r, "Calling")).toBeNull();
      expect(notDataReason(r, "Calling")).toBe("sheet.why.no-one-named");
      expect(r.summary).toMatchObject({ imported: 0, rejected: 0, skipped: 1 });
      expect(r.records.Clients ?? []).toHaveLength(0);
      expect(r.issues.some((i) => i.code === "import.row-rejected")).toBe(false);
      expect(r.issues.some((i) => i.code === "import.sheet-all-rejected")).toBe(false);
      const issue = r.issues.find((i) => i.code === "import.sheet-not-data");
      const text = renderMessage("sheet.why.no-one-named", issue?.params ?? {}, lang);
      expect(text).toContain("1");
      // A Chinese user never meets an English sentence.
      if (lang !== "en") expect(text).not.toMatch(/[a-z]{4,}/);
    });

    it(`keeps a ${lang} call report one of whose rows names its customer`, () => {
      const r = importWorkbook([sheet("Calling", [...template(lang), NAMED[lang]])]);
      expect(notDataReason(r, "Calling")).not.toBe("sheet.why.no-one-named");
      expect(readAs(r, "Calling")).not.toBeNull();
      expect(r.summary.imported + r.summary.merged).toBeGreaterThan(0);
    });

    it(`keeps a ${lang} template the user mapped as the client list, rejecting its row`, () => {
      const r = importWorkbook([sheet("Calling", template(lang))], {
        mapping: { "Calling!*": "Clients" },
      });
      expect(readAs(r, "Calling")).toBe("Clients");
      expect(notDataReason(r, "Calling")).toBeUndefined();
      expect(r.summary.rejected).toBe(1);
    });
  }
});
