/**
 * A list of sale papers — invoices or orders, each numbered on its own row — made out to parties
 * that come back down the rows, in a workbook that lists its clients nowhere. Its amount and its
 * due date read like a holding's value and maturity, but nothing on it is held (no account,
 * policy or contract number, no product): a person imports the buyers, one client each, the rows
 * merged. A firm billed with one person to ask for there is the client, the person its main
 * contact. Holdings with their own numbers stay holdings. Invented sheets only, in shapes no corpus
 * file has (other headers, column orders and sizes).
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { ImportResult, SourceCell } from "../../src/importer/types";
import { INVENTED_COMPANIES, INVENTED_PEOPLE, sheet } from "./helpers";

const pad = (n: number) => String(n).padStart(2, "0");
const papersIssue = (r: ImportResult) =>
  r.issues.find((i) => i.code === "sheet.why.buyer-log-papers");

/** Row i's party among `parties`, coming back unevenly (the first on many rows). */
const partyOf = (i: number, parties: number) => (i % 3 === 0 ? 0 : 1 + ((i * 7) % (parties - 1)));

/**
 * Unpaid invoices: the number, the amount owed and when it is due, the firm billed and whom to ask
 * for there (a surname and a first name), one person per firm unless `peoplePerFirm` says more.
 */
function invoices(
  rows: number,
  firms: readonly string[],
  people: readonly string[],
  peoplePerFirm = 1
): SourceCell[][] {
  const out: SourceCell[][] = [
    ["Due Date", "Invoice No", "Company", "Last Name", "First Name", "Amount", "Paid"],
  ];
  for (let i = 0; i < rows; i++) {
    const f = partyOf(i, firms.length);
    const [first, last] =
      people[(f * peoplePerFirm + (i % peoplePerFirm)) % people.length].split(" ");
    out.push([
      `2025-${pad((i % 11) + 1)}-${pad((i % 25) + 3)}`,
      `INV-${4100 + i}`,
      firms[f],
      last,
      first,
      120 + ((i * 37) % 900),
      i % 4 === 0 ? "Yes" : "No",
    ]);
  }
  return out;
}

/** Orders from shops, each shop under its name with its code after it, an order's amount and day. */
function shopOrders(
  header: readonly [string, string, string, string, string],
  shops: readonly string[],
  rows: number
): SourceCell[][] {
  const out: SourceCell[][] = [[...header]];
  for (let i = 0; i < rows; i++) {
    const s = partyOf(i, shops.length);
    out.push([
      i + 1,
      `${shops[s]}(${70010 + s * 17})`,
      `${9100200 + i * 11}`,
      500 * ((i % 6) + 1),
      `2025-${pad((i % 12) + 1)}-${pad((i % 27) + 1)}`,
    ]);
  }
  return out;
}

describe("sale papers made out to returning buyers", () => {
  it("imports each firm billed on an invoice list once, with the person there as its main contact", () => {
    const firms = INVENTED_COMPANIES.en.slice(0, 6);
    const people = INVENTED_PEOPLE.en.slice(0, 6);
    const r = importWorkbook([sheet("Debts", invoices(36, firms, people))]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Assets).toHaveLength(0);
    expect(r.records.Clients.map((c) => c.name).sort()).toEqual([...firms].sort());
    expect(r.summary).toMatchObject({ sourceRows: 36, imported: 6, merged: 30, rejected: 0 });
    const first = r.records.Clients.find((c) => c.name === firms[0]);
    expect(first?.mainContact).toContain("Owen");
    expect(first?.mainContact).toContain("Barker");
    const issue = papersIssue(r);
    expect(issue?.params).toMatchObject({ count: 6, rows: 36 });
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      const text = renderMessage(issue!.code!, issue!.params!, lang);
      expect(text).not.toContain("sheet.why");
      expect(text).toContain("Invoice No");
      expect(text).toContain("36");
    }
  });

  it("keeps the people as the buyers when a firm has several people on its invoices", () => {
    const firms = INVENTED_COMPANIES.en.slice(6, 9);
    const people = INVENTED_PEOPLE.en;
    const r = importWorkbook([sheet("Debts", invoices(36, firms, people, 3))]);
    const names = r.records.Clients.map((c) => c.name);
    expect(names.some((n) => firms.includes(n as never))).toBe(false);
    expect(r.records.Clients.every((c) => c.mainContact === null)).toBe(true);
  });

  it("reads a wholesaler's orders (订单号, 余额) as its shops, however the shop names end", () => {
    const shops = ["河西便利店", "东门烟酒行", "南湖超市", "北站小卖部", "城西五金店"];
    const r = importWorkbook([
      sheet("三月订单", shopOrders(["序号", "客户", "订单号", "余额", "收款日期"], shops, 40)),
    ]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(5);
    expect(r.records.Assets).toHaveLength(0);
    const issue = papersIssue(r);
    expect(issue?.params).toMatchObject({ count: 5, rows: 40 });
    expect(renderMessage(issue!.code!, issue!.params!, "zh-CN")).toContain("订单号");
  });

  it("reads a distributor's orders (訂單號碼, 餘額) as its shops", () => {
    const shops = [
      "大安文具行",
      "信義水果行",
      "中山五金行",
      "士林便利商店",
      "北投藥局",
      "內湖書局",
    ];
    const r = importWorkbook([
      sheet("訂單", shopOrders(["項次", "客戶", "訂單號碼", "餘額", "收款日期"], shops, 42)),
    ]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(6);
    const issue = papersIssue(r);
    expect(renderMessage(issue!.code!, issue!.params!, "zh-TW")).toContain("訂單號碼");
  });

  it("leaves holdings with their own account numbers as holdings", () => {
    const people = INVENTED_PEOPLE["zh-CN"].slice(0, 5);
    const rows: SourceCell[][] = [["客户名称", "账号", "订单编号", "金额", "起息日", "到期日期"]];
    for (let i = 0; i < 30; i++)
      rows.push([
        people[partyOf(i, people.length)],
        `6222${String(100000 + i * 7)}`,
        `DD${500 + i}`,
        10000 * ((i % 5) + 1),
        `2024-${pad((i % 12) + 1)}-01`,
        `2026-${pad((i % 12) + 1)}-01`,
      ]);
    const r = importWorkbook([sheet("理财", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Assets");
    expect(papersIssue(r)).toBeUndefined();
  });
});
