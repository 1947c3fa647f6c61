/**
 * The webpack plugin builds functions.json from the JSDoc in functions.ts; its CLI exits 0 even
 * when the JSDoc is wrong, so the metadata is checked here through the generator's API.
 */
import path from "path";
import {
  generateCustomFunctionsMetadata,
  type ICustomFunctionsMetadata,
  type IGenerateResult,
} from "custom-functions-metadata";

const source = path.resolve(__dirname, "../../src/functions/functions.ts");
const IDS = [
  "TIER",
  "GRADE",
  "VALUESCORE",
  "SATISFACTION",
  "CLV",
  "RFM",
  "PARETO",
  "PROTECTIONGAP",
  "CIGAP",
  "NPS",
  "DUEDATE",
  "SHAREOFWALLET",
];

let result: IGenerateResult;
let metadata: ICustomFunctionsMetadata;

beforeAll(async () => {
  result = await generateCustomFunctionsMetadata(source, false);
  metadata = JSON.parse(result.metadataJson);
}, 60_000);

const fn = (id: string) => metadata.functions.find((f) => f.id === id)!;

describe("custom functions metadata", () => {
  test("is generated without errors", () => {
    expect(result.errors).toEqual([]);
  });

  test("lists the twelve functions under valid upper-case IDs", () => {
    expect(metadata.functions.map((f) => f.id)).toEqual(IDS);
    for (const f of metadata.functions) {
      expect(f.id).toMatch(/^[A-Z0-9_.]+$/);
      expect(f.name).toBe(f.id);
      // A sentence a person can read in Excel's function wizard, for the function and each argument.
      expect(f.description).toMatch(/^[A-Z][^\n]{15,}$/);
      for (const p of f.parameters)
        expect([p.name, p.description]).toEqual([p.name, expect.stringMatching(/^\S.{5,}/)]);
    }
  });

  test("associates each ID with the function of the same name in functions.ts", () => {
    const byId = Object.fromEntries(result.associate.map((a) => [a.id, a.functionName]));
    expect(byId).toEqual({
      TIER: "tier",
      GRADE: "grade",
      VALUESCORE: "valueScore",
      SATISFACTION: "satisfaction",
      CLV: "clv",
      RFM: "rfm",
      PARETO: "pareto",
      PROTECTIONGAP: "protectionGap",
      CIGAP: "ciGap",
      NPS: "nps",
      DUEDATE: "dueDate",
      SHAREOFWALLET: "shareOfWallet",
    });
  });

  test("PARETO spills a matrix; the others return one value", () => {
    expect(fn("PARETO").result?.dimensionality).toBe("matrix");
    for (const id of IDS.filter((id) => id !== "PARETO"))
      expect(fn(id).result?.dimensionality).toBeUndefined();
  });

  test("ranges are matrix parameters and optional parameters are marked", () => {
    const params = (id: string) =>
      Object.fromEntries(
        fn(id).parameters.map((p) => [
          p.name,
          { matrix: p.dimensionality === "matrix", optional: !!p.optional },
        ])
      );
    expect(params("TIER")).toEqual({
      annualRevenue: { matrix: false, optional: false },
      thresholds: { matrix: true, optional: true },
    });
    expect(params("VALUESCORE")).toEqual({
      scores: { matrix: true, optional: false },
      weights: { matrix: true, optional: false },
      against: { matrix: true, optional: true },
    });
    expect(params("DUEDATE")).toEqual({
      receivedOn: { matrix: false, optional: false },
      severity: { matrix: false, optional: false },
      slaDays: { matrix: true, optional: true },
      businessDays: { matrix: false, optional: true },
      holidays: { matrix: true, optional: true },
    });
    expect(
      fn("PROTECTIONGAP")
        .parameters.filter((p) => p.optional)
        .map((p) => p.name)
    ).toEqual(["debts", "mortgage", "education", "existingCover", "liquidAssets"]);
  });
});
