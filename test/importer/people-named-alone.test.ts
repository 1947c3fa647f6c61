/**
 * A log of money changing hands with private people known by their names alone — a lender's
 * instalments received, a shop's sales to passers-by, orders placed by hired buyers — in a
 * workbook that lists its clients nowhere. Nothing on it reaches the people or says who they are
 * (no phone, e-mail, address, ID number, birthday, employer): a client made of each would be a
 * name and no more, so the log is not read as its buyers and nothing is imported. The same log
 * with each buyer's phone, or a log of firms, is read for its buyers as before. Invented sheets
 * only, in en, 简体 and 繁體.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { ImportResult, SourceCell } from "../../src/importer/types";
import { INVENTED_COMPANIES, INVENTED_PEOPLE, sheet } from "./helpers";
import { isTestName } from "../../src/importer/hint-rows";

const pad = (n: number) => String(n).padStart(2, "0");
const buyerIssue = (r: ImportResult) => r.issues.find((i) => i.code === "sheet.why.buyer-log");
const used = (r: ImportResult) => r.summary.imported + r.summary.merged;

type Lang = "en" | "zh-CN" | "zh-TW";

const HEADERS: Record<Lang, { log: string[]; phone: string }> = {
  en: { log: ["Receipt No", "Paid On", "Borrower Code", "Amount", "Borrower"], phone: "Mobile" },
  "zh-CN": { log: ["收据号", "还款日期", "客户编号", "金额", "客户姓名"], phone: "手机号" },
  "zh-TW": { log: ["收據號碼", "還款日期", "客戶編號", "金額", "客戶姓名"], phone: "手機號碼" },
};

/**
 * Instalments received: a receipt per row, the day, the borrower's code with the lender, the
 * amount and the borrower's name, each borrower on several rows; with `phones`, the borrower's
 * mobile too, the same on each of the borrower's rows.
 */
function instalments(
  lang: Lang,
  names: readonly string[],
  rows: number,
  phones = false
): SourceCell[][] {
  const h = HEADERS[lang];
  const out: SourceCell[][] = [phones ? [...h.log, h.phone] : [...h.log]];
  for (let i = 0; i < rows; i++) {
    const b = (i * 7) % names.length;
    const row: SourceCell[] = [
      `R${5300 + i * 3}`,
      `2025-${pad((i % 11) + 1)}-${pad((i % 27) + 1)}`,
      `C-${pad(b + 1)}`,
      [1950, 2400, 3000, 2730][i % 4],
      names[b],
    ];
    if (phones) row.push(`1380013${pad(b)}${pad(b * 3)}`);
    out.push(row);
  }
  return out;
}

describe("a log of private people known by their names alone", () => {
  it.each(["en", "zh-CN", "zh-TW"] as const)(
    "imports nothing from a lender's instalments received (%s): the borrowers are names and no more",
    (lang) => {
      const names = INVENTED_PEOPLE[lang].slice(0, 8);
      const r = importWorkbook([sheet("Ledger", instalments(lang, names, 48))]);
      expect(r.records.Clients ?? []).toHaveLength(0);
      expect(used(r)).toBe(0);
      expect(buyerIssue(r)).toBeUndefined();
      expect(r.mappings[0].registerSheet).toBeNull();
      // The sheet is said to be left out, in the person's language, with no key showing.
      const left = r.issues.find((i) => i.sheet === "Ledger" && i.code === "import.sheet-not-data");
      expect(left).toBeDefined();
      const text = renderMessage(left!.code!, left!.params!, lang) ?? "";
      expect(text).not.toMatch(/sheet\.why|import\./);
      expect(text.length).toBeGreaterThan(0);
    }
  );

  it.each(["en", "zh-CN", "zh-TW"] as const)(
    "still makes a client of each borrower when the log keeps the borrower's phone (%s)",
    (lang) => {
      const names = INVENTED_PEOPLE[lang].slice(0, 8);
      const r = importWorkbook([sheet("Ledger", instalments(lang, names, 48, true))]);
      expect(r.mappings[0].registerSheet).toBe("Clients");
      expect(r.records.Clients.map((c) => c.name).sort()).toEqual([...names].sort());
      expect(buyerIssue(r)?.params).toMatchObject({ count: 8, rows: 48 });
    }
  );

  it.each(["en", "zh-CN", "zh-TW"] as const)(
    "still makes a client of each firm named alone on the log (%s): a firm is found by its name",
    (lang) => {
      const firms = INVENTED_COMPANIES[lang].slice(0, 8);
      const r = importWorkbook([sheet("Ledger", instalments(lang, firms, 48))]);
      expect(r.mappings[0].registerSheet).toBe("Clients");
      expect(r.records.Clients.map((c) => c.name).sort()).toEqual([...firms].sort());
    }
  );

  it("reads a borrower's second loan written after the name (Owen Barker 2) as a person's", () => {
    const names = INVENTED_PEOPLE.en.slice(0, 6).flatMap((n) => [n, `${n} 2`]);
    const r = importWorkbook([sheet("Ledger", instalments("en", names, 60))]);
    expect(used(r)).toBe(0);
    expect(r.mappings[0].registerSheet).toBeNull();
  });
});

describe("a numbered test entry", () => {
  it.each([
    ["Test Customer 2", true],
    ["测试客户1", true],
    ["測試客戶3", true],
    ["Sample 12", true],
    ["Sample & Sons", false],
    ["Demo 2024", false],
  ] as const)("%s is a test entry: %s", (name, test) => {
    expect(isTestName(name)).toBe(test);
  });
});
