/**
 * A header names its column once. A text written again and again down its own column (a
 * department called 重点客户部 / Key Accounts under 部门 / Department) is one of the column's
 * values, even when it reads like a register header: the row holding it is a data row, never the
 * table's header. A header repeated whole at a page break stays a header.
 */
import { detectTable } from "../../src/importer/detect-table";
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

interface Variant {
  label: string;
  headers: string[];
  departments: string[];
  teams: string[];
  people: string[];
}

const VARIANTS: Variant[] = [
  {
    label: "简体",
    headers: ["管理员", "部门", "组别", "客服"],
    departments: ["重点客户部", "客户维护部", "拓新部"],
    teams: ["行业乙组", "维护甲组", "拓新一组"],
    people: ["钱静", "毛红", "夏凯", "龙国"],
  },
  {
    label: "繁體",
    headers: ["管理員", "部門", "組別", "客服"],
    departments: ["重點客戶部", "客戶維護部", "拓新部"],
    teams: ["行業乙組", "維護甲組", "拓新一組"],
    people: ["錢靜", "毛紅", "夏凱", "龍國"],
  },
  {
    label: "English",
    headers: ["Admin", "Department", "Team", "Rep"],
    departments: ["Key Accounts", "Client Services", "Growth"],
    teams: ["Industry B", "Retail Clients", "Outreach"],
    people: ["Dana Holt", "Omar Reyes", "Lena Fox", "Ivan Cole"],
  },
];

/** A lookup of account codes → department, team, service person; columns in the given order. */
function lookupRows(v: Variant, order: number[], n = 30): SourceCell[][] {
  const rows: SourceCell[][] = [order.map((i) => v.headers[i])];
  for (let i = 0; i < n; i++) {
    // The department and team that read like headers come first only after a few rows.
    const d = (i + 2) % v.departments.length;
    const row = [`9k${String(100 + i * 7)}`, v.departments[d], v.teams[d], v.people[i % 4]];
    rows.push(order.map((k) => row[k]));
  }
  return rows;
}

describe("a header names its column once", () => {
  it.each(VARIANTS)("$label: values repeated down a column never make the header row", (v) => {
    for (const order of [
      [0, 1, 2, 3],
      [3, 2, 1, 0],
      [1, 0, 3, 2],
    ]) {
      const t = detectTable(sheet("Sheet1", lookupRows(v, order)));
      expect(t?.headerRows).toEqual([1]);
      expect(t?.columns.map((c) => c.text)).toEqual(order.map((i) => v.headers[i]));
      expect(t?.lastDataRow).toBe(31);
    }
  });

  it.each(VARIANTS)(
    "$label: a history block beside the lookup, headed by a caption cell, keeps row 1 as header",
    (v) => {
      const rows = lookupRows(v, [0, 1, 2, 3]).map((row, i) => [
        ...row,
        null,
        null,
        i === 0 ? "历史" : null,
        ...row,
      ]);
      const r = importWorkbook([sheet("Sheet1", rows)]);
      // Neither block is read from a data row; and neither is a client list.
      expect(r.mappings.length).toBeGreaterThan(0);
      for (const m of r.mappings) expect(m).toMatchObject({ headerRows: [1], registerSheet: null });
      expect(r.records.Clients).toEqual([]);
    }
  );

  it("a header repeated whole at a page break is still the header", () => {
    const rows: SourceCell[][] = [["客户名单"], ["客户名称", "联系电话", "客户经理"]];
    for (let i = 0; i < 10; i++) rows.push([`客户${i}`, `1391234${5600 + i}`, "王经理"]);
    rows.push(["客户名称", "联系电话", "客户经理"]);
    for (let i = 10; i < 20; i++) rows.push([`客户${i}`, `1391234${5600 + i}`, "王经理"]);
    const t = detectTable(sheet("客户", rows));
    expect(t?.headerRows).toEqual([2]);
    expect(t?.columns.map((c) => c.text)).toEqual(["客户名称", "联系电话", "客户经理"]);
  });
});
