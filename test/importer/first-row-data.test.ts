/**
 * A list whose first row is already data has no header row: its first row's cells have the shapes
 * of the values below them (a number over numbers, a date over dates, a phone over phones), where a
 * header would hold words. Columns split by empty columns on the same rows are then one list.
 */
import { detectTable, sheetBlocks } from "../../src/importer/detect-table";
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const TOWNS = ["Riverton", "Elm Park", "Hillcrest", "Bayview", "Oakdale", "Northgate"];
const FIRMS = ["Apex", "Birch", "Cobalt", "Delta", "Ember", "Falcon", "Granite", "Harbor"];

/** A database table saved as CSV without its header: every cell is text, as a CSV reader gives. */
function invoiceLines(count: number): SourceCell[][] {
  return Array.from({ length: count }, (_, i) => [
    String(52310 + i * 3),
    `${FIRMS[i % FIRMS.length]} Traders Ltd (${TOWNS[i % TOWNS.length]})`,
    `Part ${String.fromCharCode(65 + (i % 26))}-${100 + i}`,
    `${(1200 + i * 37.5).toFixed(2)}`,
    `2024-0${1 + (i % 9)}-1${i % 10}`,
  ]);
}

describe("a list whose first row is a record by its shapes", () => {
  it("has no header row, though every cell of it is a short text", () => {
    const table = detectTable(sheet("dump", invoiceLines(12)));
    expect(table?.headerRows).toEqual([]);
    expect(table?.firstDataRow).toBe(1);
    expect(table?.lastDataRow).toBe(12);
  });

  it("nor does any row further down become its header", () => {
    const rows = invoiceLines(30);
    // A record further down whose texts would pass for a header's (short words, no figure).
    rows[20] = ["Code", "Customer", "Item", "Price", "Date"].map((w) => w);
    rows[20][0] = "52999";
    const table = detectTable(sheet("dump", rows));
    expect(table?.headerRows).toEqual([]);
  });

  it("a header row of words over the same values is still the header", () => {
    const rows = [["Invoice", "Customer", "Item", "Amount", "Date"], ...invoiceLines(12)];
    const table = detectTable(sheet("dump", rows));
    expect(table?.headerRows).toEqual([1]);
  });

  it("a header of years over figures is still the header (a year heads its column)", () => {
    const rows: SourceCell[][] = [
      ["Client", 2023, 2024, 2025],
      ...FIRMS.map((f, i) => [`${f} Ltd`, 1000.5 + i, 2000.25 + i, 3000.75 + i]),
    ];
    expect(detectTable(sheet("by year", rows))?.headerRows).toEqual([1]);
  });

  it("so is a header of years written as text over counts, as a CSV gives it", () => {
    const rows: SourceCell[][] = [
      ["Client", "2022", "2023", "2024"],
      ...FIRMS.map((f, i) => [`${f} Ltd`, String(i), String(i * 2), String(i * 3)]),
    ];
    expect(detectTable(sheet("by year", rows))?.headerRows).toEqual([1]);
  });

  it("a title with a date above a table does not make the table headerless", () => {
    const rows: SourceCell[][] = [
      ["Statement", null, null, null, "2024-06-30"],
      ["Invoice", "Customer", "Item", "Amount", "Date"],
      ...invoiceLines(12),
    ];
    expect(detectTable(sheet("dump", rows))?.headerRows).toEqual([2]);
  });

  it("a line of totals above a header of words no register knows leaves that header the header", () => {
    // Words over figures and phones head those columns, though the totals above have their shapes.
    const rows: SourceCell[][] = [
      ["Total", null, 9999.5, 2400.5],
      ["Outlet", "Line", "Dep", "Loan"],
      ...FIRMS.map((f, i) => [`${f} Ltd`, `0215550${100 + i}`, 1200.5 + i * 10, 300.25 + i]),
    ];
    expect(detectTable(sheet("balances", rows))?.headerRows).toEqual([2]);
  });

  it("numbers typed into number cells read the same way: the first record is imported", () => {
    const rows: SourceCell[][] = Array.from({ length: 10 }, (_, i) => [
      73150000 + i * 977,
      `${["王", "李", "張", "陳"][i % 4]}${["美玲", "志強", "淑芬"][i % 3]}${i}`,
      20240301 + i,
      `0${2 + (i % 7)}-${2345678 + i * 11}`,
    ]);
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.mappings[0].headerRows).toEqual([]);
    expect(r.records.Clients.map((c) => c.name)).toContain(rows[0][1]);
    expect(r.records.Clients).toHaveLength(10);
  });
});

describe("a list without a header row split by empty columns", () => {
  /** A store list saved for an app: an account, a name, then fields most stores leave empty. */
  function stores(): SourceCell[][] {
    return Array.from({ length: 14 }, (_, i) => {
      const row: SourceCell[] = [
        String(40100 + i * 13),
        `${FIRMS[i % FIRMS.length]} ${TOWNS[i % TOWNS.length]} Stores Ltd`,
      ];
      if (i % 3 === 0) {
        row[2] = `${10 + i} Main Rd, ${TOWNS[i % TOWNS.length]}`;
        row[3] = `0215550${100 + i}`;
        // Two empty columns, then the outlet type and terms; two more, then the contact.
        row[6] = i % 8 === 0 ? "Spaza" : "Supermarket";
        row[7] = i % 8 === 0 ? "Cash" : "30 days";
        row[10] = ["Thandi", "Pieter", "Lerato", "Sipho"][(i / 3) % 4];
        row[11] = `0825550${100 + i}`;
      }
      return row;
    });
  }

  it("is one list: the columns beside the names belong to the same records", () => {
    const blocks = sheetBlocks(sheet("stores", stores()));
    const tables = blocks.filter((b) => b.table !== null);
    expect(tables).toHaveLength(1);
    expect(tables[0].bounds).toMatchObject({ top: 1, left: 1, bottom: 14, right: 12 });
    expect(tables[0].table?.headerRows).toEqual([]);
  });

  it("imports every store, the first included", () => {
    const rows = stores();
    const r = importWorkbook([sheet("stores", rows)]);
    expect(r.records.Clients).toHaveLength(14);
    const first = r.records.Clients.find((c) => c.name === rows[0][1]);
    expect(first?.clientId).toBe(rows[0][0]);
    expect(first?.notes ?? "").toContain("Spaza");
  });
});
