/**
 * Session 13, policy extracts: a term counted in days or months is never a term in years, a net
 * premium comes after the gross or plain one, the insured's number (insured_id, 被保险人编号) is
 * neither the insured's name nor the insurer and, when nothing else names whose the policies are,
 * it is the client's number; CIN keys an Indian export's clients.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const rowsOf = (header: string[], row: (i: number) => SourceCell[], n = 12): SourceCell[][] => [
  header,
  ...Array.from({ length: n }, (_, k) => row(k + 1)),
];
const fieldsOf = (r: ReturnType<typeof importWorkbook>) =>
  Object.fromEntries(r.mappings[0].columns.map((c) => [c.header, c.field]));

describe("a trade-credit policy extract in snake_case", () => {
  const r = importWorkbook([
    sheet(
      "Sheet1",
      rowsOf(
        [
          "policy_key",
          "insured_id",
          "inception_date",
          "policy_term_in_days",
          "gross_written_premium",
          "net_written_premium",
        ],
        (i) => [
          `PK.${7000 + i}.1`,
          `${830000 + (i % 4)}`,
          `2011-10-${10 + i}`,
          [365, 730, 986][i % 3],
          1000 * i + 0.5,
          800 * i + 0.25,
        ]
      )
    ),
  ]);

  it("keeps the term in days and the net premium in notes, the gross premium read", () => {
    expect(r.mappings[0].registerSheet).toBe("Insurance");
    expect(fieldsOf(r)).toMatchObject({
      policy_term_in_days: null,
      gross_written_premium: "annualPremium",
      net_written_premium: null,
    });
    const first = r.records.Insurance.find((p) => p.policyNo === "PK.7001.1");
    expect(first).toMatchObject({ termYears: null, annualPremium: 1000.5 });
    expect(first?.notes).toContain("policy_term_in_days: 730");
    expect(first?.notes).toContain("net_written_premium: 800.25");
    const net = r.mappings[0].columns.find((c) => c.header === "net_written_premium");
    expect(net?.reasons?.some((x) => x.code === "map.why.net-premium")).toBe(true);
  });

  it("reads the insured's number as the client's when nothing names the policyholder", () => {
    const insured = r.mappings[0].columns.find((c) => c.header === "insured_id");
    expect(insured?.field).toBe("clientId");
    expect(insured?.reasons?.[0]?.code).toBe("map.why.insured-number-client");
    expect(r.records.Insurance).toHaveLength(12);
  });
});

describe("the same in 简体 and 繁體, in other orders", () => {
  it("简体: 保险期间（天） and 净保费 stay in notes, 被保险人编号 is the client's number", () => {
    const r = importWorkbook([
      sheet(
        "保单",
        rowsOf(["净保费", "保单号", "被保险人编号", "起保日期", "保险期间（天）", "保费"], (i) => [
          800 * i,
          `P${1000 + i}`,
          `C${300 + (i % 4)}`,
          `2024-01-${10 + i}`,
          [365, 730][i % 2],
          1000 * i,
        ])
      ),
    ]);
    expect(fieldsOf(r)).toEqual({
      净保费: null,
      保单号: "policyNo",
      被保险人编号: "clientId",
      起保日期: "startDate",
      "保险期间（天）": null,
      保费: "annualPremium",
    });
    expect(r.records.Insurance[0]).toMatchObject({ annualPremium: 1000, termYears: null });
  });

  it("繁體: 保障期間(月) is no term in years and 被保險人編號 is neither insured nor insurer", () => {
    const r = importWorkbook([
      sheet(
        "保單",
        rowsOf(["保單號碼", "被保險人編號", "生效日", "保障期間(月)", "淨保費", "保費"], (i) => [
          `P${1000 + i}`,
          `C${300 + (i % 4)}`,
          `2024-01-${10 + i}`,
          [12, 24][i % 2],
          800 * i,
          1000 * i,
        ])
      ),
    ]);
    expect(fieldsOf(r)).toMatchObject({
      被保險人編號: "clientId",
      "保障期間(月)": null,
      淨保費: null,
      保費: "annualPremium",
    });
  });

  it("a named insured still links the client; an ID document's number is never the client's", () => {
    const named = importWorkbook([
      sheet(
        "Policies",
        rowsOf(["Policy No", "Insured", "Insured No", "Term (years)", "Premium"], (i) => [
          `P-${100 + i}`,
          ["John Smith", "Mary Jones", "Ann Lee"][i % 3],
          `INS${300 + (i % 3)}`,
          [10, 20][i % 2],
          1000 * i,
        ])
      ),
    ]);
    expect(fieldsOf(named)).toMatchObject({
      Insured: "insured",
      "Insured No": null,
      "Term (years)": "termYears",
    });
    expect(named.records.Insurance[0].termYears).toBe(20);
    const documents = importWorkbook([
      sheet(
        "保单",
        rowsOf(["保单号", "被保险人身份证号", "起保日期", "保费"], (i) => [
          `P${1000 + i}`,
          `1101051949123100${10 + i}`,
          `2024-01-${10 + i}`,
          1000 * i,
        ])
      ),
    ]);
    expect(fieldsOf(documents).被保险人身份证号).not.toBe("clientId");
  });
});

describe("CIN", () => {
  it("keys the policies of an Indian broker's extract to their clients", () => {
    const r = importWorkbook([
      sheet(
        "running_policies",
        rowsOf(["cin", "product", "sum_insured", "annual_premium"], (i) => [
          `U81741HR198${i % 3}PTC12888${i % 3}`,
          ["Trade Credit", "Office Package", "Marine Cargo"][i % 3],
          1000000 * i,
          40000 * i,
        ])
      ),
    ]);
    expect(fieldsOf(r)).toMatchObject({ cin: "clientId", annual_premium: "annualPremium" });
  });
});
