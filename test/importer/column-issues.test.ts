/**
 * Values a column cannot read are told once for the column, not once per cell: one issue naming
 * the sheet and column, how many cells, the distinct values with their counts and the first rows,
 * in English, 简体 and 繁體; every value is still kept (in notes or its own column). A single
 * unread cell keeps its own issue, which names its row.
 */
import { importWorkbook } from "../../src/importer";
import {
  gatherColumnWarnings,
  ROWS_LISTED,
  VALUES_LISTED,
} from "../../src/importer/column-warnings";
import { renderMessage } from "../../src/register/messages";
import type { ImportIssue, SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const LANGS = ["en", "zh-CN", "zh-TW"] as const;
const rendered = (issue: ImportIssue, lang: (typeof LANGS)[number]) =>
  renderMessage(issue.code as never, issue.params ?? {}, lang) ?? "";
const cellIssues = (issues: readonly ImportIssue[], column: string) =>
  issues.filter((i) => i.column?.includes(column) && i.row !== null && i.severity === "warning");

describe("unread values of a column, told once", () => {
  it("gathers a pipeline's unknown stage words into one issue with counts and rows", () => {
    const words = ["Docs Out", "Suspended", "Docs Out", "Funded", "Docs Out", "On Ice", "Lead"];
    const r = importWorkbook([
      sheet("Loans", [
        ["Loan #", "Borrower", "Stage", "Loan Amount", "Loan Officer"],
        ...words.map((w, i) => [
          `L-${i + 1}`,
          `Client ${"ABCDEFG"[i]} Moss`,
          w,
          100000 + i,
          "Ann Lee",
        ]),
      ]),
    ]);
    expect(cellIssues(r.issues, "Stage")).toEqual([]);
    const column = r.issues.filter((i) => i.column?.includes("Stage") && i.row === null);
    const unread = column.filter((i) => i.code?.startsWith("value.column-kept"));
    expect(unread).toHaveLength(1);
    expect(unread[0]).toMatchObject({ sheet: "Loans", severity: "warning" });
    expect(unread[0].params).toMatchObject({
      count: 5,
      distinct: 3,
      values: '"Docs Out" ×3, "Suspended" ×1, "On Ice" ×1',
      rows: "2, 3, 4, 6, 7",
    });
    for (const lang of LANGS) {
      const text = rendered(unread[0], lang);
      expect(text).toContain('"Docs Out" ×3');
      expect(text).toContain("2, 3, 4, 6, 7");
      expect(text).not.toMatch(/\{\w+/);
      if (lang !== "en") expect(text).not.toMatch(/could not|values|column/i);
    }
    // Every value is still there, beside its record.
    const deals = r.records.Pipeline;
    expect(deals.map((d) => d.stage)).toEqual([null, null, null, "close", null, null, "identify"]);
    for (const [i, w] of words.entries())
      if (deals[i].stage === null) expect(Object.values(deals[i])).toContain(w);
  });

  it("gathers a few bad dates among good ones, listing their rows", () => {
    const birthdays: SourceCell[] = [
      "1980-03-05",
      "31/02/1975",
      "1992-11-30",
      "1988-07-14",
      "30/02/1980",
      "1979-01-09",
    ];
    const r = importWorkbook([
      sheet("客户名单", [
        ["姓名", "手机", "生日"],
        ...birthdays.map((b, i) => [`王${"一二三四五六"[i]}明`, `1380000${1000 + i}`, b]),
      ]),
    ]);
    expect(cellIssues(r.issues, "生日")).toEqual([]);
    const column = r.issues.filter(
      (i) => i.column?.includes("生日") && i.row === null && i.severity === "warning"
    );
    expect(column).toHaveLength(1);
    expect(column[0].params).toMatchObject({ count: 2, rows: "3, 6" });
    expect(rendered(column[0], "zh-CN")).toContain("3, 6");
    const clients = r.records.Clients;
    expect(clients[0].birthday).toBe("1980-03-05");
    expect(String(clients[1].notes)).toContain("31/02/1975");
    expect(String(clients[4].notes)).toContain("30/02/1980");
  });

  it("keeps a single unread cell's own issue, naming its row", () => {
    const r = importWorkbook([
      sheet("客訴", [
        ["案件編號", "客戶姓名", "受理日期", "處理狀態"],
        ["CP-1", "陳美玲", "2026-01-05", "處理中"],
        ["CP-2", "林志強", "2026-01-06", "待補件"],
        ["CP-3", "王小明", "2026-01-07", "已結案"],
      ]),
    ]);
    const own = cellIssues(r.issues, "處理狀態");
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ row: 3, code: "value.unreadable-kept" });
    expect(r.issues.filter((i) => i.code === "value.column-kept")).toEqual([]);
  });

  it("tells each column apart, in a 繁體 log with the columns in another order", () => {
    const r = importWorkbook([
      sheet("客訴登記", [
        ["處理狀態", "結案日期", "受理日期", "客戶姓名", "案件編號"],
        ["待補件", "2026/2/30", "2026/1/5", "陳美玲", "CP-1"],
        ["待補件", null, "2026/1/6", "林志強", "CP-2"],
        ["暫緩", "2026/13/01", "2026/1/7", "王小明", "CP-3"],
        ["處理中", "2026/1/20", "2026/1/8", "張家豪", "CP-4"],
      ]),
    ]);
    const gathered = r.issues.filter((i) => i.row === null && i.code === "value.column-kept");
    expect(gathered.map((i) => i.column).sort()).toEqual(["A (處理狀態)", "B (結案日期)"]);
    const dates = gathered.find((i) => i.column === "B (結案日期)") as ImportIssue;
    expect(dates.params).toMatchObject({ count: 2, rows: "2, 4" });
    expect(r.records.Complaints).toHaveLength(4);
    expect(String(r.records.Complaints[2].notes)).toContain("2026/13/01");
    const status = gathered.find((i) => i.column === "A (處理狀態)") as ImportIssue;
    expect(status.params).toMatchObject({
      count: 3,
      values: '"待補件" ×2, "暫緩" ×1',
      rows: "2, 3, 4",
    });
    const text = rendered(status, "zh-TW");
    expect(text).toContain("處理狀態");
    expect(text).not.toMatch(/[a-z]{4,}/);
  });
});

