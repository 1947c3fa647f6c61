import { sheetBlocks } from "../../src/importer/detect-table";
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const ORDERS = ["Customer", "Order date", "Amount", "Courier"];
const RETURNS = ["Returned on", "Customer", "Reason", "Credit"];

/**
 * A weekly log of two tables written one under the other, week after week: the week and "Orders"
 * over the orders' header, then "Returns" over the returns' header, with no blank row between the
 * two tables of a week.
 */
function weeklyLog(): SourceCell[][] {
  const d = (day: number) => new Date(Date.UTC(2024, 2, day));
  return [
    ["Week 10"],
    ["Orders"],
    ORDERS,
    ["Halden Bakery", d(4), 310.5, "DPD"],
    ["Corran Mills", d(5), 88.2, "UPS"],
    ["Pelham & Rowe", d(6), 1240.75, "DPD"],
    ["Returns"],
    RETURNS,
    [d(7), "Corran Mills", "damaged", 22.4],
    [d(8), "Ashby Garden Centre", "wrong size", 61.9],
    [],
    ["Week 11"],
    ["Orders"],
    ORDERS,
    ["Ashby Garden Centre", d(11), 415.0, "UPS"],
    ["Tolland Print", d(12), 97.35, "DPD"],
    ["Returns"],
    RETURNS,
    [d(14), "Halden Bakery", "late", 310.5],
  ];
}

describe("tables interleaved down a sheet, each header written again and again", () => {
  it("cuts at each copy of a recurring header and joins each header's blocks into one table", () => {
    const blocks = sheetBlocks(sheet("Log", weeklyLog()));
    const tables = blocks.map((b) => b.table);
    expect(tables.map((t) => t?.headerRows)).toEqual([[3], [8]]);
    expect(tables[0]?.columns.map((c) => c.text)).toEqual(ORDERS);
    expect(tables[1]?.columns.map((c) => c.text)).toEqual(RETURNS);
    // The orders table holds both weeks' orders, never a return.
    const ordersRows = [...blocks[0].view.rows.keys()].filter((i) => blocks[0].view.rows[i]);
    expect(ordersRows.map((i) => i + 1)).toEqual([1, 2, 3, 4, 5, 6, 12, 13, 14, 15, 16]);
    expect(tables[0]?.headerCopies).toEqual({ copies: [14], titles: [12, 13] });
    const returnsRows = [...blocks[1].view.rows.keys()].filter((i) => blocks[1].view.rows[i]);
    expect(returnsRows.map((i) => i + 1)).toEqual([7, 8, 9, 10, 17, 18, 19]);
    expect(tables[1]?.headerCopies).toEqual({ copies: [18], titles: [17] });
  });

  it("leaves a header written once over records written twice as one table", () => {
    // An export's duplicate lines hold words of the register (Invoice Address, Customer) in
    // columns where other rows write them too: they are records, not headers.
    const rows: SourceCell[][] = [
      ["Display Name", "Address Type", "Party", "Street"],
      ["Varga Freight", "Invoice Address", "Customer", "Rua Alta 12"],
      ["Mendes Lda", "Delivery Address", "Vendor", "Av. Central 4"],
      ["Varga Freight", "Invoice Address", "Customer", "Rua Alta 12"],
      ["Ostra Foods", "Invoice Address", "Customer", "Largo Norte 9"],
      ["Mendes Lda", "Delivery Address", "Vendor", "Av. Central 4"],
      ["Pinto Irmãos", "Delivery Address", "Vendor", "Rua Sul 30"],
    ];
    const blocks = sheetBlocks(sheet("Partners", rows));
    expect(blocks).toHaveLength(1);
    expect(blocks[0].table?.headerRows).toEqual([1]);
    expect(blocks[0].table?.headerCopies).toBeUndefined();
  });

  it("imports one client per form of a sheet of forms, the forms' own lines no records", () => {
    // Quotations to customers, one form each: a title, the header, the customer and its tax
    // number merged down the item rows, then the terms' labels over their values, a blank row.
    const rows: SourceCell[][] = [];
    const merges: string[] = [];
    const forms: [string, string, [string, number, number][]][] = [
      [
        "宏昌五金有限公司",
        "04211867",
        [
          ["不鏽鋼螺絲", 200, 700],
          ["膨脹螺栓", 50, 600],
          ["墊片", 500, 200],
        ],
      ],
      ["大同水電材料有限公司", "53120487", [["PVC管", 40, 3400]]],
      [
        "永益建材股份有限公司",
        "80325561",
        [
          ["水泥", 30, 6300],
          ["砂", 12, 4560],
        ],
      ],
    ];
    forms.forEach(([customer, taxNumber, items], n) => {
      rows.push([`報價單 第${n + 1}號`]);
      rows.push(["客戶名稱", "統一編號", "品名", "數量", "金額"]);
      const first = rows.length + 1;
      items.forEach(([item, qty, amount], i) =>
        rows.push([i === 0 ? customer : null, i === 0 ? taxNumber : null, item, qty, amount])
      );
      if (items.length > 1) {
        merges.push(`A${first}:A${first + items.length - 1}`);
        merges.push(`B${first}:B${first + items.length - 1}`);
      }
      rows.push(["付款方式", "交貨地點", "報價有效期"]);
      rows.push(["月結30天", "台中市西屯區", "七天"]);
      rows.push([]);
    });
    const result = importWorkbook([sheet("報價", rows, merges)]);
    expect(result.records.Clients.map((c) => c.name)).toEqual([
      "宏昌五金有限公司",
      "大同水電材料有限公司",
      "永益建材股份有限公司",
    ]);
    const terms = result.mappings.find((m) => m.columns[0]?.header === "付款方式");
    expect(terms?.registerSheet).toBeNull();
    expect(terms?.kind).toBe("form-lines");
    expect(
      Object.values(result.records).every((list) => list.every((r) => r.name !== "月結30天"))
    ).toBe(true);
    expect(result.records.Visits).toEqual([]);
  });
});

