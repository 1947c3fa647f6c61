/**
 * Dates written without a year (11月3日, "Nov 3") under a title naming the year (2026年11月, "Q4
 * 2026"): read in that year, and said once per column. No year is made up when the title names
 * none or several, when the column's other dates are of another year, or for a birthday.
 */
import { importWorkbook } from "../../src/importer";
import { titleYearFor, yearOfTitles } from "../../src/importer/title-year";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const TODAY = "2026-12-01";

function visitLog(title: string, dates: SourceCell[]) {
  const rows: SourceCell[][] = [
    [title, null, null],
    ["客户名称", "拜访日期", "拜访内容"],
    ...dates.map((d, i) => [`客户${"甲乙丙丁戊"[i]}有限公司`, d, "介绍新品"]),
  ];
  return importWorkbook([sheet("拜访", rows)], { today: TODAY });
}

describe("year-less dates under a title naming the year", () => {
  it("简体: 11月3日 under 2026年11月 is 2026-11-03, beside full 2026 dates, said in three languages", () => {
    const r = visitLog("2026年11月 客户拜访记录", [
      "2026/11/2",
      "11月3日",
      "11月5号",
      "2026-11-06",
    ]);
    expect(r.records.Visits.map((v) => v.visitOn)).toEqual([
      "2026-11-02",
      "2026-11-03",
      "2026-11-05",
      "2026-11-06",
    ]);
    expect(r.summary.rejected).toBe(0);
    const said = r.issues.filter((i) => i.code === "value.year-from-title");
    expect(said).toHaveLength(1);
    expect(said[0].params).toMatchObject({ count: 2, year: 2026, example: "11月3日" });
    for (const lang of ["en", "zh-CN", "zh-TW"] as const)
      expect(renderMessage("value.year-from-title", said[0].params!, lang)).toContain("2026");
  });

  it("English: Nov 3 under a title 'Q4 2026 call plan'", () => {
    const rows: SourceCell[][] = [
      ["Q4 2026 call plan", null],
      ["Client", "Call Date", "Notes"],
      ["Harbor Foods Ltd", "Nov 3", "renewal"],
      ["Crestline Metals", "2026-10-28", "pricing"],
      ["Bluegate Logistics", "3 December", "intro"],
    ];
    const r = importWorkbook([sheet("Calls", rows)], { today: TODAY });
    expect(r.records.Visits.map((v) => v.visitOn)).toEqual([
      "2026-11-03",
      "2026-10-28",
      "2026-12-03",
    ]);
  });

  it("makes up no year when the title names two years, or none", () => {
    const two = visitLog("2025年回顾（更新于2026年1月）", ["11月3日", "2025-11-06"]);
    expect(two.records.Visits.map((v) => v.visitOn)).toEqual(["2025-11-06"]);
    expect(two.issues.some((i) => i.code === "import.row-rejected")).toBe(true);
    const none = visitLog("客户拜访记录", ["11月3日", "2026-11-06"]);
    expect(none.records.Visits.map((v) => v.visitOn)).toEqual(["2026-11-06"]);
  });
});

describe("titleYearFor", () => {
  it("takes the title's one year only when the column's dated values agree", () => {
    expect(yearOfTitles(["2026年第四季度 大客户拜访计划", "制表：更新日期 2026-11-30"])).toBe(2026);
    expect(yearOfTitles(["FY2025 vs FY2026"])).toBeNull();
    expect(titleYearFor(["11月3日", "2026/11/5"], ["2026年11月"])).toBe(2026);
    expect(titleYearFor(["11月3日", "2025/11/5", "2025/12/1"], ["2026年11月"])).toBeNull();
    expect(titleYearFor(["11月3日"], undefined)).toBeNull();
  });

  it("never gives a birthday the title's year", () => {
    const rows: SourceCell[][] = [
      ["2026年客户名单", null, null],
      ["客户姓名", "生日", "手机"],
      ["王小明", "3月15日", "13800000001"],
      ["李晓红", "1985-06-01", "13800000002"],
    ];
    const r = importWorkbook([sheet("客户", rows)], { today: TODAY });
    const wang = r.records.Clients.find((c) => c.name === "王小明");
    expect(JSON.stringify(wang?.birthday ?? null)).not.toContain("2026");
    expect(wang?.notes ?? "").toContain("3月15日");
  });
});
