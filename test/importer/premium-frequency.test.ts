/**
 * A premium written per payment beside its frequency (保費 1,850, 繳別 月繳) is stored as a year's
 * premium, as the Insurance sheet's annualPremium says; an amount headed as annual is kept.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const policies = (premiumHeader: string, frequencyHeader: string): SourceCell[][] => [
  ["保單號碼", "要保人", "險種", premiumHeader, frequencyHeader],
  ["P001", "林志明", "終身壽險", 52000, "年繳"],
  ["P002", "王美玲", "住院醫療險", 1850, "月繳"],
  ["P003", "陳建宏", "意外險", 21500, "季繳"],
  ["P004", "張雅婷", "癌症險", 9000, "半年繳"],
  ["P005", "李國華", "儲蓄險", 200000, "躉繳"],
  ["P006", "黃淑芬", "醫療險", 3000, ""],
];

const premiumOf = (r: ReturnType<typeof importWorkbook>, policyNo: string) =>
  r.records.Insurance.find((p) => p.policyNo === policyNo)?.annualPremium;

describe("a premium paid more than once a year", () => {
  it("is multiplied to a year's premium by its frequency, with an info issue, and the frequency stays in notes", () => {
    const r = importWorkbook([sheet("保單", policies("保費", "繳別"))]);
    expect(premiumOf(r, "P001")).toBe(52000);
    expect(premiumOf(r, "P002")).toBe(22200);
    expect(premiumOf(r, "P003")).toBe(86000);
    expect(premiumOf(r, "P004")).toBe(18000);
    expect(premiumOf(r, "P005")).toBe(200000);
    expect(premiumOf(r, "P006")).toBe(3000);
    const annualised = r.issues.filter((i) => i.code === "value.premium-annualised");
    expect(annualised.map((i) => i.row).sort()).toEqual([3, 4, 5]);
    expect(annualised.every((i) => i.severity === "info")).toBe(true);
    expect(annualised.find((i) => i.row === 3)?.params).toMatchObject({
      value: 1850,
      frequency: "月繳",
      annual: 22200,
    });
    const monthly = r.records.Insurance.find((p) => p.policyNo === "P002");
    expect(String(monthly?.notes)).toContain("月繳");
  });

  it("reads 简体 and English spellings of the frequency", () => {
    const rows: SourceCell[][] = [
      ["Policy No", "Policyholder", "Premium", "Payment Mode"],
      ["Q1", "Ann Lee", 100, "Monthly"],
      ["Q2", "Bo Chan", 250, "Quarterly"],
    ];
    const en = importWorkbook([sheet("Policies", rows)]);
    expect(premiumOf(en, "Q1")).toBe(1200);
    expect(premiumOf(en, "Q2")).toBe(1000);
    const cn = importWorkbook([
      sheet(
        "保单",
        policies("保费", "缴费方式").map((row, i) => (i === 2 ? [...row.slice(0, 4), "月缴"] : row))
      ),
    ]);
    expect(premiumOf(cn, "P002")).toBe(22200);
  });

  it("is left as written when the amount's header already says it is annual", () => {
    const r = importWorkbook([sheet("保單", policies("年繳保費", "繳別"))]);
    expect(premiumOf(r, "P002")).toBe(1850);
    expect(r.issues.some((i) => i.code === "value.premium-annualised")).toBe(false);
  });
});
