/**
 * The suppliers a purchase table names name the workbook's other tables about them (contracts,
 * reviews): such a table is left out as suppliers', said with the purchase sheet; a table naming
 * a buyer keeps its reading even where some of its clients also supply the keeper. Invented
 * workbooks only, in shapes no corpus file has (other headers, column orders and sizes).
 */
import { importWorkbook } from "../../src/importer";
import { supplierColumn, namesOf } from "../../src/importer/supplier-names";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { INVENTED_COMPANIES, INVENTED_PEOPLE, sheet, table } from "./helpers";

const pad = (n: number) => String(n).padStart(2, "0");
const makers = INVENTED_COMPANIES.en.slice(0, 6);

/** Goods bought in: the supplier on each bill, its input GST. */
const stockIn = table(["Bill Date", "Supplier", "Goods", "Input GST", "Payable"], 15, (h, i) => {
  if (h === "Bill Date") return `2025-${pad((i % 12) + 1)}-${pad((i % 25) + 3)}`;
  if (h === "Supplier") return makers[i % makers.length];
  if (h === "Goods") return ["Steel sheet", "Paint", "Fasteners"][i % 3];
  if (h === "Input GST") return 90 + i * 7;
  return 600 + i * 47;
});

/** The agreements signed with the suppliers: the other party, its signatory, term and value. */
function agreements(parties: readonly string[]): SourceCell[][] {
  return table(
    ["Agreement", "Counter-signed by", "Party B", "Term (months)", "Value"],
    parties.length,
    (h, i) => {
      if (h === "Agreement") return `AGR-${3100 + i}`;
      if (h === "Counter-signed by") return INVENTED_PEOPLE.en[i % INVENTED_PEOPLE.en.length];
      if (h === "Party B") return parties[i];
      if (h === "Term (months)") return 12 + (i % 3) * 12;
      return 20000 + i * 3500;
    }
  );
}

describe("tables about a workbook's suppliers", () => {
  it("finds the column whose names are mostly the suppliers", () => {
    const suppliers = namesOf(makers);
    const rows = agreements(makers.slice(0, 4));
    const values = rows[0].map((_, c) => rows.slice(1).map((r) => r[c] ?? null));
    expect(supplierColumn(values, suppliers)).toEqual({ column: 2, count: 4, total: 4 });
    const others = agreements(INVENTED_COMPANIES.en.slice(6, 10));
    const otherValues = others[0].map((_, c) => others.slice(1).map((r) => r[c] ?? null));
    expect(supplierColumn(otherValues, suppliers)).toBeNull();
  });

  it("leaves out the agreements with the purchase table's suppliers, naming that sheet", () => {
    const r = importWorkbook([sheet("Stock In", stockIn), sheet("Agreements", agreements(makers))]);
    const m = r.mappings.find((x) => x.sheet === "Agreements");
    expect(m?.registerSheet).toBeNull();
    expect(m?.reasonCoded?.code).toBe("sheet.why.supplier-names");
    expect(r.records.Clients).toHaveLength(0);
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      const text = renderMessage("sheet.why.supplier-names", m!.reasonCoded!.params, lang);
      expect(text).toContain("C (Party B)");
      expect(text).toContain("Stock In");
      expect(text).not.toMatch(/sheet\.why|\{/);
    }
  });

  it("keeps a client list whose customers also supply the keeper", () => {
    const clients = table(["Customer", "Mobile", "City"], 6, (h, i) =>
      h === "Customer" ? makers[i] : h === "Mobile" ? `0917 44${pad(i)} 3${pad(i * 4)}` : "Leeds"
    );
    const r = importWorkbook([sheet("Stock In", stockIn), sheet("Customers", clients)]);
    expect(r.mappings.find((x) => x.sheet === "Customers")?.registerSheet).toBe("Clients");
    expect(r.records.Clients.map((c) => c.name).sort()).toEqual([...makers].sort());
  });
});
