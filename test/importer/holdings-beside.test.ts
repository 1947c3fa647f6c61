/**
 * A broker's policy workbook keyed by the client company's number carries sheets that read like its
 * policy list: a coverage list repeating client and product, a premium history per client and year,
 * a market benchmark of anonymous placements. A person imports the policies once and reads the
 * others as what they are.
 */
import { importWorkbook } from "../../src/importer";
import { sheet } from "./helpers";

const CLIENTS = ["U24232KA2014PLC081374", "L13209RJ1965PLC002138", "U72200KA2008PTC047892"];
const PRODUCTS = ["Property and Fire", "Marine Cargo", "Group Health"];

const policies = sheet("running_policies", [
  ["cin", "product", "sum_insured", "annual_premium", "renewal_date"],
  ...CLIENTS.flatMap((cin, i) =>
    PRODUCTS.map((product, k) => [cin, product, 1e8 * (i + 1) + k, 1e6 * (i + 1) + k, "2026-07-14"])
  ),
]);
const coverages = sheet("coverages", [
  ["cin", "coverage_name"],
  ...CLIENTS.flatMap((cin) => PRODUCTS.map((product) => [cin, product])),
]);
const premiums = sheet("premium_history", [
  ["cin", "year", "premium_cr"],
  ...CLIENTS.flatMap((cin, i) => ["22", "23", "24", "25"].map((y, k) => [cin, y, i + k / 10])),
]);
const benchmark = sheet("benchmark_placements", [
  ["placement_id", "industry", "product", "sum_insured", "annual_premium", "region"],
  ...Array.from({ length: 12 }, (_, k) => [
    `HBP${String(k + 1).padStart(5, "0")}`,
    k % 2 ? "Retail" : "Pharmaceuticals",
    PRODUCTS[k % 3],
    5e8 + k,
    8e6 + k,
    k % 2 ? "North" : "South",
  ]),
]);

describe("sheets beside a workbook's policy list", () => {
  const result = importWorkbook([policies, coverages, premiums, benchmark]);
  const kindOf = (name: string) => result.mappings.find((m) => m.sheet === name);

  it("import the policies once", () => {
    expect(kindOf("running_policies")?.registerSheet).toBe("Insurance");
    expect(result.records.Insurance).toHaveLength(9);
  });

  it("read a copy of the policies' rows as a copy", () => {
    expect(kindOf("coverages")?.registerSheet).toBeNull();
    expect(kindOf("coverages")?.reasonCoded?.code).toBe("sheet.why.copy-of");
  });

  it("read a client-by-year grid as a history", () => {
    expect(kindOf("premium_history")?.registerSheet).toBeNull();
    expect(kindOf("premium_history")?.reasonCoded?.code).toBe("sheet.why.period-grid");
  });

  it("read rows about no client as reference data", () => {
    expect(kindOf("benchmark_placements")?.registerSheet).toBeNull();
    expect(kindOf("benchmark_placements")?.reasonCoded?.code).toBe("sheet.why.no-client");
  });

  it("a second policy list keyed by its own clients is still imported", () => {
    const other = sheet("property_policies", [
      ["cin", "product", "sum_insured", "annual_premium"],
      ["U99999MH2001PLC000001", "Property and Fire", 3e8, 2e6],
      ["U99999MH2001PLC000002", "Property and Fire", 4e8, 3e6],
      ["U99999MH2001PLC000003", "Marine Cargo", 5e8, 4e6],
    ]);
    const both = importWorkbook([policies, other]);
    expect(both.mappings.map((m) => m.registerSheet)).toEqual(["Insurance", "Insurance"]);
    expect(both.records.Insurance).toHaveLength(12);
  });
});
