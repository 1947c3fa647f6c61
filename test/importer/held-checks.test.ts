/**
 * Loans, deposits and policies held with us are holdings; checks made on them are not visits. A
 * lender's post-loan check list — one row per loan of a few borrowers, the loan's own number, its
 * amount, the check's date, risk level and findings — is read as Assets (each row a loan, the
 * borrowers made clients when the workbook has no client list), never as visits or as a client list.
 * A bare "id" numbering the rows is the row's, not the client's. A visit log keeps its visits.
 */
import { importWorkbook } from "../../src/importer";
import { INVENTED_COMPANIES, INVENTED_PEOPLE, readAs, sheet, table } from "./helpers";

/** Twelve checks of four borrowers: the first three come back, one is a company. */
const BORROWER = [0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 0];

function checks(headers: string[], borrowers: readonly string[], words: string[]) {
  return table(
    headers,
    BORROWER.length,
    (_, r, k) =>
      [
        borrowers[BORROWER[r]],
        `JJ2024${String(1000 + r * 37)}`,
        50000 + r * 2500,
        `2024-0${(r % 9) + 1}-1${r % 10}`,
        words[r % words.length],
        words[(r + 1) % words.length],
        "金丽娟",
      ][k]
  );
}

describe("checks on holdings", () => {
  it.each([
    [
      "简体",
      "贷后检查",
      ["客户名称", "借据号", "合同金额", "检查日期", "风险等级", "检查结论", "客户经理"],
      [...INVENTED_PEOPLE["zh-CN"].slice(0, 3), INVENTED_COMPANIES["zh-CN"][0]],
      ["高风险", "中风险", "低风险"],
    ],
    [
      "English",
      "Sheet1",
      [
        "Borrower",
        "Loan No",
        "Loan Amount",
        "Inspection Date",
        "Risk Level",
        "Findings",
        "Manager",
      ],
      [...INVENTED_PEOPLE.en.slice(0, 3), INVENTED_COMPANIES.en[0]],
      ["High", "Medium", "Low"],
    ],
    [
      "繁體",
      "工作表1",
      ["客戶名稱", "帳號", "存款餘額", "稽核日期", "風險等級", "稽核結果", "客戶經理"],
      [...INVENTED_PEOPLE["zh-TW"].slice(0, 3), INVENTED_COMPANIES["zh-TW"][0]],
      ["高風險", "中風險", "低風險"],
    ],
  ])(
    "%s: each row is a holding of a borrower, not a visit",
    (_, name, headers, borrowers, words) => {
      const r = importWorkbook([sheet(name, checks(headers, borrowers, words))]);
      expect(readAs(r, name)).toBe("Assets");
      expect(r.records.Assets).toHaveLength(BORROWER.length);
      expect(r.records.Visits).toHaveLength(0);
      expect(r.records.Clients.map((c) => c.name).sort()).toEqual([...borrowers].sort());
      expect(r.records.Assets[0].marketValue).toBe(50000);
    }
  );

  it("a schema export's bare id numbers the rows, not the clients", () => {
    const borrowers = INVENTED_PEOPLE["zh-CN"];
    const rows = table(
      ["id", "bill_no", "CUS_NAME", "CONT_AMT", "check_date", "risk_level"],
      BORROWER.length,
      (_, r, k) =>
        [
          9000 + r * 13,
          `JJ2024${1000 + r}`,
          borrowers[BORROWER[r]],
          20000 + r * 100,
          `2024-05-${10 + r}`,
          "中风险",
        ][k]
    );
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(readAs(r, "Sheet1")).toBe("Assets");
    const fields = r.mappings[0].columns.map((c) => c.field);
    expect(fields[0]).toBeNull();
    expect(fields[2]).toBe("clientName");
    expect(fields[3]).toBe("marketValue");
    expect(r.records.Clients).toHaveLength(4);
  });

  it("a card list (the card's last digits, a mobile, no amount) stays a client list", () => {
    const people = INVENTED_PEOPLE["zh-CN"];
    const rows = table(
      ["姓名", "卡号后4位", "注册手机号", "账户状态"],
      BORROWER.length,
      (_, r, k) =>
        [people[BORROWER[r]], String(1000 + r * 7), `138${String(10000000 + r * 7919)}`, "正常"][k]
    );
    expect(readAs(importWorkbook([sheet("Sheet1", rows)]), "Sheet1")).toBe("Clients");
  });

  it("a visit log naming the contract it was about keeps its visits", () => {
    const people = INVENTED_PEOPLE["zh-CN"];
    const rows = table(
      ["客户名称", "拜访日期", "拜访方式", "合同号", "合同金额", "拜访内容"],
      BORROWER.length,
      (_, r, k) =>
        [
          people[BORROWER[r]],
          `2024-06-${10 + r}`,
          "上门拜访",
          `HT${2024000 + r}`,
          30000 + r * 1000,
          "回访",
        ][k]
    );
    expect(readAs(importWorkbook([sheet("拜访记录", rows)]), "拜访记录")).toBe("Visits");
  });
});
