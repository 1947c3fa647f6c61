/**
 * Two premium columns on one policy list, one in a currency counted by the year (保费（美元APE）,
 * Premium (USD p.a.)), the other in another currency and zero on most rows: the annual premium
 * is the column that holds amounts. The basis word beside the currency leaves the currency the
 * unit. Invented lists in English, 简体 and 繁體, both column orders.
 */
import { importWorkbook } from "../../src/importer";
import { parseHeaderUnit, stripHeaderUnit } from "../../src/importer/normalize";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

describe("a currency with a basis word in the unit's brackets", () => {
  it.each([
    ["保费（美元APE）", "保费", "USD"],
    ["Premium (USD p.a.)", "Premium", "USD"],
    ["Premium (HKD, annualised)", "Premium", "HKD"],
    ["保費（港幣 年化）", "保費", "HKD"],
  ])("%s is %s in %s", (header, bare, currency) => {
    expect(parseHeaderUnit(header)?.currency).toBe(currency);
    expect(stripHeaderUnit(header)).toBe(bare);
  });

  it("leaves a basis word alone without a currency", () => {
    expect(parseHeaderUnit("Sum (APE)")).toBeNull();
  });
});

describe("two premium columns, one of zeros", () => {
  const cases: [string, string[], string, string][] = [
    [
      "en",
      ["Policy No", "Insured Name", "Premium (USD APE)", "Premium (HKD)"],
      "Premium (USD APE)",
      "Premium (HKD)",
    ],
    [
      "简体",
      ["保单号", "被保人", "保费（港币）", "保费（美元APE）"],
      "保费（美元APE）",
      "保费（港币）",
    ],
    [
      "繁體",
      ["保單號碼", "被保人", "保費（美元 年化）", "保費（港幣）"],
      "保費（美元 年化）",
      "保費（港幣）",
    ],
  ];
  for (const [label, header, amounts, zeros] of cases) {
    it(`takes the column holding amounts as the premium (${label})`, () => {
      const rows: SourceCell[][] = [header];
      for (let i = 0; i < 10; i++)
        rows.push(
          header.map((h, c) =>
            c === 0
              ? `P-${5100 + i}`
              : c === 1
                ? ["Ava Stone", "陳美玲", "Ben Ortiz", "王小明"][i % 4]
                : h === amounts
                  ? 2000 + i * 150
                  : i === 3
                    ? 15600
                    : 0
          )
        );
      const r = importWorkbook([sheet("Policies", rows)]);
      const mapping = r.mappings[0];
      expect(mapping.registerSheet).toBe("Insurance");
      expect(mapping.columns.find((c) => c.header === amounts)?.field).toBe("annualPremium");
      expect(mapping.columns.find((c) => c.header === zeros)?.field).toBeNull();
      expect(r.records.Insurance.find((p) => p.policyNo === "P-5100")?.annualPremium).toBe(2000);
    });
  }

  it("keeps the first of two premium columns that both hold amounts", () => {
    const header = ["Policy No", "Insured Name", "Premium (HKD)", "Premium (USD)"];
    const rows: SourceCell[][] = [header];
    for (let i = 0; i < 10; i++)
      rows.push([`P-${5100 + i}`, "Ava Stone", 15600 + i * 780, 2000 + i * 100]);
    const r = importWorkbook([sheet("Policies", rows)]);
    expect(r.mappings[0].columns.find((c) => c.header === "Premium (HKD)")?.field).toBe(
      "annualPremium"
    );
  });
});
