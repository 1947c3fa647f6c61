/**
 * An account book is no list of clients: a chart of accounts (Account | Code with "Accrued
 * Payroll", 管理费用, 應收帳款 down the rows) or a cash book (Date | Description | Cr. | Dr. with
 * "Lunch", "Bus Fare") names where money goes or comes from, not people or firms, whatever
 * "Account" or "Description" over the column suggests. A list of clients whose notes or plans
 * speak of money, or of firms of one trade (all "… Insurance"), stays a list of clients.
 * Invented shapes, none of them a corpus file's.
 */
import { importWorkbook } from "../../src/importer";
import { ledgerHeadingWord } from "../../src/importer/ledger-headings";
import type { SourceCell } from "../../src/importer/types";
import { renderMessage } from "../../src/register/messages";
import { readAs, sheet, table } from "./helpers";

const CHARTS: Array<[string, string, readonly string[], readonly string[]]> = [
  [
    "English",
    "Chart",
    ["Account", "Code"],
    [
      "Accrued Payroll",
      "Accounts Receivable",
      "Office Rent",
      "Store Utilities",
      "Kitchen Wages",
      "Liquor Sales",
      "Royalty Fees",
      "Federal Income Tax",
      "Travel - Airfare",
      "Prepaid Licenses",
      "Retained Earnings",
      "Postage",
      "Vehicles",
      "Umbrella Insurance",
    ],
  ],
  [
    "简体",
    "科目表",
    ["科目名称", "科目编码"],
    [
      "库存现金",
      "银行存款",
      "应收账款",
      "其他应收款",
      "原材料",
      "固定资产",
      "累计折旧",
      "应付职工薪酬",
      "应交税费",
      "主营业务收入",
      "主营业务成本",
      "管理费用",
      "财务费用",
      "本年利润",
    ],
  ],
  [
    "繁體",
    "會計科目",
    ["會計科目", "代號"],
    [
      "零用金",
      "銀行存款",
      "應收帳款",
      "預付款項",
      "存貨",
      "累計折舊",
      "應付帳款",
      "薪資費用",
      "租金支出",
      "營業收入",
      "營業成本",
      "水電費",
      "差旅費",
      "利息收入",
    ],
  ],
];

describe("an account book's headings", () => {
  it.each(CHARTS)("a chart of accounts (%s) imports nothing", (_lang, name, headers, accounts) => {
    const rows = table(headers, accounts.length, (h, i) =>
      h === headers[0] ? accounts[i] : String(1000 + i * 10)
    );
    const r = importWorkbook([sheet(name, rows)]);
    expect(readAs(r, name)).toBeNull();
    expect(r.mappings[0].reasonCoded?.code).toBe("sheet.why.ledger-headings");
    expect(r.records.Clients ?? []).toHaveLength(0);
  });

  it("a cash book of dated spendings (Date | Description | Cr. | Dr.) imports nothing", () => {
    const items = ["Lunch", "Bus Fare", "Petrol", "Tiffin", "Mobile Recharge", "Night Meals"];
    const rows = table(["Date", "Description", "Cr.", "Dr."], 20, (h, i) => {
      if (h === "Date") return i % 3 === 0 ? new Date(Date.UTC(2021, 4, 1 + i)) : null;
      if (h === "Description") return i % 7 === 0 ? "From Office" : items[i % items.length];
      if (h === "Cr.") return i % 7 === 0 ? 1000 : null;
      return i % 7 === 0 ? null : 40 + i * 5;
    });
    const r = importWorkbook([sheet("Site Account", rows)]);
    expect(readAs(r, "Site Account")).toBeNull();
    expect(r.mappings[0].reasonCoded?.code).toBe("sheet.why.ledger-headings");
  });

  it("says why in English, 简体 and 繁體", () => {
    const params = { header: "Account", examples: ["Accrued Payroll", "Office Rent"] };
    const en = renderMessage("sheet.why.ledger-headings", params, "en");
    const cn = renderMessage("sheet.why.ledger-headings", params, "zh-CN");
    const tw = renderMessage("sheet.why.ledger-headings", params, "zh-TW");
    expect(en).toContain("account book");
    expect(en).toContain("Accrued Payroll");
    expect(cn).toContain("科目");
    expect(cn).toContain("不是人或公司");
    expect(tw).toContain("帳簿");
    expect(tw).toContain("不是人或公司");
  });

  it("reads headings in either script and never a firm's name", () => {
    expect(ledgerHeadingWord("Corporate Workers Comp Insurance")).toBe("insurance");
    expect(ledgerHeadingWord("3rd Party Refunds (Lost)")).toBe("refunds");
    expect(ledgerHeadingWord("應收帳款")).toBe("账款");
    expect(ledgerHeadingWord("管理费用")).toBe("费用");
    expect(ledgerHeadingWord("Acme Insurance Ltd")).toBeNull();
    expect(ledgerHeadingWord("华夏资产管理有限公司")).toBeNull();
    expect(ledgerHeadingWord("费玉清")).toBeNull();
    expect(ledgerHeadingWord("Marina Gate Holding")).toBeNull();
  });
});

describe("lists of clients that speak of money stay lists of clients", () => {
  const PEOPLE = ["Ann Lee", "Bob Smith", "Carla Diaz", "Dev Patel", "Eve Moss", "Finn Ray"];

  it("clients with a note of what they pay for (rent, fees, tax …) beside their phones", () => {
    const notes = ["Rent due", "Fees paid", "Tax refund", "Payroll service", "Insurance renewal"];
    const rows = table(["Client Name", "Phone", "Notes"], 18, (h, i) =>
      h === "Client Name"
        ? `${PEOPLE[i % PEOPLE.length]} ${i + 1}`
        : h === "Phone"
          ? `555-01${String(i).padStart(2, "0")}`
          : notes[i % notes.length]
    );
    const r = importWorkbook([sheet("Clients", rows)]);
    expect(readAs(r, "Clients")).toBe("Clients");
    expect(r.records.Clients).toHaveLength(18);
  });

  it.each<[string, string, (i: number) => SourceCell]>([
    [
      "insurers all '… Insurance'",
      "Insurer",
      (i) => `${PEOPLE[i % 6].split(" ")[1]} ${i + 1} Insurance`,
    ],
    ["firms of one trade, 简体", "客户名称", (i) => `华${"东南西北中"[i % 5]}${i + 1}号资产`],
  ])("%s: one or two heading words make no account book", (_what, header, name) => {
    const rows = table([header, "Code"], 12, (h, i) => (h === header ? name(i) : `C${100 + i}`));
    const r = importWorkbook([sheet("List", rows)]);
    expect(r.mappings[0].reasonCoded?.code).not.toBe("sheet.why.ledger-headings");
  });
});