describe("a sheet of forms of one line each", () => {
  it("keeps the sheet's own header as the records' table, though each form holds one line", () => {
    // Delivery slips, one customer line each, the driver's lines under each under their own labels.
    const rows: SourceCell[][] = [];
    const slips: [string, string, number][] = [
      ["Fenwick Dairy Ltd", "12 Mill Lane, Bodmin", 14],
      ["Ormsby Cafe Co", "3 Quay St, Truro", 6],
      ["Lanyon Hotel Ltd", "Lanyon Rd, Penzance", 22],
    ];
    slips.forEach(([customer, address, crates], n) => {
      rows.push([`Delivery slip ${n + 101}`]);
      rows.push(["Customer", "Address", "Crates"]);
      rows.push([customer, address, crates]);
      rows.push(["Driver", "Van", "Signed"]);
      rows.push(["T. Hosking", "VN21 KLP", "yes"]);
      rows.push([]);
    });
    const blocks = sheetBlocks(sheet("Slips", rows));
    expect(blocks.map((b) => b.table?.headerRows)).toEqual([[2], [4]]);
    expect(blocks[0].table?.headerCopies?.formLines).toBeUndefined();
    expect(blocks[1].table?.headerCopies?.formLines).toBe(true);
    const result = importWorkbook([sheet("Slips", rows)]);
    expect(result.records.Clients.map((c) => c.name)).toEqual(slips.map(([name]) => name));
  });
});

describe("a name merged down a column names every row it covers", () => {
  it("reads a job sheet whose customer is merged over its job rows as naming each row", () => {
    const rows: SourceCell[][] = [["Customer name", "Service", "Hours", "Rate"]];
    const merges: string[] = [];
    const customers = [
      "Kerrow Marine Ltd",
      "Ballard Pumps Inc",
      "Tessin Water Co",
      "Abbot Hydraulics",
    ];
    customers.forEach((customer, c) => {
      const first = rows.length + 1;
      ["pump overhaul", "seal check", "pressure test"].forEach((service, i) =>
        rows.push([i === 0 ? customer : null, service, i + 2, 45 + c * 5])
      );
      merges.push(`A${first}:A${first + 2}`);
    });
    const result = importWorkbook([sheet("Jobs", rows, merges)]);
    expect(result.mappings[0].decision?.subject).toMatchObject({ named: 12, rows: 12 });
    expect(result.records.Clients.map((c) => c.name)).toEqual(customers);
  });
});
