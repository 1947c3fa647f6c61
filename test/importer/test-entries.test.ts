/**
 * A test entry left in a list (an app's "Test Customer" at "Test Company" by "Example User", a
 * 测试客户 / 測試公司 row) is no record: two of its texts or more are test or sample values.
 */
import { importWorkbook } from "../../src/importer";
import { isTestRow, isTestValue } from "../../src/importer/hint-rows";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

describe("test entries", () => {
  it("tells test values in English, 简体 and 繁體", () => {
    expect(isTestValue("Test Customer")).toBe(true);
    expect(isTestValue("Example User")).toBe(true);
    expect(isTestValue("测试客户")).toBe(true);
    expect(isTestValue("測試公司")).toBe(true);
    expect(isTestValue("範例公司")).toBe(true);
    expect(isTestValue("Testa Rossa Motors")).toBe(false);
    expect(isTestValue("Contest Holdings")).toBe(false);
    expect(isTestRow(["Sample & Sons", "(555) 201-0101", "Tampa"])).toBe(false);
    expect(isTestRow(["Test Customer", "(555) 201-0101", "Test Company"])).toBe(true);
  });

  it("skips the test entry of a visit log and keeps the real visits", () => {
    const rows: SourceCell[][] = [
      ["Visit ID", "Date", "Customer Name", "Company", "Feedback", "Sales Person"],
      [1, "2026-04-20", "Test Customer", "Test Company", "Interested", "Example User"],
      [2, "2026-04-21", "Neha Bedi", "Bedi Builders", "Interested", "Ravi Kumar"],
      [3, "2026-04-22", "Arjun Mehta", "Mehta Homes", "Potential", "Ravi Kumar"],
    ];
    const r = importWorkbook([sheet("Visits", rows)]);
    expect(r.records.Visits).toHaveLength(2);
    expect(r.records.Clients.map((c) => c.name)).not.toContain("Test Customer");
  });

  it("skips a 繁體 test row of a client list", () => {
    const rows: SourceCell[][] = [
      ["客戶名稱", "聯絡電話", "公司", "業務員"],
      ["測試客戶", "0912345678", "測試公司", "王小明"],
      ["陳美玲", "0923456789", "美玲商行", "王小明"],
      ["林志豪", "0934567890", "志豪企業", "王小明"],
    ];
    const r = importWorkbook([sheet("客戶", rows)]);
    expect(r.records.Clients.map((c) => c.name)).toEqual(["陳美玲", "林志豪"]);
  });
});
