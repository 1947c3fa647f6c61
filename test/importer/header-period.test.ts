/**
 * A monthly or quarterly figure under a field that keeps a year's amount (月均收入(元), Monthly
 * revenue, 月繳保費) is stored as a year's amount, with one info note for the column; a header that
 * says annual, or names a calendar month, stays as written.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const clients = (amountHeader: string): SourceCell[][] => [
  ["客户名称", "所属行业", amountHeader, "联系电话"],
  ["杭州云栖智造有限公司", "制造业", "86,500.00", "0571-87650231"],
  ["钱塘港务集团有限公司", "物流", 215800, "0571-87650232"],
  ["浙江星河数据有限公司", "软件", "", "0571-87650233"],
];

const amounts = (r: ReturnType<typeof importWorkbook>, field: string) =>
  r.records.Clients.map((c) => c[field] ?? null);

describe("an amount given per month under a yearly field", () => {
  it("月均收入(元) is stored as a year's revenue (×12) with one info note for the column", () => {
    const r = importWorkbook([sheet("客户信息", clients("月均收入(元)"))]);
    const field = r.mappings[0].columns[2].field ?? "";
    expect(["annualRevenue", "annualIncome"]).toContain(field);
    expect(amounts(r, field)).toEqual([1038000, 2589600, null]);
    const notes = r.issues.filter((i) => i.code === "value.period-annualised");
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: "info", row: null, field });
    expect(notes[0].params).toMatchObject({ factor: 12, value: 86500, annual: 1038000 });
    for (const lang of ["en", "zh-CN", "zh-TW"] as const)
      expect(renderMessage("value.period-annualised", notes[0].params ?? {}, lang)).toContain(
        "1038000"
      );
  });

  it("reads English, Traditional and quarterly headers, and a unit beside the period", () => {
    const en: SourceCell[][] = [
      ["Account Name", "Monthly revenue", "Phone"],
      ["Harrowgate Logistics Ltd", "£12,500", "+44 20 7946 0018"],
      ["Kowloon Bay Trading Limited", 8000, "+852 2345 6789"],
    ];
    const r = importWorkbook([sheet("Accounts", en)]);
    expect(r.mappings[0].columns[1].field).toBe("annualRevenue");
    expect(amounts(r, "annualRevenue")).toEqual([150000, 96000]);

    const tw = importWorkbook([sheet("客戶", clients("每月平均收入(萬元)"))]);
    const twField = tw.mappings[0].columns[2].field ?? "";
    expect(twField).not.toBe("");
    expect(amounts(tw, twField)).toEqual([10380000000, 25896000000, null]);

    const quarterly = importWorkbook([sheet("客户", clients("季度平均收入"))]);
    const qField = quarterly.mappings[0].columns[2].field ?? "";
    expect(qField).not.toBe("");
    expect(amounts(quarterly, qField)).toEqual([346000, 863200, null]);
  });

  it("a header that says annual, or names a calendar month, stays as written", () => {
    for (const header of ["年收入", "年收入(按月均折算)", "Annual revenue", "12月收入"]) {
      const r = importWorkbook([sheet("客户信息", clients(header))]);
      const field = r.mappings[0].columns[2].field ?? "";
      expect(field).not.toBe("");
      expect(amounts(r, field)).toEqual([86500, 215800, null]);
      expect(r.issues.some((i) => i.code === "value.period-annualised")).toBe(false);
    }
  });

  it("a premium headed as monthly is multiplied once, not again by a frequency column", () => {
    const rows: SourceCell[][] = [
      ["保單號碼", "要保人", "險種", "月繳保費", "繳別"],
      ["P001", "林志明", "終身壽險", 1850, "月繳"],
      ["P002", "王美玲", "住院醫療險", 900, ""],
    ];
    const r = importWorkbook([sheet("保單", rows)]);
    expect(r.records.Insurance.map((p) => p.annualPremium)).toEqual([22200, 10800]);
    expect(r.issues.some((i) => i.code === "value.premium-annualised")).toBe(false);
  });
});
