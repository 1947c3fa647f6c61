/**
 * A client list's visit-log column (帶看紀錄, 拜访记录, Visit log) lists several dated contacts in
 * one cell; each entry is one visit of the row's client. Dates without a year take the client's
 * start year (or the title's), going on into the next year when the months go back.
 */
import { importWorkbook } from "../../src/importer";
import { titleYear, visitEntries, visitsOf } from "../../src/importer/visit-log";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

describe("visit-log cells", () => {
  it("splits a cell into dated entries", () => {
    expect(visitEntries("9/24 帶看信義路; 10/2 二看")).toEqual([
      { year: null, yearDigits: 0, month: 9, day: 24, text: "帶看信義路" },
      { year: null, yearDigits: 0, month: 10, day: 2, text: "二看" },
    ]);
    expect(visitEntries("2024/11/02：电话回访\n2024-11-09 上门拜访")?.map((e) => e.year)).toEqual([
      2024, 2024,
    ]);
    expect(visitEntries("客户很满意")).toBeNull();
    expect(visitEntries("9/24 帶看; 下次再約")).toBeNull();
  });

  it("dates entries by the client's start, into the next year when the months go back", () => {
    const visits = visitsOf("12/20 帶看敦化南路; 1/05 二看", "2024-12-01", null);
    expect(visits.map((v) => v.visitOn)).toEqual(["2024-12-20", "2025-01-05"]);
    expect(visits.map((v) => v.keyPoints)).toEqual(["帶看敦化南路", "二看"]);
    expect(visitsOf("113/11/02 帶看", null, null).map((v) => v.visitOn)).toEqual(["2024-11-02"]);
    expect(visitsOf("11/02 帶看", null, null)).toEqual([]);
  });

  it("reads the title's year, Gregorian or ROC", () => {
    expect(titleYear(["2024 信義安和店 買方客戶追蹤表"])).toBe(2024);
    expect(titleYear(["更新：113/12/01"])).toBe(2024);
    expect(titleYear(["買方客戶"])).toBeNull();
  });
});

describe("a buyer list with a viewing log", () => {
  const rows: SourceCell[][] = [
    ["2024 信義安和店 買方客戶追蹤表"],
    ["客戶姓名", "電話", "首次來店", "帶看紀錄", "經紀人"],
    ["楊靜宜", "0900-100-100", "113/09/20", "9/24 帶看信義路; 10/2 二看", "林建志"],
    ["陳俊傑", "0900-100-101", "2024/08/23", "", "王小美"],
    ["莊建宏", "0900-100-102", null, "11/02 帶看大安路", "林建志"],
  ];
  const r = importWorkbook([sheet("買方客戶", rows, ["A1:E1"])]);
  const ids = new Map(r.records.Clients.map((c) => [String(c.name), c.clientId]));

  it("makes one visit per dated entry, linked to the row's client", () => {
    const of = (name: string) =>
      r.records.Visits.filter((v) => v.clientId === ids.get(name)).map((v) => v.visitOn);
    expect(of("楊靜宜")).toEqual(["2024-09-24", "2024-10-02"]);
    expect(of("陳俊傑")).toEqual([]);
    expect(of("莊建宏")).toEqual(["2024-11-02"]);
    expect(r.records.Visits).toHaveLength(3);
  });

  it("keeps the log as written in the client's notes too", () => {
    const yang = r.records.Clients.find((c) => c.name === "楊靜宜");
    expect(String(yang?.notes)).toContain("9/24 帶看信義路; 10/2 二看");
  });

  it("does not read the log again when the workbook has a visits sheet", () => {
    const both = importWorkbook([
      sheet("買方客戶", rows, ["A1:E1"]),
      sheet("拜訪紀錄", [
        ["客戶姓名", "拜訪日期", "方式", "內容"],
        ["楊靜宜", "2024/09/24", "拜訪", "帶看信義路"],
      ]),
    ]);
    expect(both.records.Visits).toHaveLength(1);
  });
});
