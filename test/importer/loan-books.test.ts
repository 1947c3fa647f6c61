/**
 * A lender's book of loans read as a person reads it: headers naming a loan's own parts (the
 * amount lent with its instalment or its term) make each row a loan its borrower holds (Assets),
 * the borrower's name linking it, whatever phone columns stand beside it; a client list with a
 * tenure or a single amount stays the client list. Invented books in English, 简体 and 繁體.
 */
import { importWorkbook } from "../../src/importer";
import { loanPartHeaders } from "../../src/importer/classify-sheet";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { INVENTED_PEOPLE, sheet } from "./helpers";

/** The Clients sheet as a Chinese user types it in --map (the sheet's key or its label both work). */
const CLIENTS_IN = { en: "Clients", "zh-CN": "客户", "zh-TW": "客戶" } as const;

const day = (n: number) => `2024-03-${String(n + 1).padStart(2, "0")}`;

function book(
  header: string[],
  row: (name: string, i: number, who: number) => SourceCell[],
  names: string[]
) {
  const rows: SourceCell[][] = [header];
  // A borrower who comes back takes a second loan on a second row, under the same phone.
  [...names, names[0], names[1]].forEach((name, i) => rows.push(row(name, i, i % names.length)));
  return rows;
}

const en = book(
  ["name", "contact_no", "start_date", "loan_duration", "loan_amount", "emi", "status", "remark"],
  (name, i, who) => [
    name,
    `98${String(10000000 + who * 7919)}`,
    day(i),
    100,
    10000 + i * 5000,
    100 + i * 50,
    i % 2 ? "Active" : "Closed",
    "NA",
  ],
  INVENTED_PEOPLE.en.slice(0, 8)
);

const cn = book(
  ["借款人", "联系电话", "放款日期", "贷款金额", "月供", "贷款期限", "状态"],
  (name, i, who) => [
    name,
    `1380000${String(1000 + who)}`,
    day(i),
    50000 + i * 1000,
    2300,
    24,
    "正常",
  ],
  ["王建国", "李秀英", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄敏"]
);

const tw = book(
  ["客戶姓名", "電話", "撥款日期", "貸款金額", "每期還款", "狀態"],
  (name, i, who) => [
    name,
    `0912-000-${String(100 + who)}`,
    day(i),
    300000 + i * 1000,
    8900,
    "繳款中",
  ],
  ["陳志明", "林淑芬", "黃建宏", "張雅婷", "李冠廷", "王怡君", "吳宗翰", "蔡佩珊"]
);

describe("a book of loans is what its borrowers hold", () => {
  it.each([
    ["en", en, "loan_amount", "name"],
    ["zh-CN", cn, "贷款金额", "借款人"],
    ["zh-TW", tw, "貸款金額", "客戶姓名"],
  ] as const)("reads each row of the %s book as a loan (Assets)", (_lang, rows, amount, name) => {
    const r = importWorkbook([sheet("Sheet1", rows as SourceCell[][])]);
    expect(r.mappings[0].registerSheet).toBe("Assets");
    const cols = Object.fromEntries(r.mappings[0].columns.map((c) => [c.header, c.field]));
    expect(cols[amount]).toBe("marketValue");
    expect(cols[name]).toBe("clientName");
    // One loan a row, the returning borrower's two loans on one client.
    expect(r.records.Assets).toHaveLength(10);
    expect(r.records.Clients).toHaveLength(8);
  });

  it("says why the rows were read as loans, in every language", () => {
    const r = importWorkbook([sheet("Sheet1", en)]);
    const said = r.issues.filter((i) => i.code === "import.loans-as-assets");
    expect(said).toHaveLength(1);
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      const text = renderMessage(said[0].code ?? "", said[0].params ?? {}, lang) ?? "";
      expect(text).toContain("loan_amount");
      expect(text).toContain(`--map "Sheet1!*=${CLIENTS_IN[lang]}"`);
      expect(text).not.toContain("import.");
    }
  });

  it("needs two of a loan's parts: a tenure or an amount alone is a client's", () => {
    expect(loanPartHeaders(["Name", "Phone", "Tenure", "Amount", "Interest Rate"])).toEqual([]);
    expect(loanPartHeaders(["客户名称", "贷款金额", "电话"])).toEqual([]);
    expect(loanPartHeaders(["Name", "Premium", "Term"])).toEqual([]);
    expect(loanPartHeaders(["ClientID", "CreditAmount", "CreditDurationMonths"])).toEqual([
      "CreditAmount",
      "CreditDurationMonths",
    ]);
  });

  it("keeps a client list with one loan figure as the client list", () => {
    const rows: SourceCell[][] = [["Name", "Phone", "Email", "Loan Amount", "Client Since"]];
    INVENTED_PEOPLE.en
      .slice(0, 8)
      .forEach((p, i) =>
        rows.push([p, `+44 7700 900${100 + i}`, `c${i}@example.org`, 1000 * (i + 1), day(i)])
      );
    const r = importWorkbook([sheet("Clients", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
  });
});
