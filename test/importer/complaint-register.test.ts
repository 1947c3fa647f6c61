/**
 * A complaint register without a client list: the one who complained (Complainant, 投诉人, 投訴人,
 * 申诉人) is the client each complaint is about, so the distinct complainants become clients and
 * a repeat complainant's complaints share one. A Category column beside a Product column is the
 * category; the product stays in notes. Open cases (no close date, no status) are open.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

describe("a complaint register names its complainant", () => {
  const english: SourceCell[][] = [
    ["Ref", "Date received", "Complainant", "Product", "Category", "Summary", "Date closed"],
    [
      "CX-01",
      "03/02/2025",
      "Ms Ada Finch",
      "Home Cover",
      "Claims handling",
      "Slow claim",
      "20/02/2025",
    ],
    [
      "CX-02",
      "05/02/2025",
      "Mr Tobias Wren",
      "Motor Plus",
      "Sales",
      "Mis-sold add-on",
      "28/02/2025",
    ],
    ["CX-03", "17/02/2025", "Ms Ada Finch", "Pet Care", "Service", "Rude call", ""],
    ["CX-04", "21/02/2025", "Dr Imogen Hale", "Home Cover", "Claims handling", "Lost papers", ""],
  ];

  it("makes one client per complainant (courtesy titles off the name) and links each complaint to it", () => {
    const r = importWorkbook([sheet("Complaints 2025", english)]);
    const cols = Object.fromEntries(r.mappings[0].columns.map((c) => [c.header, c.field]));
    expect(r.mappings[0].registerSheet).toBe("Complaints");
    expect(cols.Complainant).toBe("clientName");
    expect(r.records.Clients.map((c) => c.name).sort()).toEqual([
      "Ada Finch",
      "Dr Imogen Hale",
      "Tobias Wren",
    ]);
    const idOf = new Map(r.records.Clients.map((c) => [c.name, c.clientId]));
    expect(r.records.Complaints.map((c) => c.clientId)).toEqual([
      idOf.get("Ada Finch"),
      idOf.get("Tobias Wren"),
      idOf.get("Ada Finch"),
      idOf.get("Dr Imogen Hale"),
    ]);
    expect(r.issues.some((i) => i.code === "link.no-client")).toBe(false);
  });

  it("Category is the category; the Product column beside it stays in notes", () => {
    const r = importWorkbook([sheet("Complaints 2025", english)]);
    const cols = Object.fromEntries(r.mappings[0].columns.map((c) => [c.header, c.field]));
    expect(cols.Category).toBe("category");
    expect(cols.Product).toBeNull();
    expect(r.records.Complaints.map((c) => c.category)).toEqual([
      "Claims handling",
      "Sales",
      "Service",
      "Claims handling",
    ]);
    expect(String(r.records.Complaints[2].notes)).toContain("Pet Care");
  });

  it("open cases are open, closed ones closed", () => {
    const r = importWorkbook([sheet("Complaints 2025", english)]);
    expect(r.records.Complaints.map((c) => c.status)).toEqual(["closed", "closed", "open", "open"]);
    const said = r.issues.find((i) => i.code === "import.open-without-end-date");
    expect(said).toBeDefined();
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      const text = renderMessage(said?.code ?? "", said?.params ?? {}, lang) ?? "";
      expect(text).toContain("Date closed");
      expect(text).not.toContain("import.");
    }
  });

  it.each([
    ["投诉人", "投诉记录"],
    ["投訴人", "客訴紀錄"],
    ["申诉人", "申诉登记"],
    ["Complainant name", "Complaints log"],
  ])("%s names the client", (header, name) => {
    const rows: SourceCell[][] = [
      ["投诉编号", "投诉日期", header, "投诉内容"],
      ["T01", "2025-03-01", "江南织造有限公司", "发票开错"],
      ["T02", "2025-03-04", "北岸物流有限公司", "送货延迟"],
      ["T03", "2025-03-09", "江南织造有限公司", "账单重复"],
    ];
    const r = importWorkbook([sheet(name, rows)]);
    expect(r.mappings[0].registerSheet).toBe("Complaints");
    expect(r.records.Clients.map((c) => c.name).sort()).toEqual([
      "北岸物流有限公司",
      "江南织造有限公司",
    ]);
    const ids = r.records.Complaints.map((c) => c.clientId);
    expect(ids[0]).toBe(ids[2]);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it("a Complaint_Type beside a product column still makes the product the category", () => {
    const rows: SourceCell[][] = [
      ["Complaint_ID", "Customer_Name", "Date", "Product_Category", "Complaint_Type"],
      ["1", "Asha Verma", "2025-01-02", "Laptop", "Delivery Delay"],
      ["2", "Ravi Nair", "2025-01-03", "Phone", "Warranty Issue"],
    ];
    const r = importWorkbook([sheet("complaints", rows)]);
    const cols = Object.fromEntries(r.mappings[0].columns.map((c) => [c.header, c.field]));
    expect(cols.Product_Category).toBe("category");
    expect(cols.Complaint_Type).toBe("description");
  });
});
