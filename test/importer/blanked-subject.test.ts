/**
 * A column that names the party only in its header: an export that blanks it writes the same
 * "nothing here" mark on every row (NA, N/A, 暂无, 無). Such rows name no one, so the table is
 * not a list of anyone's records and is left out as unsure, said once. A real list where one
 * client happens to be called Na, or where a few rows say n/a, is imported as before.
 * Invented sheets only (English, 简体, 繁體).
 */
import { importWorkbook } from "../../src/importer";
import type { ImportResult, SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const pad = (n: number) => String(n).padStart(2, "0");

const run = (name: string, rows: SourceCell[][]): ImportResult =>
  importWorkbook([sheet(name, rows)], {});

const unsure = (r: ImportResult, name: string) =>
  r.issues.filter((i) => i.code === "import.sheet-unsure" && i.sheet === name);

const importedRows = (r: ImportResult, name: string) =>
  r.rows.filter((x) => x.sheet === name && x.outcome === "imported").length;

/** An investigation tracker: every complainant column blanked to the same mark. */
function englishTracker(mark: string): SourceCell[][] {
  const rows: SourceCell[][] = [
    [
      "Ticket Number",
      "Date of issue",
      "Complainant Name",
      "Complainant Email ID",
      "Policy Number",
      "Location",
      "Allocation date",
      "Finding",
      "Remarks",
    ],
  ];
  for (let i = 0; i < 30; i++)
    rows.push([
      `INV${1000 + i}`,
      `2024-05-${pad((i % 27) + 1)}`,
      mark,
      mark,
      mark,
      ["Pune", "Delhi", "Chennai"][i % 3],
      `2024-06-${pad((i % 27) + 1)}`,
      ["Proven", "Not proven", "Open"][i % 3],
      ["Warning letter", "Closed", "Counselled"][i % 3],
    ]);
  return rows;
}

/** 简体：拜访记录，客户一栏全写“暂无”。 */
function chineseVisits(): SourceCell[][] {
  const rows: SourceCell[][] = [
    ["拜访日期", "客户名称", "联系人", "拜访地点", "拜访内容", "下一步"],
  ];
  for (let i = 0; i < 24; i++)
    rows.push([
      `2025-03-${pad((i % 28) + 1)}`,
      "暂无",
      "暂无",
      ["上海", "杭州", "苏州"][i % 3],
      ["产品介绍", "回访", "报价"][i % 3],
      ["再约", "寄样", "签约"][i % 3],
    ]);
  return rows;
}

/** 繁體：客戶名單，姓名一欄全寫「NA」。 */
function traditionalList(): SourceCell[][] {
  const rows: SourceCell[][] = [["客戶姓名", "身分證字號", "生日", "地址", "備註"]];
  for (let i = 0; i < 20; i++)
    rows.push([
      "NA",
      "NA",
      `1980-01-${pad((i % 28) + 1)}`,
      ["台北市", "台中市", "高雄市"][i % 3],
      ["VIP", "一般", "待確認"][i % 3],
    ]);
  return rows;
}

describe("a party column blanked to one mark down its rows names no one", () => {
  it.each(["NA", "N/A", "na"])(
    "an English tracker whose complainant is %s on every row",
    (mark) => {
      const r = run("Tracker", englishTracker(mark));
      expect(importedRows(r, "Tracker")).toBe(0);
      expect(unsure(r, "Tracker")).toHaveLength(1);
      const m = r.mappings.find((x) => x.sheet === "Tracker");
      expect(m?.registerSheet).toBeNull();
      expect(m?.decision?.outcome).toBe("unsure");
      expect(m?.decision?.subject?.named).toBe(0);
    }
  );

  it("简体：客户名称全写“暂无”的拜访记录不导入", () => {
    const r = run("拜访", chineseVisits());
    expect(importedRows(r, "拜访")).toBe(0);
    expect(r.records.Visits ?? []).toHaveLength(0);
    expect(unsure(r, "拜访")).toHaveLength(1);
  });

  it("繁體：客戶姓名全寫 NA 的名單不導入", () => {
    const r = run("名單", traditionalList());
    expect(importedRows(r, "名單")).toBe(0);
    expect(r.records.Clients ?? []).toHaveLength(0);
    expect(unsure(r, "名單")).toHaveLength(1);
  });
});

describe("a real list keeps its rows", () => {
  it("a client called Na, once, and two rows of n/a among named clients", () => {
    const names = ["Li Na", "Na", "Omar Haddad", "Grace Obi", "Tom Keller", "Ana Ruiz"];
    const rows: SourceCell[][] = [["Client Name", "Phone", "City"]];
    for (let i = 0; i < 24; i++)
      rows.push([
        i === 5 || i === 17 ? "n/a" : i === 1 ? "Na" : `${names[i % names.length]} ${i}`,
        `0412 555 ${pad(i)}${pad(i + 3)}`,
        ["Perth", "Sydney", "Hobart"][i % 3],
      ]);
    const r = run("Clients", rows);
    expect(unsure(r, "Clients")).toHaveLength(0);
    const m = r.mappings.find((x) => x.sheet === "Clients");
    expect(m?.registerSheet).toBe("Clients");
    expect(m?.decision?.outcome).toBe("imported");
    expect((r.records.Clients ?? []).some((c) => c.name === "Na")).toBe(true);
  });

  it("简体：客户拜访记录照常导入", () => {
    const rows = chineseVisits().map((row, i) =>
      i === 0 ? row : [row[0], ["王建国", "李娜", "陈明"][i % 3] + i, "张三", ...row.slice(3)]
    );
    const r = run("拜访", rows);
    expect(unsure(r, "拜访")).toHaveLength(0);
    expect(importedRows(r, "拜访")).toBeGreaterThan(0);
  });
});
