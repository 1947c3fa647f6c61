/**
 * A text export with no header whose lines say what they are in their first cell: "Customer:"
 * before each customer's values, "Orders:" alone before the lines of what was ordered. The lines
 * under the label naming the client are the client list; the rest are left out, said once.
 * Invented sheets only.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { readAs, sheet } from "./helpers";

const PEOPLE: [string, string, string][] = [
  ["Maria Lopez", "Flat 4, 12 Dock Road", "212-555-0142"],
  ["Tom Becker", "8 Mill Lane", "212-555-0177"],
  ["Aisha Khan", "22 Orchard Way", "212-555-0119"],
  ["Jonas Weber", "3 Quay Street", "212-555-0160"],
  ["Lena Fischer", "9 Hill Road", "212-555-0133"],
  ["Omar Said", "1 Bay Road", "212-555-0188"],
];

function export_(label: string): SourceCell[][] {
  const rows: SourceCell[][] = [];
  PEOPLE.forEach(([name, address, phone], i) => {
    rows.push([`${label}:`, name, address, phone, "Riverside Campus"]);
    rows.push(["Orders:"]);
    for (let k = 0; k <= i % 3; k++) rows.push([null, "Bike lock", "black", 1 + k, "12.50"]);
    rows.push([]);
  });
  return rows;
}

describe("lines told apart by a label in their first cell", () => {
  it("reads the lines labelled as the customer as the clients, one a line", () => {
    const r = importWorkbook([sheet("export", export_("Customer"))]);
    expect(readAs(r, "export")).toBe("Clients");
    expect(r.records.Clients.map((c) => c.name).sort()).toEqual(PEOPLE.map((p) => p[0]).sort());
    expect(r.records.Clients.find((c) => c.name === "Tom Becker")?.phone).toBe("212-555-0177");
    const issue = r.issues.find((i) => i.code === "import.label-lines");
    expect(issue?.params).toMatchObject({ label: "Customer", count: PEOPLE.length });
    for (const lang of ["en", "zh-CN", "zh-TW"] as const)
      expect(renderMessage(issue!.code!, issue!.params!, lang)).toContain("Customer");
  });

  it("reads no clients from lines labelled as something else", () => {
    const r = importWorkbook([sheet("export", export_("Supplier"))]);
    expect(r.records.Clients ?? []).toHaveLength(0);
  });
});
