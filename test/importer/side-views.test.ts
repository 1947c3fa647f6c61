/**
 * A block beside a sheet's main table whose rows are that table's records again (a lookup box, a
 * ranking of its ids, a search box's results) is a view made from the table: never more records.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const CLIENTS: [string, string, string, number][] = [
  ["K-201", "Fenwick Joinery", "0161 496 0101", 18200],
  ["K-202", "Lodestar Opticians", "0161 496 0102", 9400],
  ["K-203", "Mabel Okafor", "0161 496 0103", 1200],
  ["K-204", "Quarry Lane Motors", "0161 496 0104", 30500],
  ["K-205", "Tamsin Hale", "0161 496 0105", 800],
  ["K-206", "Underhill Print Co", "0161 496 0106", 12750],
  ["K-207", "Vesna Petrov", "0161 496 0107", 2300],
  ["K-208", "Wrenfield Bakery", "0161 496 0108", 6100],
];

/** The rows of a sheet: `left` in columns A…, `right` from column `at` (0-based) on. */
function beside(left: SourceCell[][], right: SourceCell[][], at: number): SourceCell[][] {
  const rows: SourceCell[][] = [];
  for (let r = 0; r < Math.max(left.length, right.length); r++) {
    const row: SourceCell[] = [...(left[r] ?? [])];
    while (row.length < at) row.push(null);
    rows.push([...row, ...(right[r] ?? [])]);
  }
  return rows;
}

const LIST: SourceCell[][] = [
  ["Account no", "Customer", "Telephone", "Sales 2024"],
  ...CLIENTS.map((c) => [...c]),
];

describe("a block beside the main table repeating its records", () => {
  it("leaves out a ranking of the table's customers, numbered, with their figures", () => {
    const ranked = [...CLIENTS].sort((a, b) => b[3] - a[3]).slice(0, 5);
    // Three empty columns apart: a block of its own (two or fewer are spacers inside one table).
    const rows = beside(
      LIST,
      [
        ["Top five", "Customer", "Tel.", "Sales"],
        ...ranked.map((c, i) => [i + 1, c[1], c[2], c[3]]),
      ],
      7
    );
    const r = importWorkbook([sheet("Book", rows)]);
    expect(r.records.Clients).toHaveLength(CLIENTS.length);
    const side = r.mappings.find((m) => m.sheet === "Book" && m.range?.startsWith("H"));
    expect(side?.registerSheet ?? null).toBeNull();
    expect(side?.reasonCoded?.code).toBe("sheet.why.view-beside");
  });

  it("leaves out a lookup box showing one record picked by its number", () => {
    const box = [
      ["Look up", "Customer", "Telephone", "Sales 2024"],
      ["K-204", "Quarry Lane Motors", "0161 496 0104", 30500],
    ];
    const r = importWorkbook([sheet("Book", beside(LIST, box, 7))]);
    expect(r.records.Clients).toHaveLength(CLIENTS.length);
    expect(r.summary.imported + r.summary.merged).toBe(CLIENTS.length);
  });

  it("keeps a second list beside the first that names customers of its own", () => {
    const other = [
      ["客户名称", "联系电话"],
      ["青岛海川贸易有限公司", "13800000001"],
      ["烟台明远机械厂", "13800000002"],
      ["威海蓝湾渔业公司", "13800000003"],
      ["Fenwick Joinery", "13800000004"],
    ];
    const r = importWorkbook([sheet("Book", beside(LIST, other, 7))]);
    expect(r.records.Clients.length).toBeGreaterThanOrEqual(CLIENTS.length + 3);
  });

  it("keeps a visit log beside the customer list, its rows naming the customers", () => {
    const visits = [
      ["Visit date", "Customer", "Purpose", "Outcome"],
      ...CLIENTS.slice(0, 6).map((c, i) => [
        new Date(Date.UTC(2025, 2, 3 + i)),
        c[1],
        "Quarterly review",
        i % 2 === 0 ? "Renewed" : "Follow up in May",
      ]),
    ];
    const r = importWorkbook([sheet("Book", beside(LIST, visits, 7))]);
    expect(r.records.Clients).toHaveLength(CLIENTS.length);
    expect(r.records.Visits ?? []).toHaveLength(6);
  });
});
