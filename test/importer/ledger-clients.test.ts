/**
 * The clients of a ledger: a sales journal, an ageing report, a tax register kept a sheet per
 * quarter or a headerless sales dump names its buyers on transaction rows. With no client list in
 * the workbook, a person keeps one client per buyer, every row read into the buyer it names, and
 * nothing of the transactions. Invented sheets only, in shapes no corpus file has.
 */
import { importWorkbook } from "../../src/importer";
import { mappingLines } from "../../src/importer/mapping-file";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { INVENTED_COMPANIES, INVENTED_PEOPLE, sheet } from "./helpers";

const pad = (n: number) => String(n).padStart(2, "0");
const day = (i: number) => `2024-${pad((i % 12) + 1)}-${pad((i % 27) + 1)}`;
const buyerLog = (r: ReturnType<typeof importWorkbook>, name: string) =>
  r.issues.find((i) => i.code === "sheet.why.buyer-log" && i.sheet === name);

/** A wholesaler's year of journal lines to a few shops: each shop on a hundred lines and more. */
function journal(shops: readonly string[], lines: number): SourceCell[][] {
  const out: SourceCell[][] = [["Entry", "Posted", "Customer", "Invoice No", "Units", "Amount"]];
  for (let i = 0; i < lines; i++)
    out.push([
      `JE-${7000 + i}`,
      day(i),
      shops[(i * 3) % shops.length],
      `INV-${31000 + i * 3}`,
      1 + (i % 9),
      Math.round(100 + ((i * 37) % 900)),
    ]);
  return out;
}

/** An account lookup of two lines beside the journal: the ledger's own accounts, no clients. */
const accounts: SourceCell[][] = [
  ["Account", "Name"],
  [4100, "Retail Sales"],
  [4200, "Online Sales"],
];

