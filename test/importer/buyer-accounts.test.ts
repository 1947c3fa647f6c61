/**
 * A sales log naming its buyers by short names a person knows only from the seller's books (a
 * town, a nickname, a shop's short name) is still read as its buyers when a column headed as the
 * buyer holds a code that pairs one to one with those names — the buyer's account number. A sheet
 * of the same layout naming one buyer only (a sister firm's lines) is that log too, and a sheet
 * holding the log's rows again is a copy. Invented sheets only.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { readAs, sheet } from "./helpers";

const pad = (n: number) => String(n).padStart(2, "0");

/** Short names the way a distributor's ledger writes its dealers: places and nicknames. */
const SHORT_NAMES = ["Northgate", "Kelso", "Tamworth", "Ashby", "Wexley", "Dunmore", "Penrith"];
const HEADER = ["Inv. Date", "Item", "Qty", "Unit Price", "Amount", "Customer No.", "Customer"];

/** Invoice lines of a wholesaler: item, quantity and money, the buyer's code and short name. */
function invoiceLines(rows: number, names: readonly string[], codeOf: (i: number) => string) {
  const out: SourceCell[][] = [HEADER];
  for (let i = 0; i < rows; i++) {
    const b = i % 3 === 0 || names.length === 1 ? 0 : 1 + (Math.floor(i / 3) % (names.length - 1));
    out.push([
      `2025-${pad((i % 11) + 1)}-${pad((i % 27) + 1)}`,
      ["Gasket 40mm", "Valve DN25", "Hose 3m", "Clamp set"][i % 4],
      1 + (i % 9),
      [4.5, 12.8, 7.25, 3.1][i % 4],
      (1 + (i % 9)) * [4.5, 12.8, 7.25, 3.1][i % 4],
      codeOf(b),
      names[b],
    ]);
  }
  return out;
}

const accountOf = (b: number) => `D${1040 + b * 7}`;

describe("a sales log's buyers told by their account codes", () => {
  it("reads the buyers of invoice lines as clients when the customer's code pairs with each name", () => {
    const r = importWorkbook([sheet("Invoices", invoiceLines(60, SHORT_NAMES, accountOf))]);
    expect(readAs(r, "Invoices")).toBe("Clients");
    expect(r.records.Clients.map((c) => c.name).sort()).toEqual([...SHORT_NAMES].sort());
    const kelso = r.records.Clients.find((c) => c.name === "Kelso");
    expect(kelso?.clientId).toBe(accountOf(SHORT_NAMES.indexOf("Kelso")));
    const issue = r.issues.find((i) => i.code === "sheet.why.buyer-log");
    expect(issue).toBeDefined();
    for (const lang of ["en", "zh-CN", "zh-TW"] as const)
      expect(renderMessage(issue!.code!, issue!.params!, lang)).toContain("Customer No.");
  });

  it("takes no code for an account that several names share or one name spreads over", () => {
    // A code per region (few values, each over several buyers) tells no buyers apart.
    const region = (b: number) => `R${b % 2}`;
    const r = importWorkbook([sheet("Invoices", invoiceLines(60, SHORT_NAMES, region))]);
    expect(r.records.Clients ?? []).toHaveLength(0);
  });

  it("reads a sheet of the same layout naming one buyer as that buyer, and leaves a copy out", () => {
    const lines = invoiceLines(60, SHORT_NAMES, accountOf);
    const sister = invoiceLines(12, ["Harcourt"], () => "S0021");
    const copy = lines.filter((_, i) => i !== 7 && i !== 19);
    const r = importWorkbook([
      sheet("Invoices", lines),
      sheet("Sister firm", sister),
      sheet("Invoices (2)", copy),
    ]);
    expect(readAs(r, "Sister firm")).toBe("Clients");
    expect(r.records.Clients.find((c) => c.name === "Harcourt")?.clientId).toBe("S0021");
    expect(r.records.Clients).toHaveLength(SHORT_NAMES.length + 1);
    expect(readAs(r, "Invoices (2)")).toBeNull();
    const copied = r.mappings.find((m) => m.sheet === "Invoices (2)");
    expect(copied?.reasonCoded?.code).toBe("sheet.why.rows-copy");
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      const text = renderMessage("sheet.why.rows-copy", copied!.reasonCoded!.params, lang);
      expect(text).toContain("Invoices");
      expect(text).toContain("58");
    }
  });

  it("leaves a product sales log alone: the item's code pairs with the item, no buyer is named", () => {
    const out: SourceCell[][] = [["Sold On", "Item Code", "Item", "Qty", "Amount"]];
    for (let i = 0; i < 40; i++)
      out.push([
        `2025-03-${pad((i % 27) + 1)}`,
        `P-${300 + (i % 6)}`,
        ["Gasket", "Valve", "Hose", "Clamp", "Seal", "Pump"][i % 6],
        1 + (i % 5),
        10 + i,
      ]);
    const r = importWorkbook([sheet("Sales", out)]);
    expect(r.records.Clients ?? []).toHaveLength(0);
  });
});
