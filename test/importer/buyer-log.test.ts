/**
 * A log of transactions (shipments, repairs, payments) whose party comes back down the rows, in a
 * workbook with no client list: each party is one client, its rows merged. The party is told by
 * what stays with it on its rows (a phone, an e-mail) or, with nothing else, by names that read as
 * people's or firms' names on dated rows. Rows naming no party (a product's sales, a portfolio's
 * own trades) stay what they were, and so does any log beside a client list. Invented sheets only,
 * in shapes no corpus file has (other headers, column orders and sizes).
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { ImportResult, SourceCell } from "../../src/importer/types";
import { INVENTED_COMPANIES, INVENTED_PEOPLE, sheet } from "./helpers";

const pad = (n: number) => String(n).padStart(2, "0");
const buyerIssue = (r: ImportResult) => r.issues.find((i) => i.code === "sheet.why.buyer-log");

/** Row i's party among `parties`, coming back unevenly (the first on many rows, some on two). */
const partyOf = (i: number, parties: number) => (i % 3 === 0 ? 0 : 1 + ((i * 7) % (parties - 1)));

/** A courier's orders: the recipient and the recipient's phone on each, parcels and a charge. */
function waybills(rows: number, people: readonly string[]): SourceCell[][] {
  const out: SourceCell[][] = [
    ["Order No.", "Qty", "Recipient Tel.", "Dispatched", "Recipient", "Charge (AED)", "Route"],
  ];
  for (let i = 0; i < rows; i++) {
    const p = partyOf(i, people.length);
    out.push([
      `SO-${88000 + i * 13}`,
      1 + (i % 4),
      `+971 50 321 ${pad(40 + p)}${pad(p * 3)}`,
      `2025-${pad((i % 9) + 1)}-${pad((i % 26) + 2)}`,
      people[p],
      `${(35 + (i % 6) * 12.5).toFixed(2)}`,
      ["Dubai–Sharjah", "Dubai–Ajman", "Abu Dhabi–Al Ain"][i % 3],
    ]);
  }
  return out;
}

/** A maker's shipments to its dealers, copied out of a pivot: 回款 per dealer and day, no phone. */
function dealerPivot(rows: number, dealers: readonly string[]): SourceCell[][] {
  const out: SourceCell[][] = [["业务区域", "回款日期", "客户名称", "求和项:回款金额"]];
  for (let i = 0; i < rows; i++) {
    const d = partyOf(i, dealers.length);
    out.push([
      ["华东", "华南", "西南"][d % 3],
      `2024/${(i % 12) + 1}/${(i % 27) + 1}`,
      dealers[d],
      12000 + ((i * 911) % 50000),
    ]);
  }
  return out;
}

/**
 * A shipment log of 50 rows naming six buyers again and again under `header` (its columns in any
 * order): read by its headers as a client list naming nobody, the workbook lists no clients else.
 */
function shipmentLog(header: readonly string[], buyers: readonly string[]): SourceCell[][] {
  const kinds = [
    "单号|Doc No",
    "日期|Date",
    "客户|Customer",
    "产品|Product",
    "数量|Qty",
    "金额|Amount",
  ];
  const rows: SourceCell[][] = [[...header]];
  for (let i = 0; i < 50; i++) {
    const values: SourceCell[] = [
      `FH${20240100 + i}`,
      `2024-${pad((i % 12) + 1)}-${pad((i % 27) + 1)}`,
      buyers[(i * 7) % 6],
      ["Bearing", "Gear", "Chain"][i % 3],
      1 + (i % 9),
      100 * ((i % 13) + 1),
    ];
    rows.push(header.map((h) => values[kinds.findIndex((k) => k.split("|").includes(h))]));
  }
  return rows;
}

