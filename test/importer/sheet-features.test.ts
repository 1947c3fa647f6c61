/**
 * A table's sheet-kind features (sheet-features.ts) are what a person sees, as numbers: how its
 * headers and its sheet's name speak for each register sheet, what the rules read it as, whose rows
 * they are and the values' shape. They are named, bounded and the same for any table.
 */
import { classifySheet } from "../../src/importer/classify-sheet";
import {
  SHEET_FEATURE_NAMES,
  sheetFeatures,
  type SheetFeatureInput,
} from "../../src/importer/sheet-features";
import type { ColumnMapping } from "../../src/importer/types";
import { profilesOf, table } from "./helpers";

function input(
  sheetName: string,
  headers: string[],
  cell: (header: string, row: number) => string | number,
  fields: (string | null)[]
): SheetFeatureInput {
  const rows = table(headers, 20, (h, r) => cell(h, r));
  const columns: ColumnMapping[] = headers.map((header, i) => ({
    index: i + 1,
    letter: String.fromCharCode(65 + i),
    header,
    field: fields[i],
    confidence: fields[i] ? 0.9 : 0,
    source: "alias",
    samples: [],
  }));
  const classification = classifySheet(sheetName, headers);
  return {
    sheetName,
    headers,
    classification,
    registerSheet: classification.key,
    confidence: classification.confidence,
    columns,
    profiles: profilesOf(rows),
    notData: null,
    subject: fields[0]
      ? { letter: "A", header: headers[0], field: "name", named: 20, rows: 20 }
      : null,
    headerless: false,
    form: false,
  };
}

const feature = (values: number[], name: string): number =>
  values[SHEET_FEATURE_NAMES.indexOf(name)];

describe("a table's sheet-kind features", () => {
  const people = input(
    "Customers",
    ["Customer Name", "Phone", "Email"],
    (h, r) =>
      h === "Phone"
        ? `555-01${String(r).padStart(2, "0")}`
        : h === "Email"
          ? `p${r}@example.com`
          : `Ann Lee${r}`,
    ["name", "phone", "email"]
  );
  const figures = input(
    "Summary",
    ["Month", "Sales", "Cost"],
    (h, r) => (h === "Month" ? `2024-${String((r % 12) + 1).padStart(2, "0")}` : 100 + r * 7),
    [null, null, null]
  );

  it("names every value, and every value lies in 0–1", () => {
    for (const values of [sheetFeatures(people), sheetFeatures(figures)]) {
      expect(values).toHaveLength(SHEET_FEATURE_NAMES.length);
      for (const v of values) expect(v >= 0 && v <= 1).toBe(true);
    }
  });

  it("a client list's headers and name speak for Clients, and its rows name distinct people", () => {
    const values = sheetFeatures(people);
    expect(feature(values, "headers.Clients")).toBeGreaterThan(0.3);
    expect(feature(values, "name.Clients")).toBeGreaterThan(0);
    expect(feature(values, "subject.named")).toBe(1);
    expect(feature(values, "subject.distinct")).toBe(1);
    expect(feature(values, "values.phone")).toBeGreaterThan(0);
    expect(feature(values, "values.email")).toBeGreaterThan(0);
  });

  it("a table of monthly figures names no one and is mostly figures", () => {
    const values = sheetFeatures(figures);
    expect(feature(values, "subject.found")).toBe(0);
    expect(feature(values, "mapped")).toBe(0);
    expect(feature(values, "values.numeric")).toBeGreaterThan(0.5);
  });

  it("the rules' reading and their not-data verdict are features like any other", () => {
    const values = sheetFeatures({ ...figures, registerSheet: null, notData: "matrix" });
    expect(feature(values, "notData.matrix")).toBe(1);
    expect(
      SHEET_FEATURE_NAMES.filter((n) => n.startsWith("rules.") && feature(values, n) === 1)
    ).toEqual([]);
  });
});