describe("gatherColumnWarnings lists", () => {
  const warning = (row: number, value: string, problem = "enum.not-allowed"): ImportIssue => ({
    sheet: "S",
    row,
    column: "B (Status)",
    field: "status",
    value,
    severity: "warning",
    message: "m",
    code: "value.unreadable-kept",
    params: { problem, value: `"${value}"`, allowed: "open" },
  });

  it("the commonest values first and the first rows, each list cut with …", () => {
    const values = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? "Lost" : `W${i}`));
    const out = gatherColumnWarnings(values.map((v, i) => warning(i + 2, v)));
    expect(out).toHaveLength(1);
    const listed = String(out[0].params?.values).split(", ");
    expect(listed[0]).toBe('"Lost" ×10');
    expect(listed).toHaveLength(VALUES_LISTED + 1);
    expect(listed[VALUES_LISTED]).toBe("…");
    const rows = String(out[0].params?.rows).split(", ");
    expect(rows.slice(0, ROWS_LISTED)).toEqual(
      Array.from({ length: ROWS_LISTED }, (_, i) => String(i + 2))
    );
    expect(rows[ROWS_LISTED]).toBe("…");
    expect(out[0].params).toMatchObject({ count: 30, distinct: 21 });
  });

  it("tells each kind of problem in a column apart, each with its own cells", () => {
    const out = gatherColumnWarnings([
      warning(2, "31/02", "date.not-calendar"),
      warning(3, "03/15", "date.no-year"),
      warning(4, "07/02", "date.no-year"),
      warning(5, "30/02", "date.not-calendar"),
    ]);
    expect(out.map((i) => [i.params?.problem, i.params?.rows])).toEqual([
      ["date.not-calendar", "2, 5"],
      ["date.no-year", "3, 4"],
    ]);
  });
});