describe("the buyers of a log in a workbook that lists its clients nowhere", () => {
  it("makes one client per recipient of a courier's orders, told apart by the phone", () => {
    const people = INVENTED_PEOPLE.en.slice(0, 7);
    const r = importWorkbook([sheet("Dispatch", waybills(41, people))]);
    const m = r.mappings.find((x) => x.sheet === "Dispatch");
    expect(m?.registerSheet).toBe("Clients");
    const rows = waybills(41, people).slice(1);
    const recipients = [...new Set(rows.map((row) => row[4] as string))].sort();
    expect(r.records.Clients.map((c) => c.name).sort()).toEqual(recipients);
    expect(r.summary).toMatchObject({
      sourceRows: 41,
      imported: recipients.length,
      merged: 41 - recipients.length,
      rejected: 0,
    });
    const owen = r.records.Clients.find((c) => c.name === people[0]);
    expect(owen?.phone).toContain("321");
    const issue = buyerIssue(r);
    expect(issue?.severity).toBe("info");
    expect(issue?.params).toMatchObject({ count: recipients.length, rows: 41 });
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      const text = renderMessage(issue!.code!, issue!.params!, lang);
      expect(text).not.toContain("sheet.why");
      expect(text).toContain("41");
      expect(text).toContain("Recipient Tel.");
    }
  });

  it("reads the dealers of a pivot copied out as values (firms on dated rows) as the clients", () => {
    const dealers = INVENTED_COMPANIES["zh-CN"].slice(0, 5);
    const r = importWorkbook([sheet("回款明细", dealerPivot(30, dealers))]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients.map((c) => c.name).sort()).toEqual([...dealers].sort());
    expect(buyerIssue(r)?.params).toMatchObject({ count: 5, rows: 30 });
    expect(renderMessage(buyerIssue(r)!.code!, buyerIssue(r)!.params!, "zh-CN")).toContain(
      "回款日期"
    );
  });

  it("does not take a serial that changes on every row of one buyer for the client's number", () => {
    const people = INVENTED_PEOPLE["zh-TW"].slice(0, 6);
    const rows: SourceCell[][] = [
      ["繳費日期", "會員姓名", "行動電話", "會員編號", "數量", "訂單號"],
    ];
    for (let i = 0; i < 24; i++) {
      const p = partyOf(i, people.length);
      rows.push([
        `2025/${pad((i % 12) + 1)}/${pad((i % 20) + 3)}`,
        people[p],
        `0912-345-${String(100 + p * 11)}`,
        `P${70310 + i * 3}`,
        1 + (i % 3),
        `T${5200 + i}`,
      ]);
    }
    const r = importWorkbook([sheet("繳費紀錄", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    const members = new Set(rows.slice(1).map((row) => row[1]));
    expect(r.records.Clients).toHaveLength(members.size);
    const serial = r.mappings[0].columns.find((c) => c.header === "會員編號");
    expect(serial?.field).toBeNull();
  });

  it("takes the buyer's own name, the one that stays with the buyer's phone, not the recipient's", () => {
    const handles = ["petalfan88", "mossy.k", "LilyRose_7", "tulipTom", "fernqueen", "ivy-and-me"];
    const recipients = INVENTED_PEOPLE.en;
    const rows: SourceCell[][] = [
      ["Delivery Date", "Order Ref", "Qty", "Deliver To", "Buyer Handle", "Buyer Mobile"],
    ];
    for (let i = 0; i < 36; i++) {
      const b = partyOf(i, handles.length);
      rows.push([
        `2025-02-${pad((i % 27) + 1)}`,
        `FL-${3100 + i}`,
        1 + (i % 2),
        recipients[(b + i) % recipients.length],
        handles[b],
        `+61 412 600 ${String(300 + b * 17)}`,
      ]);
    }
    const r = importWorkbook([sheet("Bouquets", rows)]);
    const m = r.mappings[0];
    expect(m.registerSheet).toBe("Clients");
    const field = (h: string) => m.columns.find((c) => c.header === h)?.field;
    expect(field("Buyer Handle")).toBe("name");
    expect(field("Deliver To")).toBeNull();
    const buyers = new Set(rows.slice(1).map((row) => row[4]));
    expect(r.records.Clients).toHaveLength(buyers.size);
    expect(r.records.Clients.every((c) => handles.includes(c.name as string))).toBe(true);
  });

  it("leaves a product's sales log alone: its names are products, no party comes back", () => {
    const rows: SourceCell[][] = [["Sold On", "Product Name", "Units", "Till", "Takings"]];
    const products = ["Rye Loaf", "Seed Bagel", "Olive Focaccia", "Plain Croissant"];
    for (let i = 0; i < 30; i++)
      rows.push([
        `2025-04-${pad((i % 28) + 1)}`,
        products[i % 4],
        2 + (i % 5),
        ["Till 1", "Till 2"][i % 2],
        14.5 + i,
      ]);
    const r = importWorkbook([sheet("Bakery sales", rows)]);
    expect(r.records.Clients ?? []).toHaveLength(0);
    expect(buyerIssue(r)).toBeUndefined();
  });

  it("leaves a log alone whose only names are a few that sort the lines (a channel)", () => {
    const rows: SourceCell[][] = [["Booked", "Ticket No", "Channel", "Seats", "Fare Paid"]];
    const channels = ["Walk In", "Travel Agent", "Web Portal"];
    for (let i = 0; i < 180; i++)
      rows.push([
        `2024-11-${pad((i % 28) + 1)}`,
        `TK${40000 + i}`,
        channels[i % 3],
        1 + (i % 3),
        90 + i,
      ]);
    const r = importWorkbook([sheet("Bookings", rows)]);
    expect(r.records.Clients ?? []).toHaveLength(0);
    expect(buyerIssue(r)).toBeUndefined();
  });

  it("leaves the log alone beside a client list of the same people", () => {
    const people = INVENTED_PEOPLE.en.slice(2, 9);
    const clients: SourceCell[][] = [["Client", "Mobile", "E-mail"]];
    people.forEach((p, k) =>
      clients.push([p, `+971 55 700 ${pad(10 + k)}${pad(k)}`, `c${k}@example.ae`])
    );
    const r = importWorkbook([sheet("Clients", clients), sheet("Dispatch", waybills(41, people))]);
    expect(r.mappings.find((m) => m.sheet === "Dispatch")?.registerSheet).toBeNull();
    expect(r.records.Clients).toHaveLength(7);
    expect(buyerIssue(r)).toBeUndefined();
  });

  it("leaves the log alone beside a rep's log of visits naming the clients", () => {
    const firms = INVENTED_COMPANIES.en.slice(0, 5);
    const visits: SourceCell[][] = [["Visit Date", "Client", "Person Met", "Key Points"]];
    for (let i = 0; i < 12; i++)
      visits.push([
        `2025-03-${pad(i + 2)}`,
        firms[i % 5],
        INVENTED_PEOPLE.en[i % 7],
        ["asked for samples", "price review", "new project"][i % 3],
      ]);
    const people = INVENTED_PEOPLE.en.slice(2, 9);
    const r = importWorkbook([sheet("Visits", visits), sheet("Dispatch", waybills(41, people))]);
    expect(r.mappings.find((m) => m.sheet === "Visits")?.registerSheet).toBe("Visits");
    expect(r.mappings.find((m) => m.sheet === "Dispatch")?.registerSheet).toBeNull();
    expect(buyerIssue(r)).toBeUndefined();
  });

  it("leaves a log alone when the parties do not come back", () => {
    const people = [...INVENTED_PEOPLE.en, ...INVENTED_PEOPLE["zh-CN"]];
    const rows = waybills(1, people).slice(0, 1);
    people.slice(0, 12).forEach((p, i) => {
      const row = waybills(i + 1, people)[i + 1];
      row[4] = p;
      rows.push(row);
    });
    const r = importWorkbook([sheet("Dispatch", rows)]);
    expect(buyerIssue(r)).toBeUndefined();
  });
  it("takes firms, schools, shops and people together as the buyers of a delivery log", () => {
    // No kind of name is half the rows alone: a person, a firm, a school, a café, a printer.
    const buyers = [
      "Owen Barker",
      "Cobalt Group Ltd",
      "Riverside Primary School",
      "Juniper Corner Café",
      "Harbour Printing Works",
      "The Old Mill Tavern",
    ];
    const rows: SourceCell[][] = [
      ["Line", "Dispatch Date", "Item", "Boxes", "Unit Price", "Balance Due", "Sold To", "VAT?"],
    ];
    for (let i = 0; i < 33; i++)
      rows.push([
        i + 1,
        `2024-${pad((i % 11) + 1)}-${pad((i % 27) + 1)}`,
        ["Toner", "A4 Paper", "Stapler"][i % 3],
        1 + (i % 6),
        [12.5, 4.2, 9][i % 3],
        i % 4 === 0 ? 20 + i : 0,
        buyers[partyOf(i, buyers.length)],
        i % 2 ? "yes" : "no",
      ]);
    const r = importWorkbook([sheet("Deliveries", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    const named = new Set(rows.slice(1).map((row) => row[6]));
    expect(r.records.Clients.map((c) => c.name).sort()).toEqual([...named].sort());
    expect(buyerIssue(r)?.params).toMatchObject({ count: named.size, rows: 33 });
  });

  it("takes the column headed as the client for the buyer and keeps only what stays with it", () => {
    // Five people coming back on every row under 客戶 would read as the staff on the rows.
    const buyers = INVENTED_PEOPLE["zh-TW"].slice(0, 5);
    const taxIds = ["24536871", "53012984", "16480277", "80543126", "42917735"];
    const rows: SourceCell[][] = [
      ["客戶", "統一編號", "送貨日期", "送貨地址", "品名", "單價", "數量", "金額"],
    ];
    for (let i = 0; i < 28; i++) {
      const b = partyOf(i, buyers.length);
      rows.push([
        buyers[b],
        taxIds[b],
        `${2023 + (i % 2)}/${(i % 12) + 1}/${(i % 25) + 2}`,
        `臺中市西屯區工業區${(i % 9) + 1}路${10 + i * 3}號`,
        ["紙箱", "膠帶", "棧板"][i % 3],
        [12, 35, 180][i % 3],
        10 * (1 + (i % 4)),
        1500 + i * 35,
      ]);
    }
    const r = importWorkbook([sheet("出貨", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    const field = (h: string) => r.mappings[0].columns.find((c) => c.header === h)?.field;
    expect(field("客戶")).toBe("name");
    // What changes from delivery to delivery (where the goods went) is no field of the buyer's;
    // the buyer's tax number, the same on each of its rows, is.
    expect(field("送貨地址")).toBeNull();
    expect(field("送貨日期")).toBeNull();
    expect(field("統一編號")).not.toBeNull();
    expect(r.records.Clients).toHaveLength(new Set(rows.slice(1).map((row) => row[0])).size);
  });
  it.each([
    [["单号", "日期", "客户", "产品", "数量", "金额"], INVENTED_COMPANIES["zh-CN"]],
    [["Doc No", "Date", "Customer", "Product", "Qty", "Amount"], INVENTED_COMPANIES.en],
  ] as const)(
    "reads a shipment log whose only client column, firms, comes back (%j) as its buyers",
    (header, names) => {
      const buyers = names.slice(0, 6);
      const r = importWorkbook([sheet("Shipments", shipmentLog(header, buyers))]);
      expect(r.records.Insurance ?? []).toHaveLength(0);
      expect(r.records.Clients.map((c) => c.name).sort()).toEqual([...buyers].sort());
      expect(buyerIssue(r)?.params).toMatchObject({ count: 6, rows: 50 });
    }
  );
  it.each([
    [["单号", "日期", "客户", "产品", "数量", "金额"], INVENTED_PEOPLE["zh-CN"]],
    [["Customer", "Doc No", "Amount", "Date", "Qty", "Product"], INVENTED_PEOPLE.en],
  ] as const)("leaves out a shipment log of private people named alone (%j)", (header, names) => {
    // No phone, address or ID on the log: names and no more (people-named-alone.test.ts).
    const r = importWorkbook([sheet("Shipments", shipmentLog(header, names.slice(0, 6)))]);
    expect(r.records.Insurance ?? []).toHaveLength(0);
    expect(r.records.Clients ?? []).toHaveLength(0);
    expect(buyerIssue(r)).toBeUndefined();
  });
});
