import { sheetBlocks } from "../../src/importer/detect-table";
import { importWorkbook } from "../../src/importer";
import type { SourceCell, SourceSheet } from "../../src/importer/types";

/** Two captioned tables on one sheet, two empty columns apart (an Apple Numbers export). */
function twoTables(
  captions: [string, string],
  left: SourceCell[][],
  right: SourceCell[][],
  gap = 2
): SourceSheet {
  const width = left[0].length;
  const rows: SourceCell[][] = [];
  const height = Math.max(left.length, right.length) + 1;
  for (let r = 0; r < height; r++) {
    const row: SourceCell[] = [];
    const l = r === 0 ? [captions[0]] : left[r - 1];
    const rt = r === 0 ? [captions[1]] : right[r - 1];
    for (let c = 0; c < width; c++) row.push(l?.[c] ?? null);
    for (let c = 0; c < gap; c++) row.push(null);
    if (rt) row.push(...rt);
    rows.push(row);
  }
  const rightLeft = width + gap + 1;
  return {
    name: "Sheet 1",
    rows,
    merges: [
      { top: 1, left: 1, bottom: 1, right: width },
      { top: 1, left: rightLeft, bottom: 1, right: rightLeft + right[0].length - 1 },
    ],
  };
}

const d = (s: string) => new Date(`${s}T00:00:00Z`);

const OPEN_EN: SourceCell[][] = [
  ["Company", "Contact", "Stage", "Value", "Close Date", "Owner"],
  ["Acme Robotics", "Alice Smith", "Proposal", 25000, d("2027-01-10"), "Jordan"],
  ["Cedar Health", "Bob Jones", "Proposal", 48000, d("2027-02-11"), "Priya"],
  ["Delta Freight", "Carla Brown", "Proposal", 12000, d("2027-03-12"), "Mei"],
  ["Evergreen Solar", "David Miller", "Proposal", 75000, d("2027-04-13"), "Jordan"],
  ["Falcon Media", "Emma Davis", "Proposal", 120000, d("2027-05-14"), "Priya"],
  ["Granite Bank", "Frank Garcia", "Proposal", 250000, d("2027-06-15"), "Mei"],
];
const LOST_EN: SourceCell[][] = [
  ["Company", "Value", "Lost Date", "Reason"],
  ["Oakridge Mills", 30000, d("2026-09-12"), "Price"],
  ["Stellar Apparel", 9000, d("2026-10-28"), "No budget"],
];

const OPEN_ZH: SourceCell[][] = [
  ["客户名称", "联系人", "阶段", "预计金额", "预计成交日期", "负责人"],
  ["华盛五金有限公司", "王丽", "方案", 25000, d("2027-01-10"), "张伟"],
  ["东方药业有限公司", "李强", "方案", 48000, d("2027-02-11"), "刘洋"],
  ["新城物流有限公司", "陈静", "方案", 12000, d("2027-03-12"), "张伟"],
  ["明远茶叶有限公司", "赵敏", "方案", 75000, d("2027-04-13"), "刘洋"],
  ["丰华电子有限公司", "周杰", "方案", 120000, d("2027-05-14"), "张伟"],
];
const LOST_ZH: SourceCell[][] = [
  ["客户名称", "金额", "丢单日期", "原因"],
  ["远航纺织有限公司", 30000, d("2026-09-12"), "价格"],
  ["金桥建材有限公司", 9000, d("2026-10-28"), "预算不足"],
  ["宏达食品有限公司", 55000, d("2026-11-02"), "时机"],
];

const OPEN_TW: SourceCell[][] = [
  ["客戶名稱", "聯絡人", "階段", "預估金額", "預計成交日", "業務員"],
  ["宏遠紡織股份有限公司", "王建宏", "提案", 25000, d("2027-01-10"), "陳怡君"],
  ["大成食品股份有限公司", "潘雅雯", "提案", 48000, d("2027-02-11"), "林志明"],
  ["永豐五金股份有限公司", "周明德", "提案", 12000, d("2027-03-12"), "陳怡君"],
  ["台光電子股份有限公司", "黃美玲", "提案", 75000, d("2027-04-13"), "林志明"],
];
const LOST_TW: SourceCell[][] = [
  ["客戶名稱", "金額", "流失日期", "原因"],
  ["聯華實業股份有限公司", 30000, d("2026-09-12"), "價格"],
  ["福興建材股份有限公司", 9000, d("2026-10-28"), "預算不足"],
];

describe("captioned tables side by side are separate tables", () => {
  it.each([
    ["en", ["Table 1", "Table 2"], OPEN_EN, LOST_EN],
    ["en captions", ["Opportunities", "Lost deals"], OPEN_EN, LOST_EN],
    ["zh-CN", ["表1 商机", "表2 丢单"], OPEN_ZH, LOST_ZH],
    ["zh-TW", ["表1", "表2 流失案件"], OPEN_TW, LOST_TW],
  ] as const)("%s: two blocks, each with its own columns", (_, captions, open, lost) => {
    const sheet = twoTables(
      [captions[0], captions[1]],
      open.map((r) => [...r]),
      lost.map((r) => [...r])
    );
    const tables = sheetBlocks(sheet).filter((b) => b.table !== null);
    expect(tables.map((b) => [b.bounds.left, b.bounds.right])).toEqual([
      [1, open[0].length],
      [open[0].length + 3, open[0].length + 2 + lost[0].length],
    ]);
    expect(tables[0].table?.lastDataRow).toBe(open.length + 1);
    expect(tables[1].table?.lastDataRow).toBe(lost.length + 1);
  });

  it("the lost deals' dates and reasons never land on the open deals beside them", () => {
    const sheet = twoTables(
      ["Table 1", "Table 2"],
      OPEN_EN.map((r) => [...r]),
      LOST_EN.map((r) => [...r])
    );
    const result = importWorkbook([sheet]);
    const text = JSON.stringify(result.records);
    const acme = JSON.stringify(
      Object.values(result.records)
        .flat()
        .filter((r) => JSON.stringify(r).includes("Acme Robotics"))
    );
    expect(acme).not.toContain("Price");
    expect(acme).not.toContain("Lost Date");
    expect(text).toContain("Oakridge Mills");
    expect(result.issues.some((i) => i.code === "import.numbered-groups")).toBe(false);
  });

  it("a gap with one caption over both groups and records across both stays one table", () => {
    // Records run across both groups to the same last row: one table with a spacer.
    const rows: SourceCell[][] = [
      ["Clients", null, null, null, null],
      ["Name", "Phone", null, "City", "Since"],
      ["Alice Smith", "555-0101", null, "Boston", d("2020-01-01")],
      ["Bob Jones", "555-0102", null, "Denver", d("2021-02-01")],
      ["Carla Brown", "555-0103", null, "Austin", d("2022-03-01")],
    ];
    const tables = sheetBlocks({ name: "S", rows, merges: [] }).filter((b) => b.table !== null);
    expect(tables).toHaveLength(1);
  });

  it("captioned groups whose records end on the same row are left as they were: one table", () => {
    // Nothing but the captions tells them apart; rows of equal length may be one record each.
    const open = OPEN_EN.slice(0, 3).map((r) => [...r]);
    const lost = [...LOST_EN, ["Crimson Paints", 55000, d("2026-11-02"), "Timing"]].slice(0, 3);
    const sheet = twoTables(
      ["Table 1", "Table 2"],
      open,
      lost.map((r) => [...r])
    );
    const tables = sheetBlocks(sheet).filter((b) => b.table !== null);
    expect(tables).toHaveLength(1);
    expect(tables[0].bounds).toMatchObject({ left: 1, right: 12 });
  });
});
