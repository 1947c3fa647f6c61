/**
 * Which party of a trade is the client: a table whose rows were bought in from suppliers (the
 * sheet or its title says purchases, a header names the supplier, its headers speak of
 * procurement, its tax is input tax) names no clients, and is left out with one line naming its
 * sheet and column; a table of sales beside it is read as before. Invented tables only, in shapes
 * no corpus file has (other headers, column orders and sizes).
 */
import { importWorkbook } from "../../src/importer";
import { tradeDirection } from "../../src/importer/trade-direction";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { INVENTED_COMPANIES, INVENTED_PEOPLE, profilesOf, sheet, table } from "./helpers";

const pad = (n: number) => String(n).padStart(2, "0");

function direction(sheetName: string, rows: SourceCell[][], title = "") {
  return tradeDirection({
    sheetName,
    title,
    headers: rows[0].map((h) => String(h ?? "")),
    profiles: profilesOf(rows),
  });
}

/** A VAT book's bills: when, the trading partner, its reference, net, input VAT, gross. */
function vatBills(count: number, firms: readonly string[], tax = "Input VAT 15%"): SourceCell[][] {
  return table(["Booked", "Trading Partner", "Bill Ref", "Net", tax, "Gross"], count, (h, i) => {
    const net = 800 + ((i * 377) % 9000);
    if (h === "Booked") return `2025-${pad((i % 12) + 1)}-${pad((i % 27) + 1)}`;
    if (h === "Trading Partner") return firms[(i * 5) % firms.length];
    if (h === "Bill Ref") return `BR/${7100 + i * 3}`;
    if (h === "Net") return net;
    if (h === "Gross") return Math.round(net * 1.15);
    return Math.round(net * 0.15);
  });
}

/** A shop's goods received (進貨), its makers named under 廠商名稱, the cost price per unit. */
function goodsIn(count: number): SourceCell[][] {
  const makers = INVENTED_COMPANIES["zh-TW"];
  return table(["進貨日", "品項", "數量", "廠商名稱", "單位進價"], count, (h, i) => {
    if (h === "進貨日") return `2024/${(i % 12) + 1}/${(i % 28) + 1}`;
    if (h === "品項") return ["茶葉", "茶具", "禮盒", "香包"][i % 4];
    if (h === "數量") return 5 + (i % 30);
    if (h === "廠商名稱") return makers[(i * 7) % makers.length];
    return 120 + (i % 9) * 15;
  });
}

describe("the direction of a trade table", () => {
  it("reads a VAT book of input tax as purchases, its partners as suppliers", () => {
    const d = direction("FY25 ledger", vatBills(14, INVENTED_COMPANIES.en));
    expect(d).toMatchObject({ side: "purchase", party: 1 });
    expect(d?.evidence).toEqual(["Input VAT 15%"]);
  });

  it("reads the same book of output tax as sales", () => {
    const d = direction("FY25 ledger", vatBills(14, INVENTED_COMPANIES.en, "Output VAT 15%"));
    expect(d?.side).toBe("sale");
  });

  it("reads goods received from makers (進貨, 廠商) as purchases, whatever the script", () => {
    const d = direction("進貨明細", goodsIn(20));
    expect(d).toMatchObject({ side: "purchase", score: 3, party: 3 });
    expect(d?.evidence).toEqual(["進貨明細", "廠商名稱", "進貨日", "單位進價"]);
  });

  it("does not take one witness for the direction: a client list naming each client's supplier", () => {
    const people = INVENTED_PEOPLE.en;
    const rows = table(["Client", "Mobile", "Preferred Supplier"], 10, (h, i) =>
      h === "Client"
        ? people[i % people.length]
        : h === "Mobile"
          ? `0412 555 ${pad(i)}${pad(i * 3)}`
          : INVENTED_COMPANIES.en[i % 3]
    );
    expect(direction("Accounts", rows)).toBeNull();
  });

  it("does not read a contact's procurement role as the table's direction", () => {
    const rows = table(["姓名", "公司", "采购角色", "手机"], 8, (h, i) =>
      h === "姓名"
        ? INVENTED_PEOPLE["zh-CN"][i]
        : h === "公司"
          ? INVENTED_COMPANIES["zh-CN"][i]
          : h === "采购角色"
            ? ["决策人", "使用人"][i % 2]
            : `139${pad(i)}88${pad(i * 2)}77`
    );
    expect(direction("关键人", rows)).toBeNull();
  });

  it("weighs a sheet named purchases against a header naming the customer: no direction", () => {
    const rows = table(["Customer", "Item", "Paid"], 9, (h, i) =>
      h === "Customer" ? INVENTED_PEOPLE.en[i] : h === "Item" ? "Gift card" : 25 + i
    );
    expect(direction("Purchases", rows)).toBeNull();
  });
});

describe("a workbook's purchases and sales", () => {
  const firms = INVENTED_COMPANIES.en;
  /** Sales to customers: each customer's number stays with it, some come back. */
  const sales = table(["Inv Date", "Customer", "Acct", "Amount"], 18, (h, i) => {
    const c = [0, 1, 2, 3, 0, 4, 1, 5, 0][i % 9];
    if (h === "Inv Date") return `2025-${pad((i % 12) + 1)}-${pad((i % 26) + 2)}`;
    if (h === "Customer") return INVENTED_PEOPLE.en[c];
    if (h === "Acct") return `C-${410 + c}`;
    return 300 + i * 17;
  });

  it("leaves a purchase table out, said on one line naming its sheet and column", () => {
    const r = importWorkbook([sheet("Buying 2025", vatBills(16, firms)), sheet("Selling", sales)]);
    const bought = r.mappings.find((m) => m.sheet === "Buying 2025");
    expect(bought?.registerSheet).toBeNull();
    expect(bought?.reasonCoded?.code).toBe("sheet.why.suppliers");
    const names = r.records.Clients.map((c) => c.name);
    for (const firm of firms) expect(names).not.toContain(firm);
    expect(names.length).toBeGreaterThan(0);
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      const text = renderMessage("sheet.why.suppliers", bought!.reasonCoded!.params, lang);
      expect(text).toContain("B (Trading Partner)");
      expect(text).toContain("Input VAT 15%");
      expect(text).not.toMatch(/sheet\.why|\{/);
      expect(renderMessage("kind.suppliers", {}, lang)).not.toContain("kind.");
    }
  });

  it("does not read the suppliers of a purchase table as buyers when no sheet lists clients", () => {
    const r = importWorkbook([sheet("進貨明細", goodsIn(30))]);
    expect(r.records.Clients).toHaveLength(0);
    expect(r.mappings[0].reasonCoded?.code).toBe("sheet.why.suppliers");
    expect(r.issues.some((i) => i.code === "sheet.why.buyer-log")).toBe(false);
  });
});