describe("the clients of a ledger", () => {
  it("makes one client per shop of a journal with a hundred lines a shop, beside a two-line lookup", () => {
    const shops = INVENTED_COMPANIES.en.slice(0, 5);
    const r = importWorkbook([sheet("Lines", journal(shops, 600)), sheet("Lookup", accounts)]);
    expect(r.mappings.find((m) => m.sheet === "Lines")?.registerSheet).toBe("Clients");
    expect(r.records.Clients.map((c) => c.name).sort()).toEqual([...shops].sort());
    expect(buyerLog(r, "Lines")?.params).toMatchObject({ count: 5, rows: 600 });
    // Every line is read into its shop: none is passed over as naming no one in particular.
    const lines = r.rows.filter((row) => row.sheet === "Lines");
    expect(lines.filter((row) => row.outcome === "skipped")).toEqual([]);
    expect(r.summary.imported + r.summary.merged).toBe(600);
  });

  it("reads an ageing report's open invoices as the customers they are owed by", () => {
    const firms = INVENTED_COMPANIES.en.slice(3, 10);
    const rows: SourceCell[][] = [
      ["Customer No", "Customer", "Document", "Due", "Days Overdue", "Open Amount", "Balance"],
    ];
    for (let i = 0; i < 40; i++) {
      const f = (i * 5) % firms.length;
      rows.push([
        `C${pad(f + 11)}0`,
        firms[f],
        `DN/${5500 + i}`,
        day(i),
        (i * 13) % 200,
        1000 + ((i * 271) % 9000),
        1000 + ((i * 113) % 9000),
      ]);
    }
    const r = importWorkbook([sheet("Debtors Report", rows)]);
    expect(r.mappings.find((m) => m.sheet === "Debtors Report")?.registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(firms.length);
    expect(r.summary.imported + r.summary.merged).toBe(40);
  });

  it("reads every quarter's sheet of a tax register, a quarter with each buyer once among them", () => {
    const buyers = INVENTED_COMPANIES.en.slice(0, 6);
    const quarter = (names: readonly string[], note: boolean): SourceCell[][] => [
      ["Sales register"],
      [],
      ["Date", "Party", "Bill No", "Taxable", "Output Tax", "Bill Total", ...(note ? [""] : [])],
      ...names.map((n, i) => [
        day(i),
        n,
        `S/${900 + i}`,
        5000 + i * 10,
        900 + i,
        5900 + i * 11,
        ...(note && i === 1 ? ["checked"] : []),
      ]),
    ];
    const busy = [0, 1, 0, 2, 0, 1, 0, 3].map((i) => buyers[i]);
    const r = importWorkbook([
      sheet("Q1", quarter(busy, true)),
      sheet("Q2", quarter([buyers[0], buyers[4], buyers[5]], false)),
      sheet("Q3", quarter(busy.slice().reverse(), true)),
    ]);
    for (const q of ["Q1", "Q2", "Q3"])
      expect(r.mappings.find((m) => m.sheet === q)?.registerSheet).toBe("Clients");
    expect(r.records.Clients.map((c) => c.name).sort()).toEqual([...buyers].sort());
  });

  it("reads a headerless sales dump's customers, the rep who sold to each as the owner", () => {
    const reps = INVENTED_PEOPLE.en.slice(0, 2);
    const firms = INVENTED_COMPANIES.en.slice(0, 12);
    const rows: SourceCell[][] = [];
    for (let i = 0; i < 90; i++) {
      const f = (i * 7) % firms.length;
      rows.push([
        `${20400 + i}`,
        reps[f % reps.length],
        firms[f],
        ["Router X2", "Switch 24p", "Cable 5m"][i % 3],
        `${150 + (i % 5) * 20}`,
        `${1 + (i % 3)}.00`,
        `${(150 + (i % 5) * 20) * (1 + (i % 3))}.00`,
        day(i),
      ]);
    }
    const r = importWorkbook([sheet("dump", rows)]);
    expect(r.mappings.find((m) => m.sheet === "dump")?.registerSheet).toBe("Clients");
    expect(r.records.Clients.map((c) => c.name).sort()).toEqual([...firms].sort());
    const first = r.records.Clients.find((c) => c.name === firms[0]);
    expect(first?.owner).toBe(reps[0]);
  });

  it("keeps a journal beside a client list out, and a product's sales log out", () => {
    const shops = INVENTED_COMPANIES.en.slice(0, 5);
    const list: SourceCell[][] = [
      ["Client", "Phone"],
      ...shops.map((s, i) => [s, `+1 416 555 01${pad(i)}`]),
    ];
    const beside = importWorkbook([sheet("Clients", list), sheet("Lines", journal(shops, 300))]);
    expect(beside.mappings.find((m) => m.sheet === "Lines")?.registerSheet).toBeNull();
    expect(beside.records.Clients).toHaveLength(5);

    const products: SourceCell[][] = [["Product Name", "Qty", "Amount", "Date", "Channel"]];
    for (let i = 0; i < 200; i++)
      products.push([
        ["Hat", "Scarf", "Glove", "Sock"][i % 4],
        1 + (i % 3),
        20 + (i % 7),
        day(i),
        i % 2 ? "Online" : "Shop",
      ]);
    const sales = importWorkbook([sheet("Sales", products)]);
    expect(sales.records.Clients ?? []).toHaveLength(0);
  });

  it("keeps each line's invoice, units and amount out of the shop's notes, and says which columns", () => {
    const shops = INVENTED_COMPANIES.en.slice(0, 4);
    const r = importWorkbook([sheet("Lines", journal(shops, 80))]);
    expect(r.records.Clients).toHaveLength(4);
    for (const client of r.records.Clients)
      expect(String(client.notes ?? "")).not.toMatch(/INV-|Units|Amount|JE-/);
    const mapping = r.mappings.find((m) => m.sheet === "Lines");
    const left = mapping?.columns.filter((c) => c.source === "transaction").map((c) => c.header);
    expect(left?.sort()).toEqual(["Amount", "Entry", "Invoice No", "Posted", "Units"]);
    const said = r.issues.find(
      (i) => i.code === "import.transaction-columns" && i.sheet === "Lines"
    );
    expect(said?.params).toMatchObject({ count: 5 });
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      const text = renderMessage("import.transaction-columns", said?.params ?? {}, lang);
      expect(text).toContain("Invoice No");
      expect(text).not.toMatch(/\{\w+\}/);
    }
    const printed = mappingLines(mapping ? [mapping] : [], "zh-TW");
    expect(printed.find((l) => l.includes("Invoice No"))).toContain("每筆交易");
  });

  it("leaves out as the line's a column the headers map to a client's field whose value changes from line to line", () => {
    const shops = INVENTED_COMPANIES.en.slice(0, 4);
    const rows = journal(shops, 80);
    rows[0] = rows[0].map((h) => (h === "Entry" ? "Customer No" : h));
    const r = importWorkbook([sheet("Lines", rows)]);
    const m = r.mappings.find((x) => x.sheet === "Lines");
    expect(r.records.Clients.map((c) => c.name).sort()).toEqual([...shops].sort());
    const entry = m?.columns.find((c) => c.header === "Customer No");
    expect(entry).toMatchObject({ field: null, source: "transaction" });
    for (const client of r.records.Clients) expect(String(client.clientId)).not.toMatch(/JE-/);
    const said = r.issues.filter(
      (i) => i.code === "import.transaction-columns" && i.sheet === "Lines"
    );
    expect(said).toHaveLength(1);
    expect(String(said[0].params?.columns)).toContain("Customer No");
  });

  it("keeps a line's columns a saved mapping names, and those of a true client list", () => {
    const shops = INVENTED_COMPANIES.en.slice(0, 4);
    const mapped = importWorkbook([sheet("Lines", journal(shops, 80))], {
      mapping: { Posted: "clientSince" },
    });
    const lines = mapped.mappings.find((m) => m.sheet === "Lines");
    expect(lines?.registerSheet).toBe("Clients");
    const posted = lines?.columns.find((c) => c.header === "Posted");
    expect(posted).toMatchObject({ field: "clientSince", source: "override" });
    const list = importWorkbook([
      sheet("Clients", [
        ["Customer", "Account Manager", "Last Invoice"],
        ...shops.map((s, i) => [s, "Dana Reyes", `INV-${500 + i}`]),
      ]),
    ]);
    expect(list.mappings.flatMap((m) => m.columns).some((c) => c.source === "transaction")).toBe(
      false
    );
    expect(list.issues.some((i) => i.code === "import.transaction-columns")).toBe(false);
  });
});
