/**
 * Measures the importer on the invented book in ./books/cn-rm.ts (see there).
 * First measured before any tuning (main at ef2c89d, 2026-11-30 11:28 UTC): 96 of 119 core
 * fields right, 80.7 %. Missed: risk grades written with their C-code (C3稳健型, 保守型(C1), C4,
 * C5激进型); 年收入 of private persons read as the revenue they bring instead of their income; the
 * two-digit year 85-07-01 left empty; 百万医疗险; the policy term taken from 缴费年期 (payment
 * years) instead of 保障期限, so 终身 / 7天 / 保至70岁 were lost; 行内/行外 unmapped and 持有机构
 * read as held-at; a mortgage balance kept positive. Row accounting, the merge and the links held.
 */
import { importWorkbook } from "../../src/importer";
import { expectCoreFields, expectRowsAccounted, findRecord } from "./book-score";
import { BOOK, EXPECTED } from "./books/cn-rm";

describe("a mainland relationship manager's book (简体)", () => {
  const result = importWorkbook(BOOK);

  it("gets at least 95 % of the core fields right", () => expectCoreFields(result, EXPECTED));

  it("accounts for every source row and merges the client entered twice", () =>
    expectRowsAccounted(result, {
      // Row 3 is the header row: the footnote written at its end is said, not a row of its own.
      skipped: ["客户信息!11", "客户信息!14", "资产配置!10"],
      clients: 8,
      namesake: "张伟",
      merged: { row: 13, otherRow: 4 },
      counts: { Insurance: 6, Assets: 7, Complaints: 4 },
    }));

  it("links every policy, asset and complaint to its client, the merged one included", () => {
    for (const sheet of ["Insurance", "Assets", "Complaints"] as const)
      for (const record of result.records[sheet]) expect(record.clientId).not.toBeNull();
    const wang = findRecord(result.records.Clients, { name: "王建华" });
    expect(findRecord(result.records.Complaints, { complaintId: "TS2024003" })?.clientId).toBe(
      wang?.clientId
    );
    expect(findRecord(result.records.Insurance, { policyNo: "TK-2018-5566" })?.clientId).toBe(
      wang?.clientId
    );
  });

  it("reads the stray two-digit year and the mortgage balance, each said once, and keeps = text as text", () => {
    const twoDigit = result.issues.filter((i) => i.code === "value.two-digit-years");
    expect(twoDigit.map((i) => [i.sheet, i.column, i.params?.example])).toEqual([
      ["客户信息", "G (出生日期)", "85-07-01"],
    ]);
    const loan = result.issues.filter((i) => i.code === "value.loan-negative");
    expect(loan.map((i) => [i.sheet, i.row, i.params?.value])).toEqual([["资产配置", 7, 1500000]]);
    const chen = findRecord(result.records.Clients, { name: "陈静" });
    expect(String(chen?.notes)).toContain("=重点客户");
  });
});
